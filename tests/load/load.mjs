// Load driver for ClaimsGraph: N keep-alive connections for D seconds, mixed reads and ingests, loopback only.
// Usage: node tests/load/load.mjs --url http://127.0.0.1:5080 --key KEY [--duration 60] [--connections 64]
//        [--ingest-percent 10] [--max-requests 2000000]
// Prints one JSON summary line; exit code 1 when any request failed (non-2xx, GraphQL errors, or network error).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = new URL(args.url ?? 'http://127.0.0.1:5080');
const durationMs = Number(args.duration ?? 60) * 1000;
const connections = Number(args.connections ?? 64);
const ingestPercent = Number(args['ingest-percent'] ?? 10);
const maxRequests = Number(args['max-requests'] ?? 2_000_000);
const key = args.key ?? '';

if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname)) {
  console.error(`refusing to load ${url.hostname}: this driver only targets loopback`);
  process.exit(2);
}
if (!(durationMs > 0 && durationMs <= 600_000) || !(connections >= 1 && connections <= 512)) {
  console.error('duration must be 1..600 s and connections 1..512');
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const reads = [
  { query: '{ stats { articles people states organizations events quotes } }' },
  { query: '{ quotes(first: 10) { totalCount edges { node { id text speaker { id name } about { id name } } } } }' },
  { query: 'query($t: String!) { search(text: $t, first: 10) { score snippet node { id } } }', variables: { t: 'president' } },
  { query: '{ topSpeakers(first: 5) { entity { id name } count } }' },
  { query: '{ articles(first: 5) { edges { node { id title wordCount mentions { count } } } } }' },
  { query: '{ people(first: 20) { edges { node { id name } } } }' },
];
const ingest = 'mutation($a: [IngestArticleInput!]!) { ingestArticles(input: {articles: $a}) { failed results { outcome errorCode error } } }';
const run = `${process.pid}-${Date.now()}`;
let sequence = 0;

function article() {
  const n = sequence++;
  return {
    text: `Trade talks resume (${run}-${n})\n\nPresident Joe Biden said on Monday, "We will protect American workers, number ${n}." ` +
      `Officials in Japan said the agreement with Canada would be reviewed. "The talks were constructive," Prime Minister Fumio Kishida told reporters in Tokyo.`,
    source: 'load-test',
  };
}

function post(body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.request({
      agent, host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port, path: '/graphql', method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(payload), ...(key ? { 'x-api-key': key } : {}) },
    }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => {
        const ms = performance.now() - started;
        let error = null;
        if (response.statusCode !== 200) error = `status ${response.statusCode}`;
        else {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (json.errors?.length) error = `graphql ${json.errors[0].extensions?.code ?? json.errors[0].message}`;
            else if (json.data?.ingestArticles?.failed) error = `ingest failed ${JSON.stringify(json.data.ingestArticles.results)}`;
          } catch { error = 'invalid json'; }
        }
        resolve({ ms, error });
      });
    });
    request.on('error', (e) => resolve({ ms: performance.now() - started, error: `network ${e.code ?? e.message}` }));
    request.end(payload);
  });
}

const latencies = { read: [], ingest: [] };
const errors = {};
let sent = 0;
const deadline = performance.now() + durationMs;

async function worker(id) {
  while (performance.now() < deadline && sent < maxRequests) {
    sent++;
    const isIngest = (sent % 100) < ingestPercent;
    const body = isIngest ? { query: ingest, variables: { a: [article()] } } : reads[(sent + id) % reads.length];
    const { ms, error } = await post(body);
    (isIngest ? latencies.ingest : latencies.read).push(ms);
    if (error) errors[error] = (errors[error] ?? 0) + 1;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
}

const started = performance.now();
await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
const all = [...latencies.read, ...latencies.ingest];
const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({
  connections, seconds: Math.round(seconds * 10) / 10, requests: all.length, requestsPerSecond: Math.round(all.length / seconds),
  errors: errorCount, errorKinds: errors, all: stats(all), read: stats(latencies.read), ingest: stats(latencies.ingest),
}));
process.exit(errorCount === 0 ? 0 : 1);
