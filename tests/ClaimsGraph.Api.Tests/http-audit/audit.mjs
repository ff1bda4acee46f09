// Runs graphql-http's GraphQL-over-HTTP server audits against a live server and prints one JSON array:
// [{ id, name, status: "ok" | "warn" | "error", reason? }]. Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// The caller (SpecAuditTests) decides what must pass; this script only reports. Exit code 2 = could not run.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  try {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason });
  } catch (e) {
    // A thrown audit is fatal to that audit (e.g. the connection broke): report it as an error, keep going.
    results.push({ id: audit.id, name: audit.name, status: 'error', reason: `audit threw: ${e?.message ?? e}` });
  }
}
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
