/**
 * `node scripts/build.ts …` as a publisher runs it, from a test: a child process with the
 * environment of a publisher's shell.
 */
import { execFile } from 'node:child_process';

/** What a build run printed, and how it ended. */
export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Variables Vitest sets for its workers (BASE_URL, MODE, NODE_ENV …), which Vite in the child would honour. */
const VITEST_VARIABLES = /^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/;

/** This process's environment without Vitest's variables, plus `extra`. */
export function publisherEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key))), ...extra };
}

/** Runs the build with `args`; resolves with its exit code and output, whatever the code. */
export function runBuild(args: readonly string[], env: Record<string, string> = {}): Promise<BuildRun> {
  const options = { env: publisherEnv({ BASE_PATH: '/', SITE_URL: 'http://127.0.0.1', ...env }), maxBuffer: 64 * 1024 * 1024 };
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/build.ts', ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Runs the build and throws with its output when it fails. */
export async function buildOrThrow(args: readonly string[], env: Record<string, string> = {}): Promise<BuildRun> {
  const run = await runBuild(args, env);
  if (run.code !== 0) throw new Error(`build ${args.join(' ')} exited with ${run.code}:\n${run.stderr || run.stdout}`);
  return run;
}
