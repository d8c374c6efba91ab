/**
 * One run of the real `npm run build` (scripts/build.ts) in a workspace, in a child process
 * under the memory sampler, with `--stats` so each stage's time and memory peak can be told apart.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildStats } from '../../lib/build-stats.ts';
import { runSampled } from './process-tree-memory.ts';
import type { Workspace } from './workspace.ts';

/** The built site's folder, inside the workspace. */
export const SITE_DIR = 'dist';

export interface StageMeasure {
  stage: string;
  ms: number;
  /** Peak RSS of the build's process tree during the stage, bytes. */
  peakBytes: number;
  /** CPU time of the tree during the stage (a stage shorter than the sampling interval reads 0). */
  cpuMs: number;
}

export interface SiteBuild {
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  stages: StageMeasure[];
  stats: BuildStats;
}

export interface SiteBuildOptions {
  /** Extra Node flags for the build process (`--cpu-prof`, `--cpu-prof-dir=…`). */
  nodeArgs?: readonly string[];
  /** Discard the build's warnings too (its per-report summary is always discarded: N lines). */
  quiet?: boolean;
}

/** Builds `inputDir` into `<workspace>/dist`; throws when the build fails. */
export async function runSiteBuild(workspace: Workspace, inputDir: string, options: SiteBuildOptions = {}): Promise<SiteBuild> {
  const statsFile = join(workspace.dir, 'build-stats.json');
  await rm(statsFile, { force: true });
  const args = [...(options.nodeArgs ?? []), 'scripts/build.ts', '--input', inputDir, '--out', SITE_DIR, '--stats', statsFile];
  const run = await runSampled(process.execPath, args, {
    cwd: workspace.dir,
    env: { ...process.env, CACHE_DIR: workspace.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: options.quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'],
  });
  if (run.exitCode !== 0) throw new Error(`build of ${inputDir} failed (exit ${run.exitCode ?? run.signal})`);
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as BuildStats;
  const stages = stats.stages.map((w) => ({
    stage: w.stage,
    ms: w.end - w.start,
    peakBytes: run.peakWithin(w.start, w.end),
    cpuMs: run.cpuWithin(w.start, w.end),
  }));
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakBytes: run.peakBytes, stages, stats };
}
