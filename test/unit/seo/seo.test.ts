import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleJsonLd, describe as describePoints, jsonLdScriptText, truncate } from '~/lib/seo.ts';

describe('truncate', () => {
  it('keeps short text, collapsing white space', () => {
    expect(truncate('  腾讯  控股\n业绩 ')).toBe('腾讯 控股 业绩');
  });

  it('cuts long text to the limit, ending with an ellipsis', () => {
    const text = '字'.repeat(200);
    const cut = truncate(text);
    expect([...cut]).toHaveLength(150);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(20), 10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
  });
});

describe('describe', () => {
  it('joins the first key points up to about 150 characters', () => {
    const points = ['互联网板块本周上涨 3.2%。', '可灵完成首轮外部融资。', '风险提示：'.repeat(40)];
    const text = describePoints(points, '标题');
    expect(text.startsWith('互联网板块本周上涨 3.2%。 可灵完成首轮外部融资。')).toBe(true);
    expect([...text].length).toBeLessThanOrEqual(150);
  });

  it('falls back to the title when there are no key points', () => {
    expect(describePoints([], '国金证券互联网周报')).toBe('国金证券互联网周报');
    expect(describePoints(['  '], '标题')).toBe('标题');
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/', 'https://example.com', '/', 'https://example.com/'],
    ['/digests/x/', 'https://example.com', '/', 'https://example.com/digests/x/'],
    ['/digests/x/', 'https://example.com', '/research/', 'https://example.com/research/digests/x/'],
    ['/rss.xml', new URL('https://example.com/'), '/research', 'https://example.com/research/rss.xml'],
    ['digests/x/', 'https://example.com/ignored/path', '/research/', 'https://example.com/research/digests/x/'],
  ])('%s on %s under %s', (path, site, base, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });

  it('percent-encodes non-ASCII paths', () => {
    expect(absoluteUrl('/月份/', 'https://example.com', '/')).toBe('https://example.com/%E6%9C%88%E4%BB%BD/');
  });

  it('gives the base-relative path without a site', () => {
    expect(absoluteUrl('/digests/x/', undefined, '/research/')).toBe('/research/digests/x/');
  });
});

describe('articleJsonLd', () => {
  const url = 'https://example.com/research/digests/x/';

  it('describes a digest as a schema.org Article', () => {
    const ld = articleJsonLd({
      headline: '互联网周报',
      description: '要点',
      url,
      lang: 'zh-CN',
      article: { published: '2026-07-03', modified: '2026-07-04', author: ['张三', '李四'], publisher: '国金证券', section: '互联网' },
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '互联网周报',
      description: '要点',
      inLanguage: 'zh-CN',
      url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      datePublished: '2026-07-03',
      dateModified: '2026-07-04',
      author: [
        { '@type': 'Person', name: '张三' },
        { '@type': 'Person', name: '李四' },
      ],
      publisher: { '@type': 'Organization', name: '国金证券' },
      articleSection: '互联网',
    });
  });

  it('leaves unknown fields out instead of inventing them', () => {
    const ld = articleJsonLd({ headline: 'h', description: 'd', url, lang: 'zh-CN', article: { published: null, author: [], publisher: null } });
    for (const key of ['datePublished', 'dateModified', 'author', 'publisher', 'articleSection']) expect(ld).not.toHaveProperty(key);
  });
});

describe('jsonLdScriptText', () => {
  const hostile = { headline: '</script><script>alert(1)</script><!-- & \u2028' };

  it('cannot close or comment out the script element', () => {
    const text = jsonLdScriptText(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('still parses back to the same value', () => {
    expect(JSON.parse(jsonLdScriptText(hostile))).toEqual(hostile);
  });
});
