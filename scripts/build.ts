/**
 * `npm run build`: convert every report into an MDX digest, build the site with Astro,
 * then index it with Pagefind. Options: `--input <dir>` (or REPORTS_DIR), `--out <dir>` (or OUT_DIR),
 * `--json <dir>`, `--strict`. SITE_URL and BASE_PATH set where the site is deployed (astro.config.mjs).
 */
import { build as astroBuild } from 'astro';
import { consoleSummary } from '../src/converter/console-summary.ts';
import { convertArchive } from '../src/converter/pipeline.ts';
import { publishOriginals } from './lib/originals.ts';
import { indexSite } from './lib/search-index.ts';
import { DIGESTS_DIR, scriptOptions } from './lib/args.ts';

// A publisher's build should not phone home (and this network would refuse it).
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const options = scriptOptions();
const OUT_DIR = options.outDir;

const started = performance.now();
const conversion = await convertArchive({ inputDir: options.inputDir, mdxDir: DIGESTS_DIR, jsonDir: options.jsonDir });
console.log(consoleSummary(conversion.buildReport));
const converted = performance.now();

await astroBuild({ root: process.cwd(), outDir: OUT_DIR, logLevel: 'warn' });
await publishOriginals(options.inputDir, conversion.reports, OUT_DIR);
const built = performance.now();

const pages = await indexSite(OUT_DIR);
const indexed = performance.now();

const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
console.log(
  `构建完成：转换 ${ms(started, converted)}（${conversion.timer.summary()}），Astro ${ms(converted, built)}，` +
    `Pagefind ${ms(built, indexed)}（${pages} 页）→ ${OUT_DIR}/`,
);
const { counts } = conversion.buildReport;
if (options.strict && counts.rejected + counts['published-with-warnings'] > 0) {
  console.error('--strict：存在未发布或有警告的报告，构建以失败退出。');
  process.exitCode = 1;
}
