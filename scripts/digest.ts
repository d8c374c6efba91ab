/**
 * `npm run digest -- --input <dir> --json <dir>`: convert reports to JSON (and MDX digests for the site).
 */
import { consoleSummary } from '../src/converter/console-summary.ts';
import { convertArchive } from '../src/converter/pipeline.ts';
import { DIGESTS_DIR, scriptOptions } from './lib/args.ts';

const options = scriptOptions();
const result = await convertArchive({ inputDir: options.inputDir, mdxDir: DIGESTS_DIR, jsonDir: options.jsonDir });
console.log(consoleSummary(result.buildReport));
console.log(`转换用时：${result.timer.summary()}`);
const { counts } = result.buildReport;
if (options.strict && counts.rejected + counts['published-with-warnings'] > 0) process.exitCode = 1;
