import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedItems, type FeedDigest } from '~/lib/seo.ts';

function digest(id: string, date: string | null, title = `标题 ${id}`, keyPoints: string[] = ['要点一。', '要点二。']): FeedDigest {
  return { id, data: { title, date, keyPoints, broker: '国金证券' } };
}

/**
 * A small XML well-formedness check: every `&` starts an entity reference, no `<` sits in text,
 * and start and end tags nest. (Enough for RSS, which has no DTD, comments or CDATA here.)
 */
function assertWellFormed(xml: string): void {
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|</g;
  for (const match of body.matchAll(tag)) {
    const [, close, name, , selfClosing] = match;
    if (name === undefined) throw new Error(`stray < at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else expect(stack.pop(), `</${name}> at ${match.index}`).toBe(name);
  }
  expect(stack).toEqual([]);
}

describe('feedItems', () => {
  it('lists digests newest first, undated last, with absolute links under the base', () => {
    const items = feedItems([digest('old', '2023-07-16'), digest('undated', null), digest('new', '2026-07-03')], 'https://example.com', '/research/');
    expect(items.map((i) => i.link)).toEqual([
      'https://example.com/research/digests/new/',
      'https://example.com/research/digests/old/',
      'https://example.com/research/digests/undated/',
    ]);
    expect(items[0]).toMatchObject({ title: '标题 new', description: '要点一。 要点二。', categories: ['国金证券'] });
    expect(items[0]?.pubDate).toEqual(new Date('2026-07-03T00:00:00Z'));
    expect(items[2]).not.toHaveProperty('pubDate');
  });

  it('describes a digest without key points by its title', () => {
    expect(feedItems([digest('x', null, '只有标题', [])], 'https://example.com', '/')[0]?.description).toBe('只有标题');
  });
});

describe('the RSS document', () => {
  it('escapes <script> and & in titles and descriptions into well-formed XML', async () => {
    const hostile = digest('hostile', '2026-07-03', '<script>alert("x")</script> & 腾讯 <b>', ['A&B 上涨 <10%]]> 之后', '</description>']);
    const xml = await getRssString({
      title: '研报 & 文摘',
      description: '<i>feed</i>',
      site: 'https://example.com/research/',
      items: feedItems([hostile, digest('plain', '2026-07-02')], 'https://example.com', '/research/'),
      customData: '<language>zh-CN</language>',
    });
    assertWellFormed(xml);
    expect(xml).not.toContain('<script');
    expect(xml).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 腾讯 &lt;b&gt;</title>');
    expect(xml).toContain('<link>https://example.com/research/digests/hostile/</link>');
    expect(xml).toContain('<pubDate>Fri, 03 Jul 2026 00:00:00 GMT</pubDate>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
  });

  it('the checker itself rejects broken XML', () => {
    expect(() => assertWellFormed('<rss><title>a & b</title></rss>')).toThrow();
    expect(() => assertWellFormed('<rss><title><script></title></rss>')).toThrow();
    expect(() => assertWellFormed('<rss><title>a < b</title></rss>')).toThrow();
  });
});
