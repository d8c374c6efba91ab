/**
 * Builds the sites the browser tests visit, with the real `npm run build` pipeline (a child
 * process, as a publisher runs it): the default archive (with its JSON export, so tests can
 * compare pages with the report model) and an archive of hostile input.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from '../helpers/browser.ts';

const run = promisify(execFile);
const OUT = resolve('out/e2e');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The default archive, built at base `/`. */
    siteDir: string;
    /** The default archive's JSON export. */
    jsonDir: string;
    /** An archive of hostile reports (test/fixtures/archives/hostile). */
    hostileSiteDir: string;
  }
}

async function buildSite(args: string[]): Promise<void> {
  await run(process.execPath, ['scripts/build.ts', ...args], {
    env: { ...process.env, BASE_PATH: '/', SITE_URL: 'http://127.0.0.1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

export default async function setup(project: TestProject): Promise<void> {
  assertChromiumInstalled();
  // Sequential: both builds write the generated digests folder.
  await buildSite(['--input', 'test/fixtures/archives/hostile', '--out', `${OUT}/hostile-site`]);
  await buildSite(['--out', `${OUT}/site`, '--json', `${OUT}/json`]);
  project.provide('siteDir', `${OUT}/site`);
  project.provide('jsonDir', `${OUT}/json`);
  project.provide('hostileSiteDir', `${OUT}/hostile-site`);
}
