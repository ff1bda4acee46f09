// Runs every Cypher statement the Neo4j store can send through Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support). Input: a JSON file [{name, text, parameters: [names]}] written by the
// .NET test. Output: one JSON line {checked, problems: [{name, severity, message, offset}]}.
// Exit code 1 when any statement has an error or a warning (deprecations are warnings).
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint-cypher.mjs statements.json');
  process.exit(2);
}

const statements = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];
for (const statement of statements) {
  // Every parameter the statement reads is declared, so "Parameter $x is not defined" means a typo.
  const parameters = Object.fromEntries(statement.parameters.map((name) => [name, null]));
  const { diagnostics } = lintCypherQuery(statement.text, { parameters });
  for (const d of diagnostics) {
    problems.push({
      name: statement.name,
      severity: d.severity === 1 ? 'error' : 'warning',
      message: d.message,
      offset: d.offsets?.start ?? null,
      excerpt: statement.text.slice(Math.max(0, (d.offsets?.start ?? 0) - 30), (d.offsets?.end ?? 0) + 30),
    });
  }
}
console.log(JSON.stringify({ checked: statements.length, problems }));
process.exit(problems.length === 0 ? 0 : 1);
