import { describe, expect, it } from 'vitest';
import { parseStructure } from '~/converter/parse/structure/index.ts';

const outline = (lines: string[]) => parseStructure(lines).sections.map((s) => [s.id, s.title, s.level]);

describe('parseStructure: headings', () => {
  it('reads 一、 / 1.1、 headings, skips the title page and keeps paragraphs under their heading', () => {
    const result = parseStructure(['行业周报', '周观点', '- 看好游戏。', '', '一、行业情况跟踪', '', '1.1、电商&互联网', '', '本期指数上涨。', '', '1.2、流媒体平台', '音乐竞争加剧。']);
    expect(result.sections).toEqual([
      { id: 's1', title: '行业情况跟踪', level: 1, paragraphs: [] },
      { id: 's1-1', title: '电商&互联网', level: 2, paragraphs: ['本期指数上涨。'] },
      { id: 's1-2', title: '流媒体平台', level: 2, paragraphs: ['音乐竞争加剧。'] },
    ]);
  });

  it('reads `1 标题` and `3.1 标题` headings with levels from the number depth', () => {
    expect(outline(['1 本周行情回顾', '指数上涨。', '2 行业一周要闻', '3.4 会被拒绝的孤儿', '2.1 AI+领域', '正文。'])).toEqual([
      ['s1', '本周行情回顾', 1],
      ['s2', '行业一周要闻', 1],
      ['s2-1', 'AI+领域', 2],
    ]);
  });

  it('reads bare headings that the TOC lists (tab or leaders), even wrapped over two lines', () => {
    const lines = [
      '核心观点',
      '行情回顾：指数上涨。',
      '内容目录',
      '行情回顾：5月指数上升0.3%\t4',
      '人工智能动态：谷歌跨模态突破，OpenAI 强势登场\t5',
      '谷歌：发布新模型.....\t6',
      '',
      '行情回顾：5月指数上升0.3%',
      '指数情况：基本持平。',
      '人工智能动态：谷歌跨模态突破，',
      '',
      'OpenAI 强势登场',
      '谷歌：发布新模型',
      '5月7日，谷歌更新搜索。',
      '谷歌：未列入目录的一行',
    ];
    const result = parseStructure(lines);
    expect(result.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['s-1', '行情回顾：5月指数上升0.3%', 1],
      ['s-2', '人工智能动态：谷歌跨模态突破，OpenAI 强势登场', 1],
      ['s-3', '谷歌：发布新模型', 2],
    ]);
    expect(result.sections[2]!.paragraphs.join('')).toContain('谷歌：未列入目录的一行');
  });

  it('does not turn TOC or figure-list entries into sections or body text', () => {
    const lines = ['目录', '一、回顾.....\t3', '图表目录', '图表 1：指数走势\t3', '', '一、回顾', '正文。'];
    expect(parseStructure(lines).sections).toEqual([{ id: 's1', title: '回顾', level: 1, paragraphs: ['正文。'] }]);
  });

  it('reads MinerU Markdown: the # title is not a section, ## 投资要点 is the key-point label', () => {
    const lines = ['# 传媒行业周报：暑期档票房创新高', '', '## 投资要点', '', '- 传媒指数上涨 3%。', '', '## 一、本周行情回顾', '', '板块表现强势。', '', '### 1.1 个股表现', '', '## 二、风险提示', '', '政策监管风险；内容上线不及预期风险。'];
    const result = parseStructure(lines);
    expect(result.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['s1', '本周行情回顾', 1],
      ['s1-1', '个股表现', 2],
    ]);
    expect(result.keyPoints).toEqual(['传媒指数上涨 3%。']);
    expect(result.risks).toEqual(['政策监管风险', '内容上线不及预期风险']);
  });

  it('gives unnumbered Markdown headings levels relative to the shallowest one and positional ids', () => {
    expect(outline(['# 报告标题', '## 行业回顾', '正文。', '### 细分领域', '正文。', '## 行业回顾', '正文。'])).toEqual([
      ['s-1', '行业回顾', 1],
      ['s-2', '细分领域', 2],
      ['s-3', '行业回顾', 1],
    ]);
  });

  it('keeps list items, amounts, captions and sources out of the headings', () => {
    const lines = ['一、行业跟踪', '1) 谷歌：发布新模型', '主要包括：', '1、电商', '2026 年业绩预期上调', '3.2 亿元', '图表 1 指数走势', '图1：指数走势', '资料来源：Wind', '二、风险提示', '政策风险。'];
    expect(outline(lines)).toEqual([['s1', '行业跟踪', 1]]);
  });

  it('de-duplicates repeated numbering deterministically', () => {
    expect(outline(['一、回顾', '正文。', '一、回顾', '正文。'])).toEqual([
      ['s1', '回顾', 1],
      ['s1-b', '回顾', 1],
    ]);
  });
});

describe('parseStructure: risks and warnings', () => {
  it('collects risks from the title page and the risk section, which is not a section', () => {
    const lines = ['风险提示', '', '- 政策风险；竞争加剧风险。', '', '内容目录', '一、正文.....\t3', '二、风险提示.....\t4', '', '一、正文', '内容。', '二、风险提示', '- 政策风险。监管收紧将影响业绩。', '- 汇率风险。', '行业投资评级的说明：', '买入：预期未来上涨 15%以上；'];
    const result = parseStructure(lines);
    expect(result.sections.map((s) => s.title)).toEqual(['正文']);
    expect(result.risks).toEqual(['政策风险。监管收紧将影响业绩。', '竞争加剧风险', '汇率风险']);
  });

  it('reads an inline 风险提示： line on the title page', () => {
    expect(parseStructure(['核心观点', '看好龙头。', '风险提示：政策风险，宏观经济下行的风险等。', '', '一、正文', '内容。']).risks).toEqual(['政策风险', '宏观经济下行的风险']);
  });

  it('warns in Chinese about what it did not find', () => {
    expect(parseStructure(['只有一段正文。']).warnings).toEqual(['未找到核心观点（keyPoints）', '未找到风险提示（risks）', '未识别到章节标题']);
  });

  it('keeps body text without any recognisable heading as a 正文 section, with a warning', () => {
    const lines = ['行情回顾：指数下跌。', '', '投资策略：增配龙头。', '', '图1：指数走势', '正文段落。', '投资建议', '增配龙头。', '风险提示', '政策风险。'];
    const result = parseStructure(lines);
    expect(result.sections.map((s) => [s.id, s.title])).toEqual([
      ['s-1', '正文'],
      ['s-2', '投资建议'],
    ]);
    expect(result.keyPoints).toEqual(['行情回顾：指数下跌。', '投资策略：增配龙头。']);
    expect(result.risks).toEqual(['政策风险']);
    expect(result.warnings).toContain('未找到核心观点标签，核心观点（keyPoints）按段首标签推断');
  });
});
