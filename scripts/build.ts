/**
 * `npm run build`: convert every report into an MDX digest, build the site with Astro,
 * then index it with Pagefind. Options: `--input <dir>` (or REPORTS_DIR), `--out <dir>` (or OUT_DIR),
 * `--json <dir>`, `--strict`, `--stats <file>` (or BUILD_STATS_FILE: each stage's time window as JSON,
 * for the benchmark). SITE_URL and BASE_PATH set where the site is deployed (astro.config.mjs).
 */
import { consoleSummary } from '../src/converter/console-summary.ts';
import { cacheSummary } from '../src/converter/cache/summary.ts';
import { convertArchive } from '../src/converter/pipeline.ts';
import { buildSiteInChildProcess } from './lib/astro-stage.ts';
import { consoleProgress } from './lib/console-progress.ts';
import { publishOriginals } from './lib/originals.ts';
import { indexSite } from './lib/search-index.ts';
import { DIGESTS_DIR, scriptOptions } from './lib/args.ts';
import { StageTimeline, takeStatsFlag, writeBuildStats } from './lib/build-stats.ts';

// A publisher's build should not phone home (and this network would refuse it).
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { statsFile, rest: args } = takeStatsFlag(process.argv.slice(2));
const options = scriptOptions(args);
const OUT_DIR = options.outDir;

const timeline = new StageTimeline();
const conversion = await convertArchive({
  inputDir: options.inputDir,
  mdxDir: DIGESTS_DIR,
  jsonDir: options.jsonDir,
  cacheDir: options.cacheDir,
  progress: consoleProgress(),
});
console.log(consoleSummary(conversion.buildReport));
console.log(cacheSummary(conversion.cache, options.cacheDir));
timeline.end('conversion');

await buildSiteInChildProcess(OUT_DIR);
timeline.end('astro');
await publishOriginals(options.inputDir, conversion.reports, OUT_DIR);
timeline.end('originals');

const pages = await indexSite(OUT_DIR);
timeline.end('pagefind');

console.log(
  `构建完成：转换 ${timeline.seconds('conversion')}（${conversion.timer.summary()}），Astro ${timeline.seconds('astro')}，` +
    `原文 ${timeline.seconds('originals')}，Pagefind ${timeline.seconds('pagefind')}（${pages} 页）→ ${OUT_DIR}/`,
);
if (statsFile) {
  await writeBuildStats(statsFile, {
    stages: timeline.windows,
    pages,
    reports: conversion.reports.length,
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
