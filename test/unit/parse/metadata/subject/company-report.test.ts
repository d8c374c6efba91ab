/**
 * None of the seeds is a company report: this hand-made one exercises subject, ticker and
 * target price, and the company variants of the other rules.
 */
import { describe, expect, it } from 'vitest';
import { metadataOf } from '../../../../helpers/metadata.ts';

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

  it('leaves subject and target price null for an industry report that recommends stocks (flat_04)', () => {
    const industry = [
      '证券研究报告请务必阅读正文后免责条款部分2021年02月28日行业研究评级:推荐（维持）',
      '行业需求风起云涌，功率半导体国产替代正当时——功率半导体行业深度报告',
      '投资要点：功率半导体是电子装置核心器件，应用广泛且分散。目标价：不适用。',
      '推荐标的：斯达半导（603290.SH）：国内IGBT龙头；捷捷微电（300623.SZ）：晶闸管龙头；新洁能（605111.SH）：MOSFET龙头；华润微（688396.SH）：IDM龙头。',
    ].join('\n');
    const result = metadataOf(industry);
    expect(result.subject).toBeNull();
    expect(result.targetPrice).toBeNull();
    expect(result.warnings).not.toContain('未找到公司名称与代码（subject）');
  });

  it('warns when a report typed as a company report names no company or target price', () => {
    const warnings = metadataOf('证券研究报告·公司深度\n某公司深度报告标题\n核心观点').warnings;
    expect(warnings).toContain('未找到公司名称与代码（subject）');
    expect(warnings).toContain('未找到目标价（targetPrice）');
  });
});
