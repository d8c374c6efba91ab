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

describe('normalizeText: a report flattened onto one line', () => {
  const filler = '本周行业整体表现平稳，板块估值处于历史中位附近，我们维持此前判断。'.repeat(8);
  const flat =
    `周观点 - **电商**：板块仍呈现疲弱态势。 - **游戏**：板块景气度稳健向上。 ` +
    `一、行业情况跟踪 1.1、电商&互联网 本期指数同比增长 1.1 倍，${filler}` +
    `图表 1：相关行业指数表现 来源：iFind，国金证券研究所 ` +
    `如图表 1 所示，收入同比增长 3.5 亿元。3.1 算力需求紧张 ${filler}● 重点推荐。二、风险提示 政策监管风险。`;

  const lines = normalizeText(flat).split('\n');

  it('puts title-page items, contact lines and the legal back matter on lines of their own', () => {
    const head = normalizeText(`计算机行业研究 买入（维持评级） 行业周报 分析师：赵六（执业 S1130526010001） zhaoliu@gjzq.com.cn 算力租赁需求持续旺盛 ${filler} 特别声明： 本报告仅供客户使用。`).split('\n');
    expect(head.slice(0, 3)).toEqual(['计算机行业研究', '买入（维持评级）', '行业周报']);
    expect(head).toContain('分析师：赵六（执业 S1130526010001） zhaoliu@gjzq.com.cn');
    expect(head.some((line) => line.startsWith('算力租赁需求持续旺盛'))).toBe(true);
    expect(head.some((line) => line.startsWith('特别声明：'))).toBe(true);
  });

  it('breaks before labels, bullets, numbered headings, captions and sources', () => {
    expect(lines).toContain('周观点');
    expect(lines).toContain('- **电商**：板块仍呈现疲弱态势。');
    expect(lines).toContain('一、行业情况跟踪');
    // A heading run straight into its text is split from it, so the structure parser sees a heading line.
    expect(lines).toContain('1.1、电商&互联网');
    expect(lines[lines.indexOf('1.1、电商&互联网') + 1]).toMatch(/^本期指数同比增长 1\.1 倍，/);
    expect(lines).toContain('图表 1：相关行业指数表现');
    expect(lines.some((line) => line.startsWith('来源：iFind，国金证券研究所'))).toBe(true);
    expect(lines).toContain('3.1 算力需求紧张');
    expect(lines).toContain('● 重点推荐。');
    expect(lines.some((line) => line.startsWith('风险提示'))).toBe(false);
    expect(lines.some((line) => line.startsWith('二、风险提示'))).toBe(true);
  });

  it('does not break inside sentences', () => {
    expect(lines.some((line) => line.includes('同比增长 1.1 倍'))).toBe(true);
    expect(lines.some((line) => line.includes('如图表 1 所示'))).toBe(true);
    expect(lines.some((line) => line.includes('增长 3.5 亿元'))).toBe(true);
    expect(lines.every((line) => !line.startsWith('1.1 倍') && !line.startsWith('3.5 亿'))).toBe(true);
  });

  it('loses no characters apart from the blanks at the breaks', () => {
    expect(lines.join('').replace(/\s/g, '')).toBe(flat.replace(/\s/g, ''));
  });

  it('leaves ordinary long paragraphs alone', () => {
    const text = `一、标题\n${filler}\n二、风险提示`;
    expect(normalizeText(text)).toBe(text);
  });
});
