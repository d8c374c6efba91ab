/** Layout detection on the shapes each extractor gives (excerpts of real reports). */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '~/converter/parse/layout/detect.ts';

const prose = '公司发布 2025 年半年报，上半年实现营业收入 25.65 亿元，同比增长 19.43%；实现归母净利润 1.96 亿元。';

describe('detectLayout', () => {
  it('knows a report flattened onto one line', () => {
    expect(detectLayout(`证券研究报告|行业周报2021年03月28日${prose.repeat(20)}`)).toBe('flattened');
  });

  it('knows MinerU Markdown by its headings and HTML tables, even with a long table line', () => {
    const md = ['证券研究报告·行业动态', '', '# Databricks 公司开源 DBRX 模型', '', '## 核心观点', '', prose, '', `<table><tr><td>${'x'.repeat(6000)}</td></tr></table>`];
    expect(detectLayout(md.join('\n'))).toBe('markdown');
  });

  it('knows pdftotext -layout by its column padding', () => {
    const lines = Array.from({ length: 10 }, () => `收盘价（元）                            92.99    ${prose.slice(0, 30)}`);
    expect(detectLayout(lines.join('\n'))).toBe('columns');
  });

  it('takes tab- and pipe-separated tables for the plain extractors', () => {
    const lines = [prose, '公司\t代码\t评级', '| 腾讯控股 | 0700.HK | 买入 |', prose, prose];
    expect(detectLayout(lines.join('\n'))).toBe('plain');
  });
});
