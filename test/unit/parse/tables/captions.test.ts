import { describe, expect, it } from 'vitest';
import { parseCaptionLine, parseSourceLine } from '~/converter/parse/tables/captions.ts';

describe('parseCaptionLine', () => {
  it('reads the label forms reports print', () => {
    expect(parseCaptionLine('图表 9 A 股重点个股本周行情表现')).toEqual([{ label: '图表 9', number: '9', kind: 'both', text: 'A 股重点个股本周行情表现' }]);
    expect(parseCaptionLine('图表1：相关行业指数表现')[0]).toMatchObject({ label: '图表1', number: '1' });
    expect(parseCaptionLine('图3：5月互联网板块部分公司表现')[0]).toMatchObject({ label: '图3', kind: 'fig' });
    expect(parseCaptionLine('表 1 盈利预测')[0]).toMatchObject({ label: '表 1', kind: 'tab', text: '盈利预测' });
    expect(parseCaptionLine('图表7: 相关行业指数表现 (6.29-7.3)')[0]).toMatchObject({ label: '图表7', text: '相关行业指数表现 (6.29-7.3)' });
  });

  it('splits two captions printed side by side', () => {
    const parts = parseCaptionLine('图1：指数月度涨跌幅 图2：指数月度走势');
    expect(parts.map((part) => [part.label, part.text])).toEqual([['图1', '指数月度涨跌幅'], ['图2', '指数月度走势']]);
  });

  it('ignores body text, TOC entries and lines without a caption', () => {
    expect(parseCaptionLine('图中可见，指数上涨')).toEqual([]);
    expect(parseCaptionLine('图表 1： 相关行业指数表现\t3')).toEqual([]);
    expect(parseCaptionLine('图表 1 上证综指走势..... 6')).toEqual([]);
    expect(parseCaptionLine('表示市场情绪回暖')).toEqual([]);
  });
});

describe('parseSourceLine', () => {
  it('strips the prefix in its three spellings', () => {
    expect(parseSourceLine('资料来源：Wind，国信证券经济研究所整理')).toEqual(['Wind，国信证券经济研究所整理']);
    expect(parseSourceLine('来源：iFind，国金证券研究所')).toEqual(['iFind，国金证券研究所']);
    expect(parseSourceLine('来源: X, 国金证券研究所')).toEqual(['X, 国金证券研究所']);
  });

  it('splits two sources printed side by side', () => {
    expect(parseSourceLine('资料来源：Wind，甲所 资料来源：公司公告，乙所')).toEqual(['Wind，甲所', '公司公告，乙所']);
  });

  it('ignores other lines', () => {
    expect(parseSourceLine('收入来源多元化')).toEqual([]);
  });
});
