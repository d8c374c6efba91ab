/**
 * One test per seed report. Every expectation was checked by hand against the file in
 * content/reports/ (line numbers in the comments refer to the raw file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '~/converter/parse/structure/index.ts';

const BACK_MATTER = new Set(['特别声明：', '免责声明', '分析师声明']);

/** Minimal stand-in for the cleaning stage: split into lines, cut at the legal back matter. */
function bodyLines(seed: string): string[] {
  const text = readFileSync(`content/reports/${seed}`, 'utf8');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = lines.findIndex((line) => BACK_MATTER.has(line));
  return cut === -1 ? lines : lines.slice(0, cut);
}

const SEEDS = ['000_2272510a5eb1dbfa.txt', '001_3443ca7490eb62dc.txt', '002_c7d3efb7c0d55a5e.txt', '003_d21945e2f427e36b.txt', '004_0d1459b9884b146f.txt'];
const parse = (seed: string) => parseStructure(bodyLines(seed));
const outline = (seed: string) => parse(seed).sections.map((s) => [s.title, s.level]);

describe('seed 000 (国金证券 weekly, 一、/1.1、 headings)', () => {
  const result = parse(SEEDS[0]!);

  it('has the five headings of its TOC except 风险提示, in order, with ids from the numbering', () => {
    expect(result.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['s1', '行业情况跟踪', 1],
      ['s1-1', '电商&互联网', 2],
      ['s1-2', '流媒体平台', 2],
      ['s1-3', '虚拟资产&资产交易平台', 2],
      ['s1-4', 'AI&云', 2],
    ]);
  });

  it('has the 5 周观点 bullets as key points, 电商 first', () => {
    expect(result.keyPoints).toHaveLength(5);
    expect(result.keyPoints[0]).toMatch(/^电商：板块仍呈现疲弱态势/);
    expect(result.keyPoints[4]).toMatch(/^AI&云：/);
  });

  it('has the six risks named on the title page (line 32), explained by the risk section', () => {
    expect(result.risks).toHaveLength(6);
    expect(result.risks.some((r) => r.startsWith('中美关系变化风险'))).toBe(true);
    expect(result.risks.map((r) => r.split('。')[0])).toEqual([
      '后续政策不及预期风险',
      '中美关系变化风险',
      '内容上线及表现不及预期风险',
      '宏观经济运行不及预期风险',
      'AI 技术迭代和应用不及预期风险',
      '政策监管风险',
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('seed 001 (国信证券 monthly, bare headings listed in its TOC)', () => {
  const result = parse(SEEDS[1]!);

  it('has the 23 TOC entries other than 风险提示 as sections, with TOC-style levels', () => {
    expect(result.sections).toHaveLength(23);
    expect(outline(SEEDS[1]!).slice(0, 3)).toEqual([
      ['行情回顾：5月恒生科技指数上升0.3%', 1],
      ['人工智能动态：谷歌 Gemini 跨模态突破，OpenAI GPT-5.5 强势登场', 1],
      ['谷歌：发布 Gemini 3.5 Flash 新模型，推出 Gemini Omni 模型', 2],
    ]);
    expect(outline(SEEDS[1]!).at(-1)).toEqual(['投资建议', 1]);
    expect(result.sections.map((s) => s.title)).not.toContain('风险提示');
  });

  it('has the 4 核心观点 paragraphs as key points', () => {
    expect(result.keyPoints.map((k) => k.split('：')[0])).toEqual(['5月行情回顾', '人工智能动态', '互联网行业动态', '6月投资策略']);
  });

  it('has the 4 comma-separated risks (title-page line 19 and section line 382)', () => {
    expect(result.risks).toEqual(['政策风险', '短视频行业竞争格局恶化的风险', '宏观经济下行导致广告大盘增速不及预期的风险', '游戏公司新产品不能如期上线或者表现不及预期的风险']);
  });
});

describe('seed 002 (国信证券, no title page, hard-wrapped)', () => {
  const result = parse(SEEDS[2]!);

  it('infers the 4 labelled summary paragraphs as key points, with a warning', () => {
    expect(result.keyPoints.map((k) => k.split('：')[0])).toEqual(['11 月行情回顾', '人工智能动态', '互联网行业动态', '12 月投资策略']);
    expect(result.warnings).toContain('未找到核心观点标签，核心观点（keyPoints）按段首标签推断');
  });

  it('has a 投资建议 section and no 风险提示 section', () => {
    const titles = result.sections.map((s) => s.title);
    expect(titles).toContain('投资建议');
    expect(titles).not.toContain('风险提示');
  });

  it('has the 4 risks of its closing 风险提示 (lines 807-809)', () => {
    expect(result.risks).toEqual(['政策风险', '短视频行业竞争格局恶化的风险', '宏观经济下行导致广告大盘增速不及预期的风险', '游戏公司新产品不能如期上线或者表现不及预期的风险']);
  });
});

describe('seed 003 (国金证券, 一、 and 3.1 headings, pipe-table TOC)', () => {
  const result = parse(SEEDS[3]!);

  it('has its six headings, Anthropic 算力需求紧张 at level 2', () => {
    expect(result.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['s1', 'Meta 进军云业务，是算力动态调配的必经之路', 1],
      ['s2', '不是放弃模型：公司表态指向更大训练投入', 1],
      ['s3', '算力需求仍可能被低估', 1],
      ['s3-1', 'Anthropic 算力需求紧张', 2],
      ['s3-2', '推理需求不仅来自于 Coding，也来自 Work', 2],
      ['s3-3', '短期波动来自 Capex 担忧，中期价值来自现金流循环', 2],
    ]);
  });

  it('reads key points from its 投资建议 block', () => {
    expect(result.keyPoints).toHaveLength(2);
    expect(result.keyPoints[0]).toMatch(/^相关标的：海外算力：工业富联/);
    expect(result.keyPoints[1]).toMatch(/^国内算力：寒武纪/);
  });

  it('has the three risks of line 33, explained by the risk section', () => {
    expect(result.risks.map((r) => r.split('：')[0])).toEqual(['行业竞争加剧的风险', '技术研发进度不及预期的风险', '特定行业下游资本开支周期性波动的风险']);
    expect(result.risks[0]).toContain('众多新兴玩家');
  });
});

describe('seed 004 (华安证券, `1 标题` / `3.1 标题`, 主要观点 with ● bullets)', () => {
  const result = parse(SEEDS[4]!);

  it('has the sections of its 正文目录 except 风险提示', () => {
    expect(result.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['s1', '本周行情回顾', 1],
      ['s2', '本周观点', 1],
      ['s3', '行业一周要闻', 1],
      ['s3-1', 'AI+领域', 2],
      ['s3-2', '互联网传媒', 2],
      ['s4', '公司重点公告', 1],
      ['s5', '行业数据跟踪', 1],
      ['s5-1', '电商', 2],
      ['s5-2', '游戏', 2],
      ['s5-3', '视频', 2],
      ['s5-4', '影视', 2],
    ]);
  });

  it('has 15 key points: 6 paragraphs under three ● bullets, 9 numbered 投资建议 items', () => {
    expect(result.keyPoints).toHaveLength(15);
    expect(result.keyPoints[0]).toMatch(/^本周行情回顾（2023-07-10 至 2023-07-14）：从指数表现来看/);
    expect(result.keyPoints[6]).toMatch(/^海外 AI：马斯克成立 xAI/);
    expect(result.keyPoints[14]).toMatch(/^产业互联网：/);
  });

  it('has the five 、-separated risks of line 94', () => {
    expect(result.risks).toEqual(['消费恢复不及预期风险', '用户增长不及预期风险', '行业竞争格局剧变风险', '宏观经济波动风险', '政策及监管趋严风险']);
  });
});
