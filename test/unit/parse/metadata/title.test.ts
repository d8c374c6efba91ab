import { describe, expect, it } from 'vitest';
import { findTitle, isSeriesLine } from '~/converter/parse/metadata/title/index.ts';
import { contextOf } from '../../../helpers/metadata.ts';

const titleOf = (text: string, date: string | null = null) => {
  const { title, subtitle, warnings } = findTitle(contextOf(text), date);
  return { title, subtitle, warnings };
};

describe('findTitle: title page', () => {
  it('skips classification, rating, department, analyst and generic lines', () => {
    const text = [
      '计算机行业研究',
      '买入（维持评级）',
      '行业周报',
      '证券研究报告',
      '计算机组',
      '分析师：赵六（执业 S1130526010001）',
      'zhaoliu@gjzq.com.cn',
      '算力租赁需求持续旺盛',
      '周观点',
    ].join('\n');
    expect(titleOf(text)).toEqual({ title: '算力租赁需求持续旺盛', subtitle: null, warnings: [] });
  });

  it('takes a series line as the subtitle', () => {
    const text = '互联网行业 2026 年 6 月投资策略\n\n优于大市\n\n模型厂商商业模式逐渐闭环\n\n核心观点';
    expect(titleOf(text)).toEqual({ title: '模型厂商商业模式逐渐闭环', subtitle: '互联网行业 2026 年 6 月投资策略', warnings: [] });
  });

  it('takes a series line as the title when nothing else is', () => {
    const text = '传媒行业周报（2026年第27周）：暑期档票房创新高\n\n开源证券研究所 · 传媒行业周报\n\n行业评级：看好（维持）';
    expect(titleOf(text).title).toBe('传媒行业周报（2026年第27周）：暑期档票房创新高');
  });

  it('ignores a chart legend and a date line under the title', () => {
    const text = '生成式人工智能服务暂行办法发布\n行业评级：增持\n报告日期：2023-07-16\n行业指数与沪深300走势比较\n2023年07月16日\n相关报告';
    expect(titleOf(text)).toEqual({ title: '生成式人工智能服务暂行办法发布', subtitle: null, warnings: [] });
  });

  it('cuts the metadata column off a two-column title line', () => {
    const text = '证券研究报告·公司点评\n腾讯控股（0700.HK） 报告日期：2026年8月15日\n二季度业绩超预期 投资评级：买入（维持）\n投资要点';
    expect(titleOf(text).title).toBe('二季度业绩超预期');
  });

  it('takes the series line under a dash as the subtitle', () => {
    const text = '证券研究报告\n汽车\n行业定期报告\n2026 年 04 月 12 日\n关注 26 年起国产超节点液冷新增量\n投资评级： 看好（维持）\n——汽车行业周报（20260407-20260412）\n投资要点：';
    expect(titleOf(text)).toEqual({ title: '关注 26 年起国产超节点液冷新增量', subtitle: '汽车行业周报（20260407-20260412）', warnings: [] });
  });

  it('takes a headline under a dash for the title when the masthead prints no other (华源证券)', () => {
    const text = '证券研究报告\n建筑材料 | 玻璃玻纤\n非金融|公司点评报告\n2026 年 05 月 27 日\n中国巨石(600176.SH)\n投资评级： 买入（维持）\n——电子布量价齐升，重申“买入”评级\n投资要点：';
    expect(titleOf(text).title).toBe('电子布量价齐升，重申“买入”评级');
  });
});

describe('findTitle: lines around the title', () => {
  it('passes over the subject with the report type, market data and people', () => {
    const text = [
      '公司点评',
      '中国电信（601728）2025 年半年报点评',
      '收盘价(元)     7.62',
      '近 3 个月换手率(%) 216.19',
      '杜致远（联系人）',
      '上半年稳健增收，算力支持能力持续增强',
      '投资要点：',
    ].join('\n');
    expect(titleOf(text).title).toBe('上半年稳健增收，算力支持能力持续增强');
  });

  it('joins a title printed over two lines, past the rating box set beside it (万联证券)', () => {
    const text = ['证券研究报告|电子', '华为发布新一代算力底座，LCD TV 面板价', '强于大市(维持)', '格延续上涨', '——电子行业跟踪报告', '行业核心观点：'].join('\n');
    expect(titleOf(text)).toEqual({ title: '华为发布新一代算力底座，LCD TV 面板价格延续上涨', subtitle: '电子行业跟踪报告', warnings: [] });
  });

  it('joins a word cut at the line end (信达证券: …驱动业 / 绩高增，…)', () => {
    const text = ['证券研究报告', '芯原股份 2025 年年报点评：AI ASIC 驱动业', '公司研究', '绩高增，新签订单持续兑现收入', '公司点评报告'].join('\n');
    expect(titleOf(text).title).toBe('芯原股份 2025 年年报点评：AI ASIC 驱动业绩高增，新签订单持续兑现收入');
  });

  it('never takes an earlier report listed under 相关研究 for the title (民生证券, column layout)', () => {
    const page = [
      '拓维信息（002261.SZ）2023 年年报及 2024 年一季报点评',
      '',
      '拥抱华为布局 AI 软硬件，打开长期成长空间                                                       2024 年 04 月 27 日',
      '',
      '➢   事件概述：公司发布了 2023 年年报及 2024 年一季报。2023 年，公司实                     推荐                       维持评级',
      '现营业收入 31.54 亿元，同比增长 41.02%；归母净利润 0.45 亿元，同比增长',
      '                                                                  当前价格：                    13.74 元',
      '104.44%；扣非归母净利润 0.16 亿元，同比增长 101.45%。2024 年一季度，',
      '公司实现营业收入 8.13 亿元，同比增长 16.71%；归母净利润 605.23 万元；扣',
      '                                                                  相关研究',
      '非归母净利润 462.53 万元。',
      '                                                                  1.拓维信息（002261.SZ）公司事件点评：华',
      '➢   围绕华为，强化全产业链国产 AI 能力。1）AI 硬件领域：公司是华为昇腾',
      '                                                                  为 AI 算力的最佳受益者之一-2023/02/19',
      '整机的首批合作伙伴，基于“鲲鹏+昇腾 AI”算力底座，推出 AI 服务器、AI 集',
      '                                                                  2.算力龙头软硬件生态体系大有可为',
      '群、AI 小站、软硬一体机、高性能服务器等近 10 余款“兆瀚”智能计算产品；',
    ];
    const result = titleOf(page.join('\n'));
    expect(result.title).toBe('拥抱华为布局 AI 软硬件，打开长期成长空间');
  });

  it('titles a masthead that prints no headline by its subject and type (新股覆盖研究)', () => {
    const text = ['2025 年 11 月 16 日', '公司研究●证券研究报告', '摩尔线程（688795.SH）', '新股覆盖研究', '交易数据'].join('\n');
    expect(titleOf(text).title).toBe('摩尔线程（688795.SH） 新股覆盖研究');
  });
});

describe('findTitle: no title page', () => {
  it('titles the report from its series: its own issue label, completed from the earlier issues it lists', () => {
    const text = [
      '相关研究报告',
      '《互联网行业 2024 年 11 月投资策略-业绩期将至，互联网龙头有望持续抬升盈利底部》 ——2024-11-11',
      '11 月行情回顾：11 月恒生科技指数单月下跌 3.2%。同期，纳斯达克互联网指数录得上涨，单月涨幅为 9.2%。',
      '12 月投资策略：伴随互联网板块三季报落幕，互联网巨头的经营韧性持续得到印证。',
      ' 行情回顾：11 月恒生科技指数下跌 3.2%',
    ].join('\n');
    const result = titleOf(text, '2024-12-02');
    expect(result.title).toBe('互联网行业 2024 年 12 月投资策略');
    expect(result.warnings).toEqual(['缺少标题页，标题（title）由报告系列推断：互联网行业 2024 年 12 月投资策略']);
  });

  it('falls back to the first heading-like body line, with a warning', () => {
    const text = [
      '相关研究报告',
      '《某报告》 ——2024-11-11',
      '11 月行情回顾：11 月恒生科技指数单月下跌 3.2%。同期，纳斯达克互',
      '联网指数录得上涨，单月涨幅为 9.2%。',
      '重点公司盈利预测及投资评级',
      '代码 名称 评级',
      '0700.HK 腾讯控股 优于大市 398.0 3,688,428 24.1 26.3 15 14',
      '资料来源：Wind、国信证券经济研究所预测',
      '行情回顾：11 月恒生科技指数下跌 3.2%',
    ].join('\n');
    const result = titleOf(text);
    expect(result.title).toBe('行情回顾：11 月恒生科技指数下跌 3.2%');
    expect(result.subtitle).toBeNull();
    expect(result.warnings[0]).toMatch(/^缺少标题页/);
  });

  it('never returns an empty title', () => {
    expect(titleOf('').title).not.toBe('');
    expect(titleOf('这是一段很长的正文，没有任何标题。它一直写下去，写到行尾也没有结束，并且还在继续。').title).not.toBe('');
  });
});

describe('isSeriesLine', () => {
  it('needs a report type and a date or issue number', () => {
    expect(isSeriesLine('互联网行业 2026 年 6 月投资策略')).toBe(true);
    expect(isSeriesLine('传媒行业周报（第 27 周）')).toBe(true);
    expect(isSeriesLine('行业周报')).toBe(false);
    expect(isSeriesLine('互联网行业研究')).toBe(false);
  });
});
