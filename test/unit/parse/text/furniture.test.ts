import { describe, expect, it } from 'vitest';
import { stripFurniture } from '~/converter/parse/text/furniture.ts';
import { seedLines } from './seeds.ts';

describe('stripFurniture: patterns', () => {
  it('removes bare page numbers in their usual forms', () => {
    const lines = ['正文。', '3', '第 3 页', '3/15', '- 3 -', '— 12 —', 'Page 4 of 15', '正文二。'];
    expect(stripFurniture(lines)).toEqual(['正文。', '正文二。']);
  });

  it('keeps numbers that are content', () => {
    const lines = ['2024 年营收 3 亿元。', '1.1、电商', '3.5%', '2025E'];
    expect(stripFurniture(lines)).toEqual(lines);
  });

  it('removes running footers and QR prompts', () => {
    const lines = [
      '正文。',
      '请务必阅读正文之后的免责声明及其项下所有内容',
      '敬请参阅最后一页特别声明',
      '扫码获取更多服务',
      '正文二。',
    ];
    expect(stripFurniture(lines)).toEqual(['正文。', '正文二。']);
  });

  it('keeps a sentence that merely mentions the disclaimer', () => {
    const line = '投资者应当仔细阅读本报告的免责声明，并结合自身情况审慎决策，本报告不构成任何投资建议。';
    expect(stripFurniture([line])).toEqual([line]);
  });

  it('keeps blank lines', () => {
    expect(stripFurniture(['甲', '', '14', '', '乙'])).toEqual(['甲', '', '', '乙']);
  });
});

describe('stripFurniture: recurring and page-break lines', () => {
  it('removes a short line that recurs on three pages', () => {
    const lines = ['某某证券行业周报', '正文一。', '某某证券行业周报', '正文二。', '某某证券 行业周报', '正文三。'];
    expect(stripFurniture(lines)).toEqual(['正文一。', '正文二。', '正文三。']);
  });

  it('keeps recurring source lines, captions, headings, labels and bracketed block names', () => {
    const lines = ['来源：iFind，国金证券研究所', '图表1：指数表现', '【行业重大事件】', '风险提示：', '一、总览'];
    const tripled = [...lines, ...lines, ...lines];
    expect(stripFurniture(tripled)).toEqual(tripled);
  });

  it('removes 证券研究报告 when it recurs, keeps it once on a cover', () => {
    expect(stripFurniture(['证券研究报告', '正文。'])).toEqual(['证券研究报告', '正文。']);
    expect(stripFurniture(['证券研究报告', '正文。', '证券研究报告', '正文。'])).toEqual(['正文。', '正文。']);
  });

  it('removes a short line trapped between two furniture lines of a page break', () => {
    const lines = ['句子写到一半', '', '请务必阅读正文之后的免责声明及其项下所有内容', '', '某某行业月报', '', '14', '', '接着写完。'];
    expect(stripFurniture(lines)).toEqual(['句子写到一半', '', '', '', '', '接着写完。']);
  });
});

describe('stripFurniture: seeds', () => {
  it('keeps the headings and repeated source lines of seed 000', () => {
    const kept = stripFurniture(seedLines('000_'));
    expect(kept).toContain('一、行业情况跟踪');
    expect(kept).toContain('1.1、电商&互联网');
    expect(kept.filter((line) => line === '来源：iFind，国金证券研究所')).toHaveLength(4);
  });

  it('removes the page-break furniture in seed 002 and nothing else', () => {
    const lines = seedLines('002_');
    const kept = stripFurniture(lines);
    const removed = lines.filter((line) => !kept.includes(line));
    expect(removed).toEqual(['请务必阅读正文之后的免责声明及其项下所有内容', '证券研究报告', '14']);
  });

  it('removes nothing from seeds without furniture', () => {
    for (const prefix of ['001_', '003_', '004_']) {
      const lines = seedLines(prefix);
      expect(stripFurniture(lines)).toEqual(lines);
    }
  });
});
