import { describe, expect, it } from 'vitest';
import { splitBackMatter } from '~/converter/parse/text/back-matter.ts';
import { stripFurniture } from '~/converter/parse/text/furniture.ts';
import { seedLines } from './seeds.ts';

describe('splitBackMatter: markers', () => {
  it('splits at a marker heading', () => {
    const lines = ['一、正文', '正文内容。', '风险提示', '政策风险。', '', '免责声明', '本报告仅供参考。'];
    expect(splitBackMatter(lines)).toEqual({
      body: ['一、正文', '正文内容。', '风险提示', '政策风险。', ''],
      backMatter: ['免责声明', '本报告仅供参考。'],
    });
  });

  it.each([
    ['特别声明：'],
    ['分析师声明'],
    ['分析师承诺'],
    ['重要声明'],
    ['法律声明'],
    ['行业投资评级的说明：'],
    ['评级定义'],
    ['分析师简介'],
    ['作者简介'],
    ['分析师与研究助理简介'],
    ['联系我们'],
    ['**国金证券特别声明**'],
    ['上海\t北京\t深圳'],
    ['| 上海 | 北京 | 深圳 |'],
  ])('recognizes %s', (marker) => {
    const { backMatter } = splitBackMatter(['一、正文', '正文内容。', marker, '声明内容。']);
    expect(backMatter[0]).toBe(marker);
  });

  it('recognizes a single-city line when an address follows', () => {
    const lines = ['一、正文', '正文内容。', '深圳', '', '深圳市福田区福华一路 125 号', '邮编：518046'];
    expect(splitBackMatter(lines).backMatter[0]).toBe('深圳');
    expect(splitBackMatter(['一、正文', '北京', '北京是首都。']).backMatter).toEqual([]);
  });

  it('does not cut at a mention inside a sentence or at 风险提示', () => {
    const lines = ['一、正文', '请参见本报告末尾的免责声明和分析师声明部分。', '风险提示', '政策风险。'];
    expect(splitBackMatter(lines)).toEqual({ body: lines, backMatter: [] });
  });

  it('ignores a marker before body structure (the last reasonable start wins)', () => {
    const lines = ['重要声明', '请阅读。', '一、正文', '图表1：走势', '资料来源：Wind', '正文。', '分析师声明', '作者保证。', '免责声明', '仅供参考。'];
    const { body, backMatter } = splitBackMatter(lines);
    expect(body).toEqual(lines.slice(0, 6));
    expect(backMatter[0]).toBe('分析师声明');
  });
});

describe('splitBackMatter: seeds', () => {
  const split = (prefix: string) => splitBackMatter(stripFurniture(seedLines(prefix)));

  it('seed 000: the body has no 特别声明, the back matter holds rating notes and 特别声明', () => {
    const { body, backMatter } = split('000_');
    expect(body.join('\n')).not.toContain('特别声明');
    expect(body.join('\n')).not.toContain('投资评级的说明');
    expect(body).toContain('二、风险提示');
    expect(backMatter[0]).toBe('行业投资评级的说明：');
    expect(backMatter).toContain('特别声明：');
    expect(backMatter.some((line) => line.startsWith('上海\t北京\t深圳'))).toBe(true);
  });

  it('seed 001: back matter starts at 免责声明 after 风险提示', () => {
    const { body, backMatter } = split('001_');
    expect(backMatter[0]).toBe('免责声明');
    expect(body.filter((line) => line.trim() !== '').at(-2)).toBe('风险提示');
    expect(backMatter).toContain('重要声明');
  });

  it('seed 002 has no back matter', () => {
    expect(split('002_').backMatter).toEqual([]);
  });

  it('seed 003 and 004: back matter starts at the rating notes / analyst biography', () => {
    expect(split('003_').backMatter[0]).toBe('行业投资评级的说明：');
    expect(split('004_').backMatter[0]).toBe('分析师与研究助理简介');
    expect(split('004_').body.join('\n')).not.toContain('重要声明');
  });
});
