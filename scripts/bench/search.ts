/**
 * `npm run bench:search -- --site dist [--query 可灵] [--runs 5]`: the cost of a reader's first
 * search on a built site, in Chromium (see lib/search-latency.ts). Searches from the newest digest.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstSearch } from './lib/search-latency.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    query: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
  },
});
const siteDir = values.site!;
const digests = (await readdir(join(siteDir, 'digests'))).sort();
const pagePath = `/digests/${digests.at(-1)}/`;
const queries = values.query ?? ['可灵 融资', '腾讯控股', 'Codex'];

console.log(`| query | first search downloads | requests | last keystroke to first result (main-thread CPU) | header says |\n| --- | --- | --- | --- | --- |`);
for (const query of queries) {
  const r = await measureFirstSearch({ siteDir, pagePath, query, runs: Number(values.runs) });
  console.log(`| ${query} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.requests} | ${r.firstResultsMs.toFixed(0)} ms (CPU ${r.firstResultsCpuMs.toFixed(0)} ms) | ${r.status} |`);
}
