/**
 * `node scripts/build.ts …` as a publisher runs it, from a test: a child process with the
 * environment of a publisher's shell.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';

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

/** A build running in the background: its process, what it printed so far, and how it ended. */
export interface RunningBuild {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  /** Resolves when it has ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once `pattern` appears in its stderr (rejects when it ends first). */
  stderrMatches(pattern: RegExp): Promise<void>;
}

/** Starts the build with `args` and returns at once. */
export function startBuild(args: readonly string[], env: Record<string, string> = {}): RunningBuild {
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], { env: publisherEnv({ BASE_PATH: '/', SITE_URL: 'http://127.0.0.1', ...env }) });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  const stderrMatches = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      const check = () => {
        if (!pattern.test(output.stderr)) return false;
        child.stderr!.off('data', check);
        done();
        return true;
      };
      if (check()) return;
      child.stderr!.on('data', check);
      void exited.then(() => fail(new Error(`build ended before printing ${pattern}:\n${output.stdout}\n${output.stderr}`)));
    });
  return { child, output, exited, stderrMatches };
}
