/**
 * `npm run build`: convert every report into an MDX digest, build the site with Astro,
 * then index it with Pagefind. Options: `--input <dir>` (or REPORTS_DIR), `--out <dir>` (or OUT_DIR),
 * `--json <dir>`, `--strict`, `--verbose` (list every input on the console), `--stats <file>` (or BUILD_STATS_FILE: each stage's time window as JSON,
 * for the benchmark). SITE_URL and BASE_PATH set where the site is deployed (astro.config.mjs).
 *
 * One build of the project runs at a time (`lib/build-lock.ts`), and the site is built beside the
 * published one and replaces it only when every stage succeeded (`lib/site-output.ts`).
 */
import { join } from 'node:path';
import { consoleSummary } from '../src/converter/console-summary.ts';
import { cacheSummary } from '../src/converter/cache/summary.ts';
import { buildSiteInChildProcess } from './lib/astro-stage.ts';
import { convertInChildProcess } from './lib/conversion-stage.ts';
import { withBuildLock } from './lib/build-lock.ts';
import { saveBuildReport } from './lib/build-report-file.ts';
import { consoleProgress } from './lib/console-progress.ts';
import { publishOriginals } from './lib/originals.ts';
import { indexSite } from './lib/search-index.ts';
import { writeResultCards } from './lib/search-cards.ts';
import { DIGESTS_DIR, scriptOptions } from './lib/args.ts';
import { StageTimeline, takeStatsFlag, writeBuildStats } from './lib/build-stats.ts';
import { assertReplaceable, buildThenReplaceSite, recoverInterruptedBuild } from './lib/site-output.ts';
import { pauseIfAsked } from './lib/stage-pause.ts';

// A publisher's build should not phone home (and this network would refuse it).
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { statsFile, rest: args } = takeStatsFlag(process.argv.slice(2));
const options = scriptOptions(args);
const OUT_DIR = options.outDir;

/** Every stage, writing the site into `siteDir`; returns the closing console line. */
async function buildSite(siteDir: string): Promise<string> {
  const timeline = new StageTimeline();
  await pauseIfAsked('conversion');
  const conversion = await convertInChildProcess({ inputDir: options.inputDir, mdxDir: DIGESTS_DIR, jsonDir: options.jsonDir, cacheDir: options.cacheDir });
  const reportFile = await saveBuildReport(conversion.buildReport, options.jsonDir);
  console.log(consoleSummary(conversion.buildReport, { verbose: options.verbose, reportFile }));
  console.log(cacheSummary(conversion.cache, options.cacheDir, conversion.cacheWarning));
  timeline.end('conversion');

  await pauseIfAsked('astro');
  await buildSiteInChildProcess(siteDir, { dir: join(options.siteCacheDir, 'astro'), force: options.fresh }, consoleProgress());
  timeline.end('astro');
  await pauseIfAsked('originals');
  await publishOriginals(options.inputDir, conversion.published, siteDir);
  timeline.end('originals');

  await pauseIfAsked('pagefind');
  const search = await indexSite(siteDir, { dir: join(options.siteCacheDir, 'search-index'), fresh: options.fresh }, consoleProgress());
  writeResultCards(join(siteDir, 'pagefind'));
  timeline.end('pagefind');

  if (statsFile) {
    await writeBuildStats(statsFile, {
      stages: timeline.windows,
      pages: search.pages,
      reports: conversion.published.length,
      inputFiles: conversion.buildReport.entries.length,
      inputBytes: conversion.inputBytes,
      conversionStages: conversion.timer.timings,
    });
  }
  const { counts } = conversion.buildReport;
  if (options.strict && counts.rejected + counts['published-with-warnings'] > 0) {
    console.error('--strict：存在未发布或有警告的报告，构建以失败退出。');
    process.exitCode = 1;
  }
  return (
    `构建完成：转换 ${timeline.seconds('conversion')}（${conversion.timer.summary()}），Astro ${timeline.seconds('astro')}，` +
    `原文 ${timeline.seconds('originals')}，Pagefind ${timeline.seconds('pagefind')}（${search.pages} 页，${search.batches} 批，复用 ${search.reused} 批）→ ${OUT_DIR}/`
  );
}

try {
  assertReplaceable(OUT_DIR, [process.cwd(), options.inputDir]);
  console.log(
    await withBuildLock(async () => {
      for (const note of await recoverInterruptedBuild(OUT_DIR)) console.log(note);
      return buildThenReplaceSite(OUT_DIR, buildSite);
    }),
  );
} catch (error) {
  // Where it went wrong first (for a bug report), then what it means for the publisher.
  const { cause } = error as Error;
  if (cause instanceof Error && cause.stack) console.error(cause.stack);
  console.error((error as Error).message);
  process.exitCode = 1;
}
