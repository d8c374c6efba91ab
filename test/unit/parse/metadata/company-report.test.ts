/**
 * None of the seeds is a company report: this hand-made one exercises subject, ticker and
 * target price, and the company variants of the other rules.
 */
import { describe, expect, it } from 'vitest';
import { metadataOf } from '../../../helpers/metadata.ts';
import { findSubject, findTargetPrice } from '~/converter/parse/metadata/subject.ts';

const COMPANY_NOTE = `证券研究报告 · 公司点评

腾讯控股（0700.HK）

二季度业绩超预期，游戏与广告双轮驱动

投资评级：买入（维持评级）
报告日期：2026年8月15日
目标价：620 港元
当前股价：520 港元

分析师：张三（执业证书编号：S1010520080001）
邮箱：zhangsan@citics.com
分析师：李四
执业证书编号：S1010521090002
邮箱：lisi@citics.com

投资要点

业绩超预期：二季度收入 1,850 亿元，同比增长 12%，经调整净利润 610 亿元，高于市场预期。

相关研究
1. 《腾讯控股：一季度业绩点评》 2026-05-20

免责声明
本报告仅供中信证券股份有限公司的客户使用。
`;

describe('company report', () => {
  it('reads every field of a hand-made company note', () => {
    expect(metadataOf(COMPANY_NOTE)).toEqual({
      title: '二季度业绩超预期，游戏与广告双轮驱动',
      subtitle: null,
      broker: '中信证券',
      date: '2026-08-15',
      dateSource: 'explicit',
      period: null,
      rating: { value: '买入', action: '维持' },
      reportType: '公司点评',
      sector: null,
      analysts: [
        { name: '张三', license: 'S1010520080001', email: 'zhangsan@citics.com' },
        { name: '李四', license: 'S1010521090002', email: 'lisi@citics.com' },
      ],
      subject: { name: '腾讯控股', ticker: '0700.HK' },
      targetPrice: { value: 620, currency: '港元' },
      relatedReports: [{ title: '腾讯控股：一季度业绩点评', date: '2026-05-20' }],
      warnings: ['未找到行业（sector）'],
    });
  });

  it('leaves subject and target price null for industry reports', () => {
    const industry = COMPANY_NOTE.replace('公司点评', '行业点评');
    const result = metadataOf(industry);
    expect(result.subject).toBeNull();
    expect(result.targetPrice).toBeNull();
  });

  it('warns when a company report names no company or target price', () => {
    const warnings = metadataOf('证券研究报告·公司深度\n某公司深度报告标题\n核心观点').warnings;
    expect(warnings).toContain('未找到公司名称与代码（subject）');
    expect(warnings).toContain('未找到目标价（targetPrice）');
  });
});

describe('findSubject and findTargetPrice', () => {
  it.each([
    ['腾讯控股（0700.HK）：游戏回暖', { name: '腾讯控股', ticker: '0700.HK' }],
    ['贵州茅台(600519.SH)', { name: '贵州茅台', ticker: '600519.SH' }],
    ['公司点评 | 拼多多（PDD.O）', { name: '拼多多', ticker: 'PDD.O' }],
  ])('reads the company in %s', (line, subject) => {
    expect(findSubject([line])).toEqual(subject);
  });

  it('reads labelled company lines', () => {
    expect(findSubject(['公司名称：宁德时代', '股票代码：300750.SZ'])).toEqual({ name: '宁德时代', ticker: '300750.SZ' });
    expect(findSubject(['公司简称：某公司'])).toEqual({ name: '某公司', ticker: null });
  });

  it.each([
    ['目标价：520 港元', { value: 520, currency: '港元' }],
    ['目标价格 45.6 元', { value: 45.6, currency: '元' }],
    ['目标价(港元)：620', { value: 620, currency: '港元' }],
    ['目标价为 30 美元', { value: 30, currency: '美元' }],
    ['目标价：88', { value: 88, currency: null }],
  ])('reads the target price in %s', (line, price) => {
    expect(findTargetPrice([line])).toEqual(price);
  });

  it('finds nothing where nothing is printed', () => {
    expect(findSubject(['行业周报'])).toBeNull();
    expect(findTargetPrice(['目标价：—'])).toBeNull();
  });
});
