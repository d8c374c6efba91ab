import { describe, expect, it } from 'vitest';
import {
  cssImports,
  isSearchCode,
  jsImports,
  pageReferences,
  pagefindRuntimeFiles,
  sitePath,
  withoutSearch,
} from '../../../scripts/bench/lib/page-references.ts';

const PAGE = [
  '<!doctype html><html lang="zh-CN"><head>',
  '<link rel="canonical" href="https://example.com/digests/x/">',
  '<link rel="stylesheet" href="/_astro/site.css">',
  '<link rel="modulepreload" href="/_astro/chunk.js">',
  '<link rel="stylesheet" href="/pagefind/pagefind-ui.css">',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '</head><body>',
  '<header><div id="site-search" data-bundle-path="/pagefind/"><input></div>',
  '<script is:inline src="/pagefind/pagefind-ui.js"></script>',
  '<script type="module">new PagefindUI({element:"#site-search"})</script></header>',
  '<main><p>正文</p></main>',
  '<script type="module">import "/_astro/copy-link.js";copy()</script>',
  '<script src="../../_astro/legacy.js"></script>',
  '</body></html>',
].join('');

describe('pageReferences', () => {
  it('lists stylesheets, module preloads and scripts, not canonical links or JSON-LD', () => {
    const { assets, inlineScripts } = pageReferences(PAGE);
    expect(assets).toEqual([
      { url: '/_astro/site.css', kind: 'stylesheet' },
      { url: '/_astro/chunk.js', kind: 'modulepreload' },
      { url: '/pagefind/pagefind-ui.css', kind: 'stylesheet' },
      { url: '/pagefind/pagefind-ui.js', kind: 'script' },
      { url: '../../_astro/legacy.js', kind: 'script' },
    ]);
    expect(inlineScripts).toEqual(['new PagefindUI({element:"#site-search"})', 'import "/_astro/copy-link.js";copy()']);
  });
});

describe('jsImports', () => {
  it('finds static imports and re-exports as bundlers minify them, not dynamic imports', () => {
    const code = 'import{a as b}from"./chunk.A1.js";import"./side.js";export*from"../re.js";const x=import("./lazy.js");';
    expect(jsImports(code)).toEqual(['./chunk.A1.js', './side.js', '../re.js']);
  });

  it('reads spaced, multi-name imports', () => {
    expect(jsImports("import { a, b } from '/_astro/x.js';\nimport * as ns from '/_astro/y.js'")).toEqual(['/_astro/x.js', '/_astro/y.js']);
  });

  it('ignores words that merely contain "import"', () => {
    expect(jsImports('const reimport = "x.js"; important("y.js")')).toEqual([]);
  });
});

describe('cssImports', () => {
  it('reads quoted and url() imports', () => {
    expect(cssImports('@import "a.css";@import url(b.css);@import url("c.css") screen;body{}')).toEqual(['a.css', 'b.css', 'c.css']);
  });
});

describe('sitePath', () => {
  it('resolves relative and absolute references against the page, under the base', () => {
    expect(sitePath('../../_astro/a.js', '/digests/x/')).toBe('/_astro/a.js');
    expect(sitePath('/research/_astro/a.js', '/research/digests/x/', '/research/')).toBe('/_astro/a.js');
  });

  it('is null for other origins, data URLs and paths outside the base', () => {
    expect(sitePath('https://cdn.example/a.js', '/digests/x/')).toBeNull();
    expect(sitePath('data:text/css,body{}', '/digests/x/')).toBeNull();
    expect(sitePath('/elsewhere/a.js', '/research/digests/x/', '/research/')).toBeNull();
  });
});

describe('withoutSearch', () => {
  it('cuts the search box, Pagefind tags and search scripts, and nothing else', () => {
    const stripped = withoutSearch(PAGE, '/digests/x/');
    expect(stripped).not.toMatch(/pagefind|site-search/i);
    expect(stripped).toContain('<link rel="stylesheet" href="/_astro/site.css">');
    expect(stripped).toContain('<script type="module">import "/_astro/copy-link.js";copy()</script>');
    expect(stripped).toContain('<header></header><main><p>正文</p></main>');
  });

  it('leaves a page without search unchanged', () => {
    const page = '<html><body><p>x</p><script type="module">copy()</script></body></html>';
    expect(withoutSearch(page, '/')).toBe(page);
  });

  it('tells search code by its naming Pagefind', () => {
    expect(isSearchCode('await import(`${base}pagefind.js`)')).toBe(true);
    expect(isSearchCode('navigator.clipboard.writeText(x)')).toBe(false);
  });
});

describe('pagefindRuntimeFiles', () => {
  it('names the runtime, the entry, each language’s WebAssembly and metadata', () => {
    const entry = JSON.stringify({
      version: '1.6.0',
      languages: { 'zh-cn': { hash: 'zh-cn_7b3c', wasm: null, page_count: 5 }, en: { hash: 'en_12ab', wasm: 'en', page_count: 1 } },
    });
    expect(pagefindRuntimeFiles(entry)).toEqual([
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.unknown.pagefind',
      'pagefind.zh-cn_7b3c.pf_meta',
      'wasm.en.pagefind',
      'pagefind.en_12ab.pf_meta',
    ]);
  });
});
