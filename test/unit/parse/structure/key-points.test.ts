import { describe, expect, it } from 'vitest';
import { findKeyPoints } from '~/converter/parse/structure/key-points.ts';
import { blockItems } from '~/converter/parse/structure/list-items.ts';

const noHeading = () => false;
const find = (lines: string[]) => findKeyPoints(lines, lines.length, noHeading);

describe('key points after a label', () => {
  it('reads one point per bullet after 周观点 and stops at 风险提示', () => {
    const lines = ['周观点', '', '- **电商**：板块仍呈现疲弱态势。', '- **游戏**：板块景气度稳健向上。', '', '风险提示', '', '- 政策风险。'];
    expect(find(lines)).toMatchObject({ keyPoints: ['电商：板块仍呈现疲弱态势。', '游戏：板块景气度稳健向上。'], start: 0, end: 5, inferred: false });
  });

  it('reads one point per paragraph after 核心观点 and stops at an inline 风险提示：', () => {
    const lines = ['核心观点', '', '行情回顾：指数上涨。', '', '投资策略：关注龙头。', '', '风险提示：政策风险。'];
    expect(find(lines)?.keyPoints).toEqual(['行情回顾：指数上涨。', '投资策略：关注龙头。']);
  });

  it('accepts 主要观点 / 投资要点 / 投资建议 and reads consecutive labels as one block', () => {
    const lines = ['主要观点：', '', '● 本周行情回顾', '', '指数上涨 1%。', '', '● 投资建议', '', '1. 海外 AI：', '', '关注算力。', '', '● 风险提示'];
    expect(find(lines)?.keyPoints).toEqual(['本周行情回顾：指数上涨 1%。', '海外 AI：关注算力。']);
  });

  it('takes inline text after the label as the first point', () => {
    expect(find(['投资要点：业绩超预期。', '', '相关研究'])?.keyPoints).toEqual(['业绩超预期。']);
  });

  it('stops at other title-page labels (内容目录, 相关研究, 分析师) and at headings', () => {
    expect(find(['周观点', '看好游戏。', '', '内容目录'])?.keyPoints).toEqual(['看好游戏。']);
    expect(find(['周观点', '看好游戏。', '', '相关研究报告', '《前一期周报》'])?.keyPoints).toEqual(['看好游戏。']);
    expect(find(['周观点', '看好游戏。', '', '分析师：张三（执业 S1130526050001）'])?.keyPoints).toEqual(['看好游戏。']);
    expect(findKeyPoints(['周观点', '看好游戏。', '一、正文'], 3, (i) => i === 2)?.keyPoints).toEqual(['看好游戏。']);
  });

  it('passes over the sidebar contact lines a column layout left in the summary (华鑫证券, corpus layout_15)', () => {
    const lines = ['投资要点', '分析师：庄宇', 'S1050525120003', '2025 年公司前三季度实现营业收入 85.32 亿元，同比增长', 'zhuangyu@cfsc.com.cn', '分析师：张璐', '58.65%，实现归母净利润 7.19 亿元。'];
    expect(find(lines)?.keyPoints).toEqual(['2025 年公司前三季度实现营业收入 85.32 亿元，同比增长58.65%，实现归母净利润 7.19 亿元。']);
  });

  it('reads a summary under 投资摘要 or 报告摘要, without the masthead table run into it (中银证券, corpus flatb_13)', () => {
    const lines = ['投资摘要', '抗疫助力公司业绩增长，海外推广加速。', '', '产品兼顾高中低端市场，高端产品持续实现技术突破。', '', '年结日：12月31日', '股息率(%)0.30.40.40.50.6', '资料来源：公司公告，中银证券预测'];
    expect(find(lines)?.keyPoints).toEqual(['抗疫助力公司业绩增长，海外推广加速。', '产品兼顾高中低端市场，高端产品持续实现技术突破。']);
    expect(find(['报告摘要', '看好游戏。'])?.keyPoints).toEqual(['看好游戏。']);
  });

  it('only searches the title page (before the limit)', () => {
    expect(findKeyPoints(['标题', '投资建议', '看好游戏。'], 1, noHeading)).toBeNull();
  });
});

describe('key points inferred from labelled paragraphs (no label)', () => {
  it('reads a leading run of `label：` paragraphs, re-joining hard wraps', () => {
    const lines = ['相关研究报告', '', '《前一期》', '', '11 月行情回顾：指数下跌 3.2%。同期纳斯', '', '达克上涨。', '', '人工智能动态：1）谷歌：发布新模型；2）', '', '苹果：升级 Siri。', '', '重点公司盈利预测'];
    expect(find(lines)).toMatchObject({
      keyPoints: ['11 月行情回顾：指数下跌 3.2%。同期纳斯达克上涨。', '人工智能动态：1）谷歌：发布新模型；2）苹果：升级 Siri。'],
      start: 4,
      end: 11,
      inferred: true,
    });
  });

  it('needs at least two points and ignores contact labels', () => {
    expect(find(['行情回顾：指数下跌。', '', '正文开始了。'])).toBeNull();
    expect(find(['执业证书号：S0010521080002', '邮箱：a@b.com', '电话：010-1234。'])).toBeNull();
  });
});

describe('blockItems', () => {
  it('re-joins a bullet hard-wrapped in a narrow column instead of taking it for a title', () => {
    const lines = ['■ 业绩超预期：二季度收入 1,850 亿元，同比增', '长 12%，经调整净利润 610 亿元，高于市场预期。', '■ 游戏稳健：本土市场游戏收入同比增长 15%，', '海外市场游戏收入同比增长 9%。'];
    expect(blockItems(lines)).toEqual([
      '业绩超预期：二季度收入 1,850 亿元，同比增长 12%，经调整净利润 610 亿元，高于市场预期。',
      '游戏稳健：本土市场游戏收入同比增长 15%，海外市场游戏收入同比增长 9%。',
    ]);
  });

  it('keeps a bullet title short of the paragraph under it apart, joined with a colon', () => {
    const lines = ['● 生成式人工智能服务暂行办法发布，不得侵害他人知识产权', '', `7 月 13 日，国家网信办等七部门公布了暂行办法。${'明确了服务提供者的责任。'.repeat(4)}`];
    expect(blockItems(lines)[0]).toMatch(/^生成式人工智能服务暂行办法发布，不得侵害他人知识产权：7 月 13 日/);
  });

  it('starts a new item at each bullet even without blank lines', () => {
    expect(blockItems(['- 第一条。', '- 第二条。', '● 第三条。'])).toEqual(['第一条。', '第二条。', '第三条。']);
  });

  it('keeps the number when the item goes on to number more items inline', () => {
    expect(blockItems(['1) 积极支持技术创新。2) 积极支持转型。'])).toEqual(['1) 积极支持技术创新。2) 积极支持转型。']);
    expect(blockItems(['1、政策风险。'])).toEqual(['政策风险。']);
  });
});
