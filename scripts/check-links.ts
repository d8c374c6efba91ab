/**
 * `node scripts/check-links.ts [dist] [--base /sub/] [--site https://example.com]`: checks every
 * internal link of a built site (see scripts/lib/link-check.ts) and exits 1 when one is broken.
 * The base defaults to BASE_PATH (else `/`), the site to SITE_URL; with a site, absolute links to
 * it (canonical, feed links) are checked too.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR } from './lib/args.ts';
import { checkLinks } from './lib/link-check.ts';

const { values, positionals } = parseArgs({
  options: { base: { type: 'string' }, site: { type: 'string' } },
  allowPositionals: true,
  strict: true,
});
const siteDir = positionals[0] ?? DEFAULT_OUT_DIR;
const base = values.base ?? process.env['BASE_PATH'] ?? '/';
const origin = values.site ?? process.env['SITE_URL'];

const { checked, broken } = await checkLinks(siteDir, base, { origin });
for (const { page, href } of broken) console.error(`断链：${page} → ${href}`);
console.log(`检查了 ${checked} 个站内链接（${siteDir}，base ${base}），${broken.length} 个断链。`);
if (broken.length > 0) process.exitCode = 1;
