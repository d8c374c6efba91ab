import { describe, expect, it } from 'vitest';
import { pagefindWords } from '~/lib/search/pagefind-client.ts';

// Expected words: the highlight parameters Pagefind 1.6 put on result links in Chromium for these
// queries on the 1,000-report archive (checked by hand, 2026-12-07); Node's ICU segments the same.
describe('the words Pagefind searches for a term', () => {
  it('splits Chinese as Pagefind does: unknown words into characters, known words whole', () => {
    expect(pagefindWords('腾讯控股')).toEqual(['腾', '讯', '控股']);
    expect(pagefindWords('可灵')).toEqual(['可', '灵']);
    expect(pagefindWords('游戏版号')).toEqual(['游戏', '版', '号']);
    expect(pagefindWords('阿里巴巴')).toEqual(['阿里巴巴']);
  });

  it('drops punctuation and quotes, lower-cases, folds diacritics', () => {
    expect(pagefindWords('0700.HK')).toEqual(['0700', 'hk']);
    expect(pagefindWords('GPT-5.5')).toEqual(['gpt', '55']);
    expect(pagefindWords('4.71')).toEqual(['471']);
    expect(pagefindWords('“可灵”')).toEqual(['可', '灵']);
    expect(pagefindWords('美团-W')).toEqual(['美', '团', 'w']);
    expect(pagefindWords('ÉCOLE')).toEqual(['ecole']);
  });

  it('keeps the words of a Latin phrase and a mixed term apart', () => {
    expect(pagefindWords('Gemini 3.5 Flash')).toEqual(['gemini', '35', 'flash']);
    expect(pagefindWords('可灵AI')).toEqual(['可', '灵', 'ai']);
  });
});
