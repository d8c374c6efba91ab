/**
 * The publication date of a whole report text: printed (by label or by position) or inferred.
 * Each text is a short cut from a corpus report in its own layout.
 */
import { describe, expect, it } from 'vitest';
import { publicationDateCandidates } from '~/converter/parse/metadata/dates/publication.ts';
import { contextOf, metadataOf } from '../../../../helpers/metadata.ts';

const dateOf = (text: string) => {
  const { date, dateSource } = metadataOf(text);
  return { date, dateSource };
};
const explicit = (date: string) => ({ date, dateSource: 'explicit' });

describe('printed publication date', () => {
  it('reads a label in a flattened first page (flat_07)', () => {
    const text = 'http://www.cgws.com请参考最后一页评级说明及重要声明投资评级：强于大市（维持）报告日期：2021年05月09日分析师：邹兰兰S1070518060001';
    expect(dateOf(text)).toEqual(explicit('2021-05-09'));
  });

  it('takes the labelled date over a data date printed before it (layoutb_09)', () => {
    const text = ['——东山精密(002384)年报点评', '', '证券研究报告-年报点评 买入(首次)', '市场数据(2026-04-24) 发布日期：2026 年 04 月 27 日', '收盘价(元) 187.90'].join('\n');
    expect(dateOf(text)).toEqual(explicit('2026-04-27'));
  });

  it('skips a price date and the related reports before the masthead date (flat_05)', () => {
    const text =
      '功率半导体行业深度研究报告推荐（维持）供需错配驱动行业进入涨价周期资料来源：Wind，华创证券预测注：股价为2020年11月30日收盘价证券分析师：耿琛' +
      '《半导体行业重大事项点评：硅片国产化大势已来》2019-04-28-8%32%72%112%2019-12-02~2020-11-30沪深300半导体' +
      '行业基本数据华创证券研究所行业研究半导体2020年12月02日功率半导体行业深度研究报告';
    expect(dateOf(text)).toEqual(explicit('2020-12-02'));
  });

  it('reads the masthead date of a column layout, not the event date in the body (layoutb_05)', () => {
    const text = ['主要观点：', '报告日期：              2025-10-30', '收盘价(元) 92.99 2025 年 10 月 28 日，北京君正公告 2025 年第三季度报告'].join('\n');
    expect(dateOf(text)).toEqual(explicit('2025-10-30'));
  });

  it('reads a lone masthead date and not the related reports listed after it (md_03)', () => {
    const text = ['inInfo][Table_Title]2021.10.12', '', '# 跨市场配置中的换手率预算最优化', '', '## 相关报告', '', '——精品文献解读系列（二十二）', '', '2021.09.08'].join('\n');
    expect(dateOf(text)).toEqual(explicit('2021-10-12'));
  });

  it('reads a date printed in English (layoutb_18)', () => {
    const text = ['EQUITY RESEARCH', '', '德賽西威 (002920 CH)', '智能化業務快速發展，國際化佈局進程加速                       5 January 2026'].join('\n');
    expect(dateOf(text)).toEqual(explicit('2026-01-05'));
  });

  it('reads a compact date after a label', () => {
    expect(dateOf('证券研究报告\n日期： 20250324\n正文')).toEqual(explicit('2025-03-24'));
  });

  it('gives every candidate with its score and evidence, best first', () => {
    const candidates = publicationDateCandidates(contextOf('证券研究报告 | 2025年07月23日\n\n特变电工（600089.SH） 优于大市\n发布日期：2025-07-24'));
    expect(candidates.map((c) => c.value)).toEqual(['2025-07-24', '2025-07-23']);
    expect(candidates[0]?.evidence).toContain('发布日期：2025-07-24');
    expect(candidates[0]!.score).toBeGreaterThan(candidates[1]!.score);
  });

  it('takes no timestamp of a quoted post for a publication date (seed 003)', () => {
    expect(dateOf('计算机行业研究\n\n如何看 META 做云\n\n上午 9:01 · 2026年7月3日 · 120万 浏览量').date).toBeNull();
  });
});

describe('inferred publication date', () => {
  it('infers from the end of a labelled back-test span, with a warning (md_05)', () => {
    const text = ['【专题报告】', '', '# AI+HI 系列（2）', '', '## 相关研究报告', '', '《ChatGLM 助力量化选股》', '', '2023-06-14', '', '回测区间：2018 年 1 月 1 日 ~ 2024 年 2 月 8 日；'].join('\n');
    const result = metadataOf(text);
    expect(result).toMatchObject({ date: '2024-02-08', dateSource: 'inferred' });
    expect(result.warnings).toContain('发布日期（date）由数据区间推断（2024-02-08）');
  });

  it('infers from a data date on the first page when that is all it prints', () => {
    const result = metadataOf('公司点评\n\n基础数据：2026 年 03 月 31 日\n\n正文');
    expect(result).toMatchObject({ date: '2026-03-31', dateSource: 'inferred' });
    expect(result.warnings).toContain('发布日期（date）由首页数据日期推断（2026-03-31）');
  });
});
