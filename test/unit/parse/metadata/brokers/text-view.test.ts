import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '~/converter/parse/metadata/brokers/phrase-index.ts';
import { compactLatin, isTraditional, searchable, simplified } from '~/converter/parse/metadata/brokers/text-view.ts';

describe('the text the broker finder searches', () => {
  it('halves full-width letters and punctuation, closes up letter-spaced Chinese and marks column gaps', () => {
    expect(searchable('yuan_wei＠gjzq.com.cn')).toBe('yuan_wei@gjzq.com.cn'); // flatb_08
    expect(searchable('西 南证券研究院')).toBe('西南证券研究院'); // layout_08
    expect(searchable('证 券 研 究 报 告')).toBe('证券研究报告');
    expect(searchable('资料来源：东莞证券研究所，iFind        SAC 执业证书编号：')).toBe('资料来源:东莞证券研究所,iFind\tSAC 执业证书编号:');
    expect(compactLatin('PHILLIPCAPITAL HONGKONG RESEARCH')).toBe('phillipcapitalhongkongresearch'); // layoutb_18
  });

  it('converts a traditional text to simplified characters and leaves a simplified one as it is', () => {
    const traditional = ['德賽西威成立於 1986 年，是汽車電子領域的頭部公司，主要產品為智能座艙、智能駕駛和網聯服務。', '本報告版權歸輝立證券(香港)有限公司所有。']; // layoutb_18
    expect(isTraditional(traditional)).toBe(true);
    expect(simplified(traditional)[1]).toBe('本报告版权归辉立证券(香港)有限公司所有。');
    const plain = ['本报告版权归国海证券所有。', '此份报告由群益證券(香港)有限公司编写'];
    expect(isTraditional(plain)).toBe(false);
    expect(simplified(plain)).toBe(plain);
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex([
    ['海通证券', 'haitong'],
    ['国泰海通证券', 'gtht'],
    ['中信证券', 'citic'],
    ['中信建投证券', 'csc'],
    ['x', 'too short'],
  ] as const);

  it('finds every phrase left to right, the longest at each position, without overlaps', () => {
    const hits = index.scan('资料来源：中信证券研究部，国泰海通证券研究所；中信建投证券、海通证券');
    expect(hits.map((hit) => [hit.value, hit.start, hit.end])).toEqual([
      ['citic', 5, 9],
      ['gtht', 13, 19],
      ['csc', 23, 29],
      ['haitong', 30, 34],
    ]);
  });

  it('finds nothing in a text without its phrases', () => {
    expect(index.scan('xx 证券 中信 国泰')).toEqual([]);
  });
});
