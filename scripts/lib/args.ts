/**
 * Command-line options shared by the scripts. Flags win over environment variables,
 * which win over defaults, so CI and humans can each use what suits them.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_INPUT_DIR = 'content/reports';
export const DEFAULT_OUT_DIR = 'dist';
/** Where generated digests go: the site's content collection reads them from here. */
export const DIGESTS_DIR = 'src/content/digests';
/** Where converted reports are cached between builds: inside node_modules, so never committed. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/research-digest/conversion';
/** Where the site stages keep what makes a rebuild incremental (Astro's pages, Pagefind's batches). */
export const DEFAULT_SITE_CACHE_DIR = 'node_modules/.cache/research-digest/site';
/** Where build-report.json goes when no `--json` folder is given: every input's status, always written. */
export const DEFAULT_BUILD_REPORT_FILE = 'node_modules/.cache/research-digest/build-report.json';

export interface ScriptOptions {
  /** Folder of raw reports (`--input`, or `REPORTS_DIR`). */
  inputDir: string;
  /** Folder for the JSON export (`--json`, or `JSON_DIR`); null for none. */
  jsonDir: string | null;
  /** Folder for MDX digests from `npm run digest` (`--mdx`); null for none. */
  mdxDir: string | null;
  /** Where the built site goes (`--out`, or `OUT_DIR`). */
  outDir: string;
  /** Fail when any input was rejected or has warnings (`--strict`). */
  strict: boolean;
  /** Conversion cache folder (`CACHE_DIR`, else `DEFAULT_CACHE_DIR`); null with `--no-cache`. */
  cacheDir: string | null;
  /**
   * The site stages' cache folder (`<CACHE_DIR>/site`, else `DEFAULT_SITE_CACHE_DIR`): Astro's
   * incremental build and Pagefind's batch bundles. With `--no-cache` it is still written, never read.
   */
  siteCacheDir: string;
  /** `--no-cache`: every page rendered and every batch indexed afresh. */
  fresh: boolean;
  /** `--verbose`: the console lists every input, not only the first with warnings. */
  verbose: boolean;
}

export function scriptOptions(argv: string[] = process.argv.slice(2), env = process.env): ScriptOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      json: { type: 'string' },
      out: { type: 'string' },
      mdx: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    inputDir: values.input ?? env['REPORTS_DIR'] ?? DEFAULT_INPUT_DIR,
    jsonDir: values.json ?? env['JSON_DIR'] ?? null,
    mdxDir: values.mdx ?? null,
    outDir: values.out ?? env['OUT_DIR'] ?? DEFAULT_OUT_DIR,
    strict: values.strict ?? false,
    // An empty CACHE_DIR counts as unset, as shells make it easy to leave one behind.
    cacheDir: values['no-cache'] ? null : env['CACHE_DIR'] || DEFAULT_CACHE_DIR,
    siteCacheDir: env['CACHE_DIR'] ? join(env['CACHE_DIR'], 'site') : DEFAULT_SITE_CACHE_DIR,
    fresh: values['no-cache'] ?? false,
    verbose: values.verbose ?? false,
  };
}
