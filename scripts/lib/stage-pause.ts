/**
 * For the tests that interrupt a build in a chosen stage (test/e2e/interrupted-build.test.ts):
 * with `BUILD_PAUSE_AT=<stage>` the build stops at the start of that stage, says so on stderr,
 * and waits there (up to PAUSE_MS, then goes on) for the test to kill it. Unset, it does nothing.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export const PAUSE_MESSAGE = 'paused at stage';
const PAUSE_MS = 120_000;

export async function pauseIfAsked(stage: string, env = process.env): Promise<void> {
  if (env['BUILD_PAUSE_AT'] !== stage) return;
  console.error(`[build] ${PAUSE_MESSAGE} ${stage} (BUILD_PAUSE_AT)`);
  await sleep(PAUSE_MS);
}
