import { describe, expect, it } from 'vitest';
import { classify } from '~/converter/parse/metadata/classification.ts';

const typeAndSector = (lines: string[], headlines: string[] = []) => {
  const { reportType, sector } = classify(lines, headlines, null);
  return { reportType, sector };
};

describe('classify', () => {
  it('reads 互联网行业研究 and 行业周报 lines', () => {
    expect(typeAndSector(['互联网行业研究', '买入（维持评级）', '行业周报'])).toEqual({ reportType: '行业周报', sector: '互联网' });
  });

  it('reads 行业研究 · 行业投资策略 and the sector line under it', () => {
    expect(typeAndSector(['行业研究 · 行业投资策略', '', '互联网', '优于大市 · 维持'])).toEqual({
      reportType: '行业投资策略',
      sector: '互联网',
    });
  });

  it('does not take a sector word far from a classification line', () => {
    expect(typeAndSector(['行业周报', '一', '二', '三', '传媒']).sector).toBeNull();
  });

  it('reads a sector and type in one part (传媒行业周报) next to a publisher', () => {
    expect(typeAndSector(['开源证券研究所 · 传媒行业周报'])).toEqual({ reportType: '行业周报', sector: '传媒' });
  });

  it('reads company types', () => {
    expect(typeAndSector(['证券研究报告·公司点评'])).toEqual({ reportType: '公司点评', sector: null });
    expect(typeAndSector(['公司研究', '深度'])).toEqual({ reportType: '公司深度', sector: null });
  });

  it('falls back to the headlines', () => {
    expect(typeAndSector([], ['互联网行业 2026 年 6 月投资策略'])).toEqual({ reportType: '行业投资策略', sector: '互联网' });
    expect(typeAndSector(['行业研究'], ['AI 应用周报：智能体加速'])).toEqual({ reportType: '行业周报', sector: null });
  });

  it('infers 行业周报 from a period of at most a week, with a warning', () => {
    const result = classify(['行业评级：增持'], ['某标题'], { start: '2023-07-10', end: '2023-07-14' });
    expect(result.reportType).toBe('行业周报');
    expect(result.warnings[0]).toMatch(/报告类型（reportType）由报告期推断/);
    expect(classify(['行业评级：增持'], [], { start: '2023-06-01', end: '2023-06-30' }).reportType).toBeNull();
  });

  it('warns about what it could not find', () => {
    expect(classify([], [], null).warnings).toEqual(['未找到报告类型（reportType）', '未找到行业（sector）']);
  });
});
