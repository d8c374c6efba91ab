import { describe, expect, it } from 'vitest';
import { normalizeText } from '~/converter/parse/text/normalize.ts';

describe('normalizeText: encoding and whitespace', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('drops a BOM, NUL and other C0/C1 controls but keeps tabs and newlines', () => {
    expect(normalizeText('\uFEFF标题\u0000\u0007\u0085\n甲\t乙\u001B')).toBe('标题\n甲\t乙');
  });

  it('turns a form feed (page break) into a line break', () => {
    expect(normalizeText('第一页末行\f第二页首行')).toBe('第一页末行\n第二页首行');
  });

  it('trims trailing whitespace on each line but keeps indentation', () => {
    expect(normalizeText('  缩进行   \n正文\t \n')).toBe('  缩进行\n正文\n');
  });
});

describe('normalizeText: MinerU inline LaTeX numbers', () => {
  it('unwraps simple numbers and percentages', () => {
    expect(normalizeText('同比增长 $3\\%$，PE 为 $12.5$ 倍，降 $-0.8 \\%$')).toBe('同比增长 3%，PE 为 12.5 倍，降 -0.8%');
  });

  it('leaves complex LaTeX alone', () => {
    const text = '公式 $\\frac{a}{b}$ 与 $x^2 + 1$';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('normalizeText: side-by-side two-column pages', () => {
  const pad = (left: string, right: string) => left + ' '.repeat(30 - left.length) + right;
  const page = [
    pad('左栏第一行文字内容', '右栏第一行文字内容'),
    pad('左栏第二行文字内容', '右栏第二行文字内容'),
    pad('左栏第三行文字内容', '右栏第三行文字内容'),
    pad('左栏第四行文字结束', '右栏第四行文字结束'),
  ].join('\n');

  const tail = '尾注：这是一行横跨整个页面宽度的长文字，比左栏宽得多，不属于任何一栏';

  it('puts the left column before the right column', () => {
    const lines = normalizeText(`标题\n${page}\n${tail}`).split('\n');
    expect(lines).toEqual([
      '标题',
      '左栏第一行文字内容',
      '左栏第二行文字内容',
      '左栏第三行文字内容',
      '左栏第四行文字结束',
      '',
      '右栏第一行文字内容',
      '右栏第二行文字内容',
      '右栏第三行文字内容',
      '右栏第四行文字结束',
      tail,
    ]);
  });

  it('keeps a left-only line in the left column', () => {
    const text = `${page}\n左栏最后一行`;
    const lines = normalizeText(text).split('\n');
    expect(lines.indexOf('左栏最后一行')).toBeLessThan(lines.indexOf('右栏第一行文字内容'));
  });

  it('finds columns padded by printed width, where a CJK character takes two cells', () => {
    const printed = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
    const padPrinted = (left: string, right: string) => `${left}${' '.repeat(40 - printed(left))}${right}`;
    const rows = [
      padPrinted('腾讯控股（0700.HK）', '报告日期：2026年8月15日'),
      padPrinted('二季度业绩超预期，游戏驱动', '投资评级：买入（维持）'),
      padPrinted('业绩超预期：收入同比增长', '目标价：620 港元'),
      padPrinted('游戏稳健：本土游戏增长 15%', '分析师：张三'),
    ];
    const lines = normalizeText(rows.join('\n')).split('\n');
    expect(lines.slice(0, 4)).toEqual(['腾讯控股（0700.HK）', '二季度业绩超预期，游戏驱动', '业绩超预期：收入同比增长', '游戏稳健：本土游戏增长 15%']);
    expect(lines.slice(-4)).toEqual(['报告日期：2026年8月15日', '投资评级：买入（维持）', '目标价：620 港元', '分析师：张三']);
  });

  it('does not touch a few lines with a wide gap or a label/number table', () => {
    const twoLines = `${pad('只有两行的左侧文字', '右侧文字内容甲')}\n${pad('只有两行的左侧文字', '右侧文字内容乙')}`;
    expect(normalizeText(twoLines)).toBe(twoLines);
    const table = ['营业收入', '净利润', '毛利率', '净利率'].map((label) => pad(label, '12.5')).join('\n');
    expect(normalizeText(table)).toBe(table);
  });
});
