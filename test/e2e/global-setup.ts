/**
 * Builds the default archive once with the real `npm run build` pipeline (a child process,
 * as a publisher runs it) and hands the built site's folder to the browser tests.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from '../helpers/browser.ts';

const run = promisify(execFile);
export const E2E_SITE_DIR = resolve('out/e2e/site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  assertChromiumInstalled();
  await run(process.execPath, ['scripts/build.ts', '--out', E2E_SITE_DIR], {
    env: { ...process.env, BASE_PATH: '/', SITE_URL: 'http://127.0.0.1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  project.provide('siteDir', E2E_SITE_DIR);
}
