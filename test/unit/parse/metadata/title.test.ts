import { describe, expect, it } from 'vitest';
import { findTitle, isSeriesLine } from '~/converter/parse/metadata/title.ts';

const titleOf = (text: string) => findTitle(text.split('\n'));

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

  it('takes a headline line right under the title as the subtitle', () => {
    expect(titleOf('主标题在这里\n副标题在这里\n核心观点').subtitle).toBe('副标题在这里');
  });
});

describe('findTitle: no title page', () => {
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
