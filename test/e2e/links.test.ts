/**
 * No broken internal link, whether the archive is deployed at a domain's root or under a sub-path:
 * the real build (a child process, as a publisher runs it) twice, with BASE_PATH `/` and `/research/`,
 * then every page's `href`/`src` checked against the files written. Also the feeds and sitemap exist
 * and link under the base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { buildOrThrow } from '../helpers/child-build.ts';

const SITE_URL = 'https://example.com';
const BUILDS = [
  { base: '/', dir: resolve('out/e2e/links-root') },
  { base: '/research/', dir: resolve('out/e2e/links-sub') },
] as const;

async function build(base: string, dir: string): Promise<void> {
  await buildOrThrow(['--out', dir], { BASE_PATH: base, SITE_URL });
}

beforeAll(async () => {
  // One after the other: both builds write src/content/digests/.
  for (const { base, dir } of BUILDS) await build(base, dir);
}, 240_000);

describe.each(BUILDS)('the site built for base $base', ({ base, dir }) => {
  const home = `${SITE_URL}${base}`;

  it('has no broken internal link', async () => {
    const result = await checkLinks(dir, base, { origin: SITE_URL });
    expect(result.checked).toBeGreaterThan(0);
    expect(result.broken).toEqual([]);
  });

  it('has an RSS feed with every digest, linked under the base', () => {
    const xml = readFileSync(join(dir, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>.*?<link>([^<]*)<\/link>/gs)].map((m) => m[1]);
    const pages = readdirSync(join(dir, 'digests'));
    expect(links).toHaveLength(pages.length);
    for (const link of links) expect(link).toMatch(new RegExp(`^${home}digests/[a-z0-9-]+/$`));
  });

  it('has one feed per broker', () => {
    const feeds = readdirSync(join(dir, 'feeds'));
    expect(feeds).toContain('gjzq.xml');
    for (const feed of feeds) expect(readFileSync(join(dir, 'feeds', feed), 'utf8')).toContain(`<link>${home}digests/`);
  });

  it('has a sitemap listing pages under the base', () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${home}sitemap-0.xml</loc>`);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${home}</loc>`);
    expect(sitemap).toMatch(new RegExp(`<loc>${home}digests/[a-z0-9-]+/</loc>`));
  });
});
