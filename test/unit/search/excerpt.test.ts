import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '~/lib/search/excerpt.ts';

describe('a result excerpt', () => {
  it('keeps marks only where the marked words spell a term, trimmed to the sentence holding it', () => {
    // Pagefind's excerpt for 可灵: 可在 and a lone 可 are marked too.
    const html = '的<mark>可</mark>商用模型。目前，用户<mark>可在</mark><mark>可</mark><mark>灵</mark>中定制人物；效果提升';
    expect(cleanExcerpt(html, ['可灵'])).toBe('目前，用户可在<mark>可</mark><mark>灵</mark>中定制人物；');
  });

  it('keeps a code whose marked pieces punctuation joins, not a Latin term inside a longer word', () => {
    expect(cleanExcerpt('OpenAI <mark>GPT</mark>-<mark>5.5 </mark>强势登场', ['GPT-5.5'])).toBe('OpenAI <mark>GPT</mark>-<mark>5.5 </mark>强势登场');
    expect(cleanExcerpt('由 <mark>OpenAI </mark>发布的 <mark>AI </mark>助手', ['AI'])).toBe('由 OpenAI 发布的 <mark>AI </mark>助手');
  });

  it('reads block ends Pagefind joins with ". " as sentence ends, and leaves an excerpt without a spelled term as it is, unmarked', () => {
    expect(cleanExcerpt('闲置算力，<mark>可</mark><mark>灵</mark>首轮融资落地. 券商 国金证券 日期', ['可灵'])).toBe('闲置算力，<mark>可</mark><mark>灵</mark>首轮融资落地.');
    expect(cleanExcerpt('一句<mark>可能</mark>的话。', ['可灵'])).toBe('一句可能的话。');
  });

  it('marks every term of a two-term query', () => {
    expect(cleanExcerpt('快手<mark>可</mark><mark>灵</mark>完成<mark>融资</mark>，<mark>融</mark>合', ['可灵', '融资'])).toBe('快手<mark>可</mark><mark>灵</mark>完成<mark>融资</mark>，融合');
  });
});
