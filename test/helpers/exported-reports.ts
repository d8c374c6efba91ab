/** The report models of the archive the browser tests visit (its build's JSON export). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '~/schema/report.ts';

/** Every exported report in `jsonDir`. */
export function exportedReports(jsonDir: string): Report[] {
  return readdirSync(jsonDir)
    .filter((f) => f.endsWith('.json') && f !== 'build-report.json')
    .map((f) => JSON.parse(readFileSync(join(jsonDir, f), 'utf8')) as Report);
}

/** The one report whose title contains `text`; fails loudly when there is not exactly one. */
export function reportTitled(reports: readonly Report[], text: string): Report {
  const found = reports.filter((r) => r.title.includes(text));
  if (found.length !== 1) throw new Error(`expected one report titled “…${text}…”, found ${found.length}`);
  return found[0]!;
}
