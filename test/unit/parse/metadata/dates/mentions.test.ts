/** What a date's neighbours make of it; every case is cut from a corpus report. */
import { describe, expect, it } from 'vitest';
import { dateMentions } from '~/converter/parse/metadata/dates/mentions.ts';

const roles = (text: string) => dateMentions(text).map((m) => `${m.iso} ${m.role}`);

describe('dateMentions', () => {
  it.each([
    // labelled, in every separator style
    ['报告日期：2021年05月09日分析师：邹兰兰', '2021-05-09 labelled'],
    ['所属行业।信息科技/电子行业评级।增持评级报告时间।2020/9/6分析师孙灿', '2020-09-06 labelled'],
    ['发布时间：2025-08-27', '2025-08-27 labelled'],
    ['手机需求放缓[Table_ReportDate]2021年5月9日本期内容提要', '2021-05-09 labelled'],
    ['物联网时代悄然开启＃createTime1＃2021年03月28日请务必阅读', '2021-03-28 labelled'],
    ['日期：2020 年 02 月 24 日', '2020-02-24 labelled'],
    // plain: where the masthead prints it
    ['证券研究报告 | 2025年07月23日', '2025-07-23 plain'],
    ['请仔细阅读本报告末页声明证券研究报告|行业周报2021年03月28日电子元器件供需缺口凸显', '2021-03-28 plain'],
    ['药品集采常态化制度化开展意见发布——行业重大事件点评报告2021年2月18日日前，2021年1月血制品', '2021-02-18 plain'],
    // data dates
    ['注：股价为2020年11月30日收盘价证券分析师', '2020-11-30 data'],
    ['资料来源：Wind，光大证券研究所预测，股价日期为2020年9月28日买入（首次）', '2020-09-28 data'],
    ['股价(2025-09-02) 42.41 元', '2025-09-02 data'],
    ['市场数据(2026-04-24) 发布日期：2026 年 04 月 27 日', '2026-04-24 data'],
    ['基础数据(2025-12-31) 环比-125.37%', '2025-12-31 data'],
    ['基本数据                             2025-09-26', '2025-09-26 data'],
    ['市场数据 时间 2026.05.06', '2026-05-06 data'],
    ['注：数据更新日期截止 2026 年 05 月 06 日', '2026-05-06 data'],
    ['以 2025 年 4 月 23 日收市价为标准', '2025-04-23 data'],
    // related reports, spans, axes
    ['《电子行业周报：电子板块震荡、分化格局何时休》——2021-02-21《电子行业周报', '2021-02-21 related'],
    ['《ChatGLM 助力量化选股》\n\n2023-06-14', '2023-06-14 related'],
    ['2019-12-02~2020-11-30沪深300', '2019-12-02 series'],
    ['42.10%67.48%92.85%118.22%2019/7/26星期五', '2019-07-26 data'],
    // event dates in prose and timestamps
    ['收盘价(元) 92.99 2025 年 10 月 28 日,北京君正公告 2025 年第三季度报告', '2025-10-28 prose'],
    ['公司于 2025 年 3 月 31 日收盘后发布《2024 年年度报告》', '2025-03-31 data'],
    ['投资评级: 增持 (维持)\n 2026 年 4 月 30 日,中矿资源发布公司第一季度公司', '2026-04-30 prose'],
    ['上午 9:01 · 2026年7月3日 · 120万 浏览量', '2026-07-03 prose'],
    ['（叶涛、汪鑫，2012-9-10)》分析了指数期货合约', '2012-09-10 prose'],
  ])('%s', (text, first) => {
    expect(roles(text)[0]).toBe(first);
  });

  it('reads both dates of a span as a series, not as publication dates', () => {
    expect(roles('回测区间：2018 年 1 月 1 日 ~ 2024 年 2 月 8 日；')).toEqual(['2018-01-01 series', '2024-02-08 series']);
  });

  it('tells a date alone on its line from one inside a line', () => {
    const [lone, inline] = dateMentions('证券研究报告\n2026 年 06 月 10 日\n公司于 2026 年 6 月 9 日召开');
    expect(lone?.lone).toBe(true);
    expect(inline?.lone).toBe(false);
  });
});
