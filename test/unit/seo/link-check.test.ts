import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, fileForPath, internalTarget, normaliseBase, pageUrl } from '../../../scripts/lib/link-check.ts';

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

/** A tiny built site served under /research/. */
const SITE: Record<string, string> = {
  'index.html': page(`
    <a href="/research/digests/x/">ok</a>
    <a href="digests/x/#s1-1">ok, relative with fragment</a>
    <a href="https://example.com/research/digests/x/">ok, absolute on the site's origin</a>
    <a href="#top">ok, same page</a><h1 id="top">Home</h1>
    <a href="#">skipped</a><a href="mailto:a@b.c">skipped</a><a href="https://other.example/x">skipped</a>
    <script src="/research/pagefind/pagefind-ui.js"></script>
    <script>var html = '<a href="/nowhere/">in a script</a>';</script>
    <a href="/digests/x/">broken: outside the base</a>
    <a href="/research/digests/y/">broken: no page</a>
    <a href="/research/digests/x/#missing">broken: no such id</a>
    <img src="/research/logo.png" alt="broken: no file">`),
  'digests/x/index.html': page(`
    <h2 id="s1-1">一、</h2><h2 id="腾讯">腾讯</h2>
    <a href="../x/original.txt">ok</a><a href="original.txt#L3">ok, fragment into text</a>
    <a href="#%E8%85%BE%E8%AE%AF">ok, encoded id</a>
    <a href="../../">ok, home</a><a href="../x">ok, folder without slash</a>`),
  'digests/x/original.txt': 'text',
  'pagefind/pagefind-ui.js': '',
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'link-check-'));
  for (const [file, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('finds exactly the broken internal links', async () => {
    const result = await checkLinks(dir, '/research/', { origin: 'https://example.com' });
    expect(result.broken).toEqual([
      { page: 'index.html', href: '/digests/x/' },
      { page: 'index.html', href: '/research/digests/y/' },
      { page: 'index.html', href: '/research/digests/x/#missing' },
      { page: 'index.html', href: '/research/logo.png' },
    ]);
    expect(result.checked).toBe(14);
  });

  it('without an origin, absolute links are treated as external', async () => {
    const result = await checkLinks(dir, 'research');
    expect(result.checked).toBe(13);
    expect(result.broken).toHaveLength(4);
  });

  it('a site built for / has broken links when checked under another base', async () => {
    const result = await checkLinks(dir, '/');
    expect(result.broken.map((b) => b.href)).toContain('/research/digests/x/');
  });
});

describe('helpers', () => {
  it('normaliseBase', () => {
    expect(['', '/', 'research', '/research', 'research/', '/a/b/'].map(normaliseBase)).toEqual(['/', '/', '/research/', '/research/', '/research/', '/a/b/']);
  });

  it('pageUrl', () => {
    expect(pageUrl('index.html', 'https://e.com', '/r/').href).toBe('https://e.com/r/');
    expect(pageUrl('digests/x/index.html', 'https://e.com', '/r/').href).toBe('https://e.com/r/digests/x/');
    expect(pageUrl('404.html', 'https://e.com', '/').href).toBe('https://e.com/404.html');
  });

  it('internalTarget skips other origins and schemes', () => {
    const at = new URL('https://e.com/r/digests/x/');
    expect(internalTarget('//other.com/x', at)).toBeNull();
    expect(internalTarget('javascript:void(0)', at)).toBeNull();
    expect(internalTarget('data:image/png;base64,AA', at)).toBeNull();
    expect(internalTarget('../y/?q=1#a', at)?.href).toBe('https://e.com/r/digests/y/?q=1#a');
  });

  it('fileForPath', () => {
    expect(fileForPath('/r/', '/r/')).toBe('index.html');
    expect(fileForPath('/r/digests/x/', '/r/')).toBe('digests/x/index.html');
    expect(fileForPath('/r/rss.xml', '/r/')).toBe('rss.xml');
    expect(fileForPath('/other/', '/r/')).toBeNull();
    expect(fileForPath('/r/%E6%9C%88/', '/r/')).toBe('月/index.html');
  });
});
