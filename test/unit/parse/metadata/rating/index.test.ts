/**
 * The report's own rating and its action, in every label form and layout. The cases are cut
 * from corpus reports (file named in each) or from the seeds.
 */
import { describe, expect, it } from 'vitest';
import { findRating, isRatingLine } from '~/converter/parse/metadata/rating/index.ts';
import { contextOf } from '../../../../helpers/metadata.ts';

const rate = (...lines: string[]) => findRating(contextOf(lines.join('\n'))).rating;

describe('findRating: forms', () => {
  it.each([
    // labelled
    [['投资评级：强于大市（维持）报告日期：2021年05月09日'], '强于大市', '维持'], // flat_07
    [['2021年02月28日行业研究评级:推荐（维持）研究所证券分析师：吴吉森'], '推荐', '维持'], // flat_04
    [['所属行业।信息科技/电子行业评级।增持评级报告时间।2020/9/6'], '增持', null], // flat_08
    [['[table_invest]行业评级医药生物看好[Table_relate]'], '看好', null], // flatb_05
    [['[Table_IndustryRank]强于大市(维持)'], '强于大市', '维持'], // flat_18
    [['＃industryId＃电子＃investSuggestion＃推荐(＃investSuggestionChange＃维持）重点公司'], '推荐', '维持'], // flat_02
    [['投资评级领先大市-B维持首选股票评级600584长电科技买入-B'], '领先大市-B', '维持'], // flat_06
    [['投资评级领先大市-A维持评级Table_FirstStock首选股票目标价评级'], '领先大市-A', '维持'], // flatb_09
    [['[Table_InvestInfo]投资评级优于大市维持市场表现'], '优于大市', '维持'], // flatb_06
    [['投资评级', '买入', '评级变动', '维持'], '买入', '维持'], // layoutb_12
    [['投资評級：買入（維持）'], '買入', '维持'],
    // a value with its action
    [['中美科技摩擦。增持（维持）行业走势作者分析师郑震湘'], '增持', '维持'], // flat_01
    [['公司点评报告买入/首次爱美客(300896)目标价：612.6'], '买入', '首次'], // flat_12
    [['买入 |维持'], '买入', '维持'], // layout_04
    [['买入 / 维持'], '买入', '维持'], // layoutb_06
    [['推荐/首次'], '推荐', '首次'], // layout_13
    [['推荐', '维持评级'], '推荐', '维持'], // layoutb_04, once the column gap is a line break
    [['[Table_Invest]推荐维持评级[Table_QuotePic]'], '推荐', '维持'], // flatb_11
    [['持有 （ 首次）'], '持有', '首次'], // layout_08
    [['评级：买入(首次覆盖)'], '买入', '首次'], // layoutb_14
    [['增持', '[Table_MainInfo] ——首次 方正科技(600601) 证券研究报告/公司研究/动态点评'], '增持', '首次'], // layoutb_13
    [['# 人工智能', '', '## 维持', '', '强于大市'], '强于大市', '维持'], // md_01
    [['買入 （首次）'], '買入', '首次'], // layoutb_18
    // lone values and phrases
    [['中际旭创（300308.SZ）', 'Buy 买进', '维持“买进”建议'], '买进', '维持'], // layoutb_08
    [['688008.SH', '澜起科技', '买入', '原评级：买入', '板块评级:强于大市', '长，维持买入评级。'], '买入', '维持'], // layout_09
    [['倍，维持', '“买入”评级。'], '买入', '维持'], // layoutb_03 (no masthead)
    [['投资评级              买入', '上次评级              买入', '维持对公司的“买入”评级'], '买入', '维持'], // layoutb_07
    [['[Table_Invest]评级：增持上次评级：目标价格：最新收盘价：416.00', '首次覆盖，给予“增持”评级'], '增持', '首次'], // flat_17
  ])('%j', (lines, value, action) => {
    expect(rate(...lines)).toEqual({ value, action });
  });
});

describe('findRating: only the report’s own rating', () => {
  it('does not take 上次评级 or 前次 for an action (flat_09, flatb_18)', () => {
    expect(rate('[Table_StockAndRank]电子投资评级看好上次评级看好[Table_Author]')).toEqual({ value: '看好', action: null });
    expect(rate('[Table_InvestRank]评级：增持前次：增持')).toEqual({ value: '增持', action: null });
  });

  it('takes the company rating, not the sector’s 板块评级 (flatb_13)', () => {
    const text = '[Table_Stock]300760.SZ增持原评级:增持市场价格:人民币349.2板块评级:强于大市 对应P/E市盈率为69.12，维持增持评级';
    expect(rate(text)).toEqual({ value: '增持', action: '维持' });
  });

  it('takes no risk grade and no 未评级 for a rating (flat_15, flatb_07)', () => {
    expect(rate('大消费行业国内连锁整形医美服务提供商风险评级：中高风险')).toBeNull();
    expect(rate('证券研究报告-首次覆盖报告未评级（首次）市场数据(2020-03-30)')).toBeNull();
  });

  it('takes no company rating from a table of other stocks (flat_02, seed 001)', () => {
    expect(rate('重点公司重点公司EPS评级20E/A21E领益智造1.281.76审慎增持汇顶科技3.174.11买入')).toBeNull();
    expect(rate('0700.HK 腾讯控股 优于大市 398.0 3,688,428')).toBeNull();
    expect(rate('公司代码\t公司名称\t投资评级\t昨收盘')).toBeNull();
  });

  it('takes nothing from the rating legend (back matter)', () => {
    expect(rate('投资评级说明', '买入：预期未来 6 个月内，股价涨幅超越同期基准指数 15%以上')).toBeNull();
    expect(rate('买入：预期未来 3—6 个月内该行业上涨幅度超过大盘在 15%以上；')).toBeNull();
  });

  it('reads a rating next to a footer that mentions the legend (flat_07)', () => {
    expect(rate('请参考最后一页评级说明及重要声明投资评级：强于大市（维持）')).toEqual({ value: '强于大市', action: '维持' });
  });

  it('prefers a labelled rating to a stray standalone line', () => {
    expect(rate('中性', '行业评级：增持')).toEqual({ value: '增持', action: null });
  });

  it('takes the action from a later mention of the same value (seed 001)', () => {
    expect(rate('优于大市', '模型厂商商业模式逐渐闭环', '优于大市 · 维持')).toEqual({ value: '优于大市', action: '维持' });
  });

  it('keeps every candidate with its evidence', () => {
    const { candidates } = findRating(contextOf('投资评级：买入（维持）\n正文维持“买入”评级'));
    expect(candidates.map((c) => [c.value.kind, c.evidence])).toEqual([
      ['labelled', '投资评级：买入（维持）'],
      ['actioned', '买入（维持）'],
      ['phrase', '维持“买入”评级'],
    ]);
  });

  it('warns when there is no rating', () => {
    expect(findRating(contextOf('正文')).warnings).toEqual(['未找到投资评级（rating）']);
  });
});

describe('isRatingLine', () => {
  it.each(['买入（维持评级）', '优于大市 · 维持', 'Buy 买进', '推荐'])('%s is a rating line', (line) => {
    expect(isRatingLine(line)).toBe(true);
  });

  it('is false for a line that says more', () => {
    expect(isRatingLine('买入评级的理由')).toBe(false);
  });
});
