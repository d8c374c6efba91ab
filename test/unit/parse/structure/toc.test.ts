import { describe, expect, it } from 'vitest';
import { findTocBlocks, parseTocEntry } from '~/converter/parse/structure/toc.ts';

describe('parseTocEntry', () => {
  it('reads dot leaders with a tab and page number', () => {
    expect(parseTocEntry('1.1、电商&互联网.....\t3')).toEqual({ title: '1.1、电商&互联网', hasLeader: true });
  });

  it('reads a tab and page number without leaders', () => {
    expect(parseTocEntry('行情回顾：5月恒生科技指数上升0.3%\t4')).toEqual({ title: '行情回顾：5月恒生科技指数上升0.3%', hasLeader: false });
  });

  it('reads leaders without a tab', () => {
    expect(parseTocEntry('投资建议 …… 15')).toEqual({ title: '投资建议', hasLeader: true });
  });

  it('reads Markdown pipe-table rows, with or without leaders in the title cell', () => {
    expect(parseTocEntry('| 3.1 Anthropic 算力需求紧张 | 4 |')).toEqual({ title: '3.1 Anthropic 算力需求紧张', hasLeader: false });
    expect(parseTocEntry('| 图表 1 上证综指走势..... | 6 |')).toEqual({ title: '图表 1 上证综指走势', hasLeader: true });
  });

  it('rejects body text and table rows without a page column', () => {
    expect(parseTocEntry('本期恒生指数上涨 3')).toBeNull();
    expect(parseTocEntry('| 腾讯控股 | 5.2% |')).toBeNull();
  });
});

describe('findTocBlocks', () => {
  const lines = [
    '内容目录',
    '',
    '一、行业情况跟踪.....\t3',
    '1.1、电商&互联网.....\t3',
    '二、风险提示.....\t6',
    '',
    '图表目录',
    '图表 1： 相关行业指数表现\t3',
    '',
    '一、行业情况跟踪',
  ];

  it('finds the TOC and the figure list with their spans and levels', () => {
    const blocks = findTocBlocks(lines);
    expect(blocks.map((b) => [b.kind, b.start, b.end])).toEqual([
      ['toc', 0, 4],
      ['figures', 6, 7],
    ]);
    expect(blocks[0]!.entries.map((e) => [e.title, e.level])).toEqual([
      ['一、行业情况跟踪', 1],
      ['1.1、电商&互联网', 2],
      ['二、风险提示', 1],
    ]);
  });

  it('reads 目录 / 正文目录 labels and pipe tables with empty header rows', () => {
    const blocks = findTocBlocks(['正文目录', '| | |', '|---|---|', '| 1 本周行情回顾 | 6 |', '| 风险提示 | 34 |', '', '1 本周行情回顾']);
    expect(blocks[0]!.entries.map((e) => e.title)).toEqual(['1 本周行情回顾', '风险提示']);
    expect(blocks[0]!.end).toBe(4);
  });

  it('gives leader-less entries level 1 and leader entries level 2 when a TOC mixes both styles', () => {
    const blocks = findTocBlocks(['目录', '人工智能动态：模型升级\t5', '谷歌：发布新模型.....\t6', '投资建议\t15']);
    expect(blocks[0]!.entries.map((e) => e.level)).toEqual([1, 2, 1]);
  });

  it('joins an entry wrapped over two lines', () => {
    const blocks = findTocBlocks(['目录', '行业动态：国内游戏出海收入连续高速增长，', '短视频平台投入超百亿资源.....\t11', '']);
    expect(blocks[0]!.entries.map((e) => e.title)).toEqual(['行业动态：国内游戏出海收入连续高速增长，短视频平台投入超百亿资源']);
  });
});
