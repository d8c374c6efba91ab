/**
 * Company notes mark their sections with bullets (▌ ⚫ ◼ ➢, or a lost glyph's letter): excerpts
 * cut from real notes of the development corpus, after the column reader has put them in order.
 */
import { describe, expect, it } from 'vitest';
import { bulletHeadingTitle } from '~/converter/parse/structure/headings.ts';
import { parseStructure } from '~/converter/parse/structure/index.ts';

describe('bulletHeadingTitle', () => {
  it('takes a short bulleted title', () => {
    expect(bulletHeadingTitle('▌运营商业务稳步发展，政企业务板块表现亮眼')).toBe('运营商业务稳步发展，政企业务板块表现亮眼');
    expect(bulletHeadingTitle('⚫    盈利预测和投资建议')).toBe('盈利预测和投资建议');
    expect(bulletHeadingTitle('•   投资建议：')).toBe('投资建议');
  });

  it('leaves bulleted points alone: sentences, lead-ins with their text, Markdown list items', () => {
    expect(bulletHeadingTitle('■ 业绩超预期：二季度收入 1,850 亿元，同比增')).toBeNull();
    expect(bulletHeadingTitle('➢   事件：公司发布 2025 年半年报，2025H1 实现收入 24.67 亿元，同比增加')).toBeNull();
    expect(bulletHeadingTitle('◆国内收入同比增近 40%，集采优势持续释放。2025 年，公司凭借胰')).toBeNull();
    expect(bulletHeadingTitle('- 风险提示')).toBeNull();
  });
});

/** The body of a 华鑫证券 company note (layout_03), its summary on the first page. */
const NOTE = [
  '事件',
  '•   中兴通讯发布 2025 年半年度报告：2025 年上半年实现营业收入 715.53 亿元，同比增长 14.51%。',
  '',
  '投资要点',
  '▌25H1 业绩表现符合预期，积极拓展智算数据中心',
  '项目',
  '2025 年第二季度，公司实现营业收入 385.85 亿元，同比增长 20.92%，环比增长 17.04%；实现归母净利润',
  '26.04 亿元，同比减少 12.94%。',
  '',
  '▌运营商业务稳步发展，政企业务板块表现亮眼',
  '运营商网络板块，2025 年上半年，公司运营商网络营业收入 350.64 亿元，同比减少 5.99%，主要由于无线接',
  '入产品收入下降、服务器及存储收入增长综合影响。',
  '',
  '▌盈利预测',
  '预测公司 2025-2027 年收入分别为 1379.17、1705.40 亿元，EPS 分别为 1.79、1.91、2.14 元。',
  '',
  '▌风险提示',
  '运营商资本开支不及预期；海外业务拓展不及预期。',
];

describe('parseStructure: bulleted company notes', () => {
  const result = parseStructure(NOTE, { firstPageEnd: 18 });

  it('makes 事件 and each bulleted title a section, a wrapped title joined, the risks set apart', () => {
    expect(result.sections.map((s) => s.title)).toEqual([
      '事件',
      '25H1 业绩表现符合预期，积极拓展智算数据中心项目',
      '运营商业务稳步发展，政企业务板块表现亮眼',
      '盈利预测',
    ]);
    expect(result.risks).toEqual(['运营商资本开支不及预期', '海外业务拓展不及预期']);
  });

  it('reads the summary under 投资要点 through its bulleted titles', () => {
    expect(result.keyPoints).toHaveLength(2);
    expect(result.keyPoints[0]).toMatch(/^25H1 业绩表现符合预期，积极拓展智算数据中心项目：2025 年第二季度/);
    expect(result.keyPoints[1]).toMatch(/^运营商业务稳步发展，政企业务板块表现亮眼：运营商网络板块/);
  });
});
