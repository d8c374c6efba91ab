/**
 * anchoredMatches must find exactly what matchAll finds: it only skips the offsets that cannot
 * start a match. Checked on texts built of the disclaimer pointer's own words, separators and
 * astral characters (a surrogate pair counts two code units), where matches overlap, chain and
 * sit next to each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCLAIMER_POINTER } from '~/converter/parse/layout/flattened/furniture.ts';
import { anchoredMatches } from '~/converter/parse/text/anchored-matches.ts';

const pieces = fc.constantFrom(
  '请', '请务必', '敬请', '谨请', '阅读', '参阅', '参见', '仔细', '声明', '声明请', '尾页', '文末',
  '条款', '披露', '和', '、', '。', '，', '；', ' ', '\n', '免责', '正文之后的', '𠀀', '𝐀', 'a1', '研究报告', '部分', '.',
);
const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

function plain(text: string, pattern: RegExp): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

describe('anchoredMatches', () => {
  it('finds the disclaimer pointers matchAll finds, at the same offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = anchoredMatches(text, DISCLAIMER_POINTER, '请', 18).map((m): [number, string] => [m.index, m[0]]);
        expect(found).toEqual(plain(text, DISCLAIMER_POINTER));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a pointer led by eight astral characters before 声明请', () => {
    const text = `正文${'𠀀'.repeat(8)}声明请参阅尾页。${'𠀀'.repeat(8)}声明请见文末`;
    const expected = plain(text, DISCLAIMER_POINTER);
    expect(expected).toHaveLength(2);
    expect(anchoredMatches(text, DISCLAIMER_POINTER, '请', 18).map((m) => [m.index, m[0]])).toEqual(expected);
  });
});
