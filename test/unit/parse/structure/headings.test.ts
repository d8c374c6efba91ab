import { describe, expect, it } from 'vitest';
import { continuesNumbering, parseNumbering, patternHeading } from '~/converter/parse/structure/headings.ts';

describe('parseNumbering', () => {
  it('reads Chinese numerals with 、 as level 1', () => {
    expect(parseNumbering('一、行业情况跟踪')).toMatchObject({ numbers: [1], level: 1, form: 'chinese', title: '行业情况跟踪' });
    expect(parseNumbering('十二、附录')).toMatchObject({ numbers: [12], level: 1 });
  });

  it('reads dotted numbers with 、 or a blank, depth = level', () => {
    expect(parseNumbering('1.1、电商&互联网')).toMatchObject({ numbers: [1, 1], level: 2, title: '电商&互联网' });
    expect(parseNumbering('3.1 AI+领域')).toMatchObject({ numbers: [3, 1], level: 2, form: 'dotted', title: 'AI+领域' });
    expect(parseNumbering('2.3.1 海外')).toMatchObject({ numbers: [2, 3, 1], level: 3 });
  });

  it('reads a single number followed by a blank', () => {
    expect(parseNumbering('1 本周行情回顾')).toMatchObject({ numbers: [1], level: 1, form: 'single', title: '本周行情回顾' });
  });

  it('reads a single number with a dot right before its title, a range 1-7月 included, never a decimal (安信, corpus flatb_09)', () => {
    expect(parseNumbering('2.白蛋白')).toMatchObject({ numbers: [2], level: 1, form: 'single', title: '白蛋白' });
    expect(parseNumbering('1.1-7月份国内血制品批签发披露概况')).toMatchObject({ numbers: [1], title: '1-7月份国内血制品批签发披露概况' });
    expect(parseNumbering('3.5亿元')).toBeNull();
    expect(parseNumbering('1.2                        1.13')).toBeNull();
  });

  it('keeps the title as printed (full-width punctuation stays full-width)', () => {
    expect(parseNumbering('二、不是放弃模型：公司表态')?.title).toBe('不是放弃模型：公司表态');
  });

  it('rejects amounts, dates and years', () => {
    expect(parseNumbering('3.2 亿元')).toBeNull();
    expect(parseNumbering('7 月 13 日，国家网信办')).toBeNull();
    expect(parseNumbering('2026 年业绩')).toBeNull();
    expect(parseNumbering('0.5 倍')).toBeNull();
  });

  it('keeps titles that start like a unit but are words (个股, 千问)', () => {
    expect(parseNumbering('1.1 个股表现')?.title).toBe('个股表现');
    expect(parseNumbering('3.2 千问发布新模型')?.title).toBe('千问发布新模型');
  });
});

describe('patternHeading', () => {
  it('accepts numbered and Markdown headings', () => {
    expect(patternHeading('一、行业情况跟踪', '')).toMatchObject({ title: '行业情况跟踪', level: 1 });
    expect(patternHeading('## 行业回顾', '')).toMatchObject({ title: '行业回顾', level: 2, numbering: null, markdownDepth: 2 });
    expect(patternHeading('### 1.1 个股表现', '')).toMatchObject({ title: '个股表现', level: 2, markdownDepth: 3 });
    expect(patternHeading('**1.2、流媒体平台**', '')).toMatchObject({ title: '流媒体平台', level: 2 });
  });

  it('rejects list items: 1) …, 1. …, and 1、 after a colon', () => {
    expect(patternHeading('1) 谷歌：发布 Gemini', '')).toBeNull();
    expect(patternHeading('1. 海外 AI', '')).toBeNull();
    expect(patternHeading('1、电商', '主要包括：')).toBeNull();
  });

  it('rejects sentences: final punctuation, clause punctuation in single-number lines, long lines', () => {
    expect(patternHeading('1、积极支持技术创新，助力实现高水平科技自立自强。', '')).toBeNull();
    expect(patternHeading('7 款进口网络游戏版号过审，3 款游戏版号变更，其中包括腾讯的重点产品', '')).toBeNull();
    expect(patternHeading(`2.1 ${'很长的标题'.repeat(12)}`, '')).toBeNull();
    expect(patternHeading('一、海外 AI：', '')).toBeNull();
  });

  it('rejects captions and source lines', () => {
    expect(patternHeading('## 图表 1 上证综指走势', '')).toBeNull();
    expect(patternHeading('# 资料来源：Wind', '')).toBeNull();
  });
});

describe('continuesNumbering', () => {
  it('accepts 1, the next sibling, or a child of a seen parent', () => {
    expect(continuesNumbering([1], new Set())).toBe(true);
    expect(continuesNumbering([2], new Set(['1']))).toBe(true);
    expect(continuesNumbering([3, 2], new Set(['3']))).toBe(true);
  });

  it('rejects numbers out of the blue (a wrapped line starting with 7 or 1.5)', () => {
    expect(continuesNumbering([7], new Set())).toBe(false);
    expect(continuesNumbering([1, 5], new Set())).toBe(false);
  });
});
