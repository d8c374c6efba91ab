/**
 * `npm run digest -- --input <dir> --json <dir> [--mdx <dir>] [--strict] [--verbose]`: convert reports to
 * JSON (one `<slug>.json` each and `build-report.json`), and to MDX digests when asked.
 * The site's own digests are written by `npm run build`, never by this command.
 */
import { consoleSummary } from '../src/converter/console-summary.ts';
import { cacheSummary } from '../src/converter/cache/summary.ts';
import { convertArchive } from '../src/converter/pipeline.ts';
import { scriptOptions } from './lib/args.ts';
import { saveBuildReport } from './lib/build-report-file.ts';

const options = scriptOptions();
if (!options.jsonDir && !options.mdxDir) {
  console.error('npm run digest 需要输出目录：--json <dir>（和/或 --mdx <dir>）。');
  process.exit(2);
}
const result = await convertArchive({ inputDir: options.inputDir, mdxDir: options.mdxDir, jsonDir: options.jsonDir, cacheDir: options.cacheDir, keepReports: false });
const reportFile = await saveBuildReport(result.buildReport, options.jsonDir);
console.log(consoleSummary(result.buildReport, { verbose: options.verbose, reportFile }));
console.log(cacheSummary(result.cache, options.cacheDir, result.cacheWarning));
console.log(`转换用时：${result.timer.summary()}`);
const { counts } = result.buildReport;
if (options.strict && counts.rejected + counts['published-with-warnings'] > 0) process.exitCode = 1;
