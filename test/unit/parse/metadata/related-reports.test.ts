import { describe, expect, it } from 'vitest';
import { findRelatedReports } from '~/converter/parse/metadata/related-reports.ts';

const relatedOf = (text: string) => findRelatedReports(text.split('\n'));

describe('findRelatedReports', () => {
  it('reads hard-wrapped titles with a blank line in between, and nested 《》', () => {
    const text = [
      '相关研究报告',
      '',
      '《互联网行业 2024 年 11 月投资策略-业绩期将至，互联网龙头',
      '',
      '有望持续抬升盈利底部》 ——2024-11-11',
      '',
      '《人工智能周报-OpenAI 发布 ChatGPT 新版本，',
      '',
      '中国政府明确《人工智能伦理规范》》 ——2024-09-23',
      '',
      '11 月行情回顾：正文开始。',
    ].join('\n');
    expect(relatedOf(text)).toEqual([
      { title: '互联网行业 2024 年 11 月投资策略-业绩期将至，互联网龙头有望持续抬升盈利底部', date: '2024-11-11' },
      { title: '人工智能周报-OpenAI 发布 ChatGPT 新版本，中国政府明确《人工智能伦理规范》', date: '2024-09-23' },
    ]);
  });

  it('reads dash-listed entries with ——date', () => {
    const text = '相关研究报告\n- 《人工智能周报(26年第20周)-腾讯Hy3 preview 上线》——2026-05-19\n- 《DeepSeek V4 发布点评》——2026-04-26\n\n内容目录';
    expect(relatedOf(text)).toEqual([
      { title: '人工智能周报(26年第20周)-腾讯Hy3 preview 上线', date: '2026-05-19' },
      { title: 'DeepSeek V4 发布点评', date: '2026-04-26' },
    ]);
  });

  it('reads entries without 《》 and a trailing date', () => {
    const text = '相关报告\n\n- 行业点评：电影大盘稳步复苏，暑期档行情持续演绎 2023-07-11\n- 公司点评：腾讯：23Q1 游戏出海持续增长 2023-06-11\n\n主要观点：';
    expect(relatedOf(text)).toEqual([
      { title: '行业点评：电影大盘稳步复苏，暑期档行情持续演绎', date: '2023-07-11' },
      { title: '公司点评：腾讯：23Q1 游戏出海持续增长', date: '2023-06-11' },
    ]);
  });

  it('reads Chinese dates and entries without a date, and joins a wrapped Latin title with a space', () => {
    const text = '相关研究\n1. 《AI 周报》（2026年5月19日）\n2. 《Agent and\nmodel》 2026.04.26\n3. 《无日期的报告》\n正文';
    expect(relatedOf(text)).toEqual([
      { title: 'AI 周报', date: '2026-05-19' },
      { title: 'Agent and model', date: '2026-04-26' },
      { title: '无日期的报告', date: null },
    ]);
  });

  it('lists a report repeated in the back matter once', () => {
    const block = '相关报告\n- 《周报》——2026-05-19\n正文';
    expect(relatedOf(`${block}\n${block}`)).toHaveLength(1);
  });

  it('stops at the first line that is not an entry', () => {
    expect(relatedOf('相关研究\n本周观点：需求向好。\n- 《不属于列表》——2026-01-01')).toEqual([]);
  });
});
