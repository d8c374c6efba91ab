/**
 * The subject company and its ticker, the company-report decision, and the target price, with
 * cases cut from corpus reports (file named in each).
 */
import { describe, expect, it } from 'vitest';
import { findCompanyFields, isSubjectLine } from '~/converter/parse/metadata/subject/index.ts';
import { normalizeTicker } from '~/converter/parse/metadata/subject/ticker.ts';
import { contextOf } from '../../../../helpers/metadata.ts';

const company = (text: string, type: string | null = null) => findCompanyFields(contextOf(text), type);
const subjectOf = (text: string, type: string | null = null) => company(text, type).subject;
const targetOf = (text: string, type: string | null = '公司点评') => company(text, type).targetPrice;

describe('normalizeTicker', () => {
  it.each([
    ['300896', '300896.SZ'],
    ['600089.SH', '600089.SH'],
    ['688506 CH', '688506.SH'],
    ['002920 CH', '002920.SZ'],
    ['430335.OC', '430335.OC'],
    ['832278', '832278'],
    ['0460', '0460.HK'],
    ['00700.HK', '0700.HK'],
    ['sy.us', 'SY.US'],
    ['300896. SZ', '300896.SZ'],
  ])('%s → %s', (printed, stored) => {
    expect(normalizeTicker(printed)).toBe(stored);
  });
});

describe('the subject of a company report', () => {
  it.each([
    ['敬请参阅最后一页特别声明-1-证券研究报告2020年9月29日爱美客（300896.SZ）化妆品本土医美注射类透明质酸龙头', '爱美客', '300896.SZ'], // flat_11
    ['电子-光学光电子 京东方 A（000725.SZ）\n—全球半导体显示龙头', '京东方A', '000725.SZ'], // layoutb_10
    ['EQUITY RESEARCH\n德賽西威 (002920 CH)\n5 January 2026\n買入 （首次）', '德賽西威', '002920.SZ'], // layoutb_18
    ['[table_main]公司深度报告模板新氧(SY.US)：后疫情时代催生医美需求，垂直平台顺势而上新氧(SY.O)推荐(首次评级)', '新氧', 'SY.US'], // flat_16
    ['医美与制药双轮驱动，肉毒素市场空间广阔——四环医药（0460）公司动态点评', '四环医药', '0460.HK'], // flat_10
    ['风险评级：中高风险大消费新三板系列研究第10期-华韩整形（430335.OC）2021年3月30日', '华韩整形', '430335.OC'], // flat_15
    ['证券研究报告\n中矿资源｜002738｜小金属 2026 年 05 月 07 日', '中矿资源', '002738.SZ'], // layoutb_11
    ['证券研究报告/公司研究\n2026 年 4 月 30 日\n甘李药业 603087.SH\n投资评级 买入', '甘李药业', '603087.SH'], // layoutb_12
    ['电子 | 证券研究报告 — 业绩评论\n688008.SH\n澜起科技\n买入\n原评级：买入', '澜起科技', '688008.SH'], // layout_09
    ['证券研究报告•公司研究报告 当前价:15.30 元\n依 米 康（300249）计 算机 目标价:——元(6 个月)', '依米康', '300249.SZ'], // layout_08
    ['China Research Dept.\n2026 年 4 月 17 日\n何利超 中际旭创（300308.SZ） Buy 买进', '中际旭创', '300308.SZ'], // layoutb_08
  ])('%s', (text, name, ticker) => {
    expect(subjectOf(text)).toEqual({ name, ticker });
  });

  it('names a ticker printed without a name from a table row that prints both (flatb_13)', () => {
    const text = '医药生物|证券研究报告—深度报告2020年11月23日[Table_Stock]300760.SZ增持原评级:增持市场价格:人民币349.2\n' + '表71.主要医疗器械公司2022年市盈率公司2022E市盈率300760.SZ迈瑞医疗47.87';
    expect(subjectOf(text)).toEqual({ name: '迈瑞医疗', ticker: '300760.SZ' });
  });

  it('reads a labelled company printed in the body when the title names it (flatb_16)', () => {
    const text = ['Table_Title2020年06月23日鹿得医疗——家用医疗器械收入达3亿元，出口在同行业排名居于前列Table_BaseInfo新三板策略报告', '正文'.repeat(800), '公司于2015年4月20日挂牌新三板，股票简称：鹿得医疗，股票代码：832278，公司于2016年6月进入新三板创新层', '832278.OC鹿得医疗2.412.59', '832278.OC鹿得医疗23%'].join('\n');
    expect(subjectOf(text)).toEqual({ name: '鹿得医疗', ticker: '832278' });
  });

  it('cuts the words glued before the name (flat_14, flat_13)', () => {
    const text = '[Table_StockInfo]2021年05月06日证券研究报告•公司研究报告买入（首次）当前价：20.28元奥园美谷（000615）房地产目标价：35.64元（6个月）\n奥园美谷 奥园美谷 奥园美谷';
    expect(subjectOf(text)?.name).toBe('奥园美谷');
    expect(subjectOf('[Table_Report]相关报告1华东医药(000963)-公司点评：Q3符合预期')?.name).toBe('华东医药');
  });
});

describe('what is not the subject', () => {
  it('takes no stock recommended in an industry report (flat_06, flatb_02)', () => {
    const picks = '我们给予行业“领先大市-B”的评级，主要推荐标的为长电科技（600584.SH）、通富微电（002156.SZ），建议关注华天科技（002185.SZ）、晶方科技（603005.SH）。';
    expect(company(picks, '行业深度').subject).toBeNull();
    expect(company('受益消费升级，优先推荐片仔癀(600436)和云南白药(000538)。').isCompanyReport).toBe(false);
  });

  it('takes no phone number or year in brackets for a ticker (flatb_13)', () => {
    expect(subjectOf('证券分析师：邓周宇(86755)82560525zhouyu.deng@bocichina.com')).toBeNull();
    expect(subjectOf('《政府工作报告（2021）》发布', '公司点评')).toBeNull();
  });

  it('decides a company report from a ticker in the masthead, whatever the type says (layout_02)', () => {
    const text = '证券研究报告 | 2025年07月23日\n特变电工（600089.SH）\n优于大市\n国家能源局发文开展煤矿产能核查，煤炭行业或迎来盈利修复\n公司研究·公司快评';
    expect(company(text, null)).toMatchObject({ isCompanyReport: true, subject: { name: '特变电工', ticker: '600089.SH' } });
  });
});

describe('the target price', () => {
  it.each([
    ['买入（首次）当前价/目标价：340.10/395.20元', 395.2, '元'], // flat_11
    ['公司点评报告买入/首次爱美客(300896)目标价：612.6昨收盘：415.0', 612.6, null], // flat_12
    ['房地产目标价：35.64元（6个月）', 35.64, '元'], // flat_14
    ['中际旭创（300308.SZ）\n目标价(元)                                1000\n公司基本资讯', 1000, '元'], // layoutb_08
    ['買入 （首次）\n現價 CNY 120.3\n億                目標價 CNY 147 (+22.19%)', 147, 'CNY'], // layoutb_18
    ['6 个月目标价：45.6 港元', 45.6, '港元'],
    ['目标价(港元)：620', 620, '港元'],
  ])('%s', (text, value, currency) => {
    expect(targetOf(text)).toEqual({ value, currency });
  });

  it.each([
    ['证券研究报告•公司研究报告 当前价:15.30 元\n依 米 康（300249）目标价：——元（6 个月）'], // layout_08
    ['[Table_Invest]评级：增持上次评级：目标价格：最新收盘价：416.00'], // flat_17
    ['核心观点：合理估值区间12.89-15.21美元'], // flat_16
    ['当前价格：13.74 元'], // layoutb_17
    ['昨收盘:447.56'], // layoutb_06
    ['历史推荐和目标定价 2021-03-11 买入 目标价 N/A'], // flatb_08
  ])('reads none in %s', (text) => {
    expect(targetOf(text)).toBeNull();
  });

  it('is not looked for in a report that is not a company report', () => {
    expect(company('行业周报\n目标价：30 元', '行业周报').targetPrice).toBeNull();
  });
});

describe('isSubjectLine', () => {
  it('is true for a line that is only a company and its ticker', () => {
    expect(isSubjectLine('腾讯控股（0700.HK）')).toBe(true);
    expect(isSubjectLine('腾讯控股（0700.HK）：游戏回暖')).toBe(false);
  });
});
