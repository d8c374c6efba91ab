/**
 * The five seed reports through the whole parse stage, checked against facts read by hand in
 * each file (the line numbers in comments are where to look).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '~/converter/parse/index.ts';

const SEEDS = {
  '000': '000_2272510a5eb1dbfa.txt',
  '001': '001_3443ca7490eb62dc.txt',
  '002': '002_c7d3efb7c0d55a5e.txt',
  '003': '003_d21945e2f427e36b.txt',
  '004': '004_0d1459b9884b146f.txt',
} as const;

const parsed = Object.fromEntries(
  Object.entries(SEEDS).map(([key, file]) => [key, parseReport(readFileSync(`content/reports/${file}`, 'utf8'), file)]),
) as Record<keyof typeof SEEDS, ParsedReport>;

/** Everything a reader sees as the digest's text. */
function allText(report: ParsedReport): string {
  return [
    ...report.keyPoints,
    ...report.risks,
    ...report.sections.flatMap((s) => [s.title, ...s.paragraphs]),
    ...report.events.flatMap((e) => [e.title, e.body]),
  ].join('\n');
}

describe('every seed', () => {
  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('%s keeps disclaimers and page furniture out of its text', (key) => {
    const text = allText(parsed[key]);
    for (const boilerplate of ['请务必阅读正文之后的免责声明', '特别声明', '分析师声明', '本报告仅供', '证券研究报告']) {
      expect(text).not.toContain(boilerplate);
    }
  });
});

describe('seed 000 (国金证券, internet weekly)', () => {
  const r = parsed['000'];

  it('has its metadata', () => {
    expect(r).toMatchObject({
      title: 'Meta 拟出租闲置算力，可灵首轮外部融资落地',
      broker: '国金证券',
      rating: { value: '买入', action: '维持' },
      reportType: '行业周报',
      sector: '互联网',
      period: { start: '2026-06-29', end: '2026-07-03' },
      date: '2026-07-03',
      dateSource: 'inferred',
    });
    expect(r.analysts).toEqual([
      { name: '朱珺', license: 'S1130526050001', email: 'zhujun1@gjzq.com.cn' },
      { name: '柴梦婷', license: 'S1130525030013', email: 'chaimengting@gjzq.com.cn' },
    ]);
  });

  it('has its sections, key points and risks', () => {
    expect(r.sections.map((s) => [s.title, s.level])).toEqual([
      ['行业情况跟踪', 1], ['电商&互联网', 2], ['流媒体平台', 2], ['虚拟资产&资产交易平台', 2], ['AI&云', 2],
    ]);
    expect(r.keyPoints).toHaveLength(5);
    expect(r.keyPoints[0]).toMatch(/^电商：板块仍呈现疲弱态势/);
    expect(r.risks.some((risk) => risk.includes('中美关系变化风险'))).toBe(true);
  });

  it('has 18 events, the 可灵 financing dated 2026-07-02', () => {
    expect(r.events).toHaveLength(18);
    const kling = r.events.find((e) => e.title.includes('可灵首轮外部融资落地'))!;
    expect(kling).toMatchObject({ date: '2026-07-02', section: 's1-4' });
    const grok = r.events.find((e) => e.title.includes('Grok4.5'))!;
    expect(grok.date).toBe('2026-06-28'); // 当地时间 6 月 28 日 (line 155)
    expect(grok.source).toBe('36 氪');
  });

  it('has the 拼多多 mover at -2.45 in 电商&互联网, and its charts with sources', () => {
    expect(r.movers.find((m) => m.name === '拼多多')).toEqual({ section: 's1-1', name: '拼多多', change: -2.45 });
    expect(r.charts.map((c) => c.label?.replace(/\s/g, ''))).toEqual(expect.arrayContaining(['图表1', '图表8']));
    expect(r.charts.find((c) => c.label?.replace(/\s/g, '') === '图表1')?.source).toMatch(/iFind/);
  });
});

describe('seed 001 (国信证券, monthly strategy)', () => {
  const r = parsed['001'];

  it('has its metadata', () => {
    expect(r).toMatchObject({
      title: '模型厂商商业模式逐渐闭环，AI 投资主线转向供给能力验证',
      subtitle: '互联网行业 2026 年 6 月投资策略',
      broker: '国信证券',
      rating: { value: '优于大市', action: '维持' },
      reportType: '行业投资策略',
      sector: '互联网',
    });
    expect(r.analysts.map((a) => a.name)).toEqual(['张伦可', '陈淑媛', '王颖婕', '刘子谭', '张昊晨']);
    expect(r.relatedReports).toHaveLength(5);
  });

  it('has the EPS table of 8 companies with a flattened two-level header', () => {
    const eps = r.tables.find((t) => t.columns.includes('EPS 2025E'))!;
    expect(eps.rows).toHaveLength(8);
    expect(eps.rows[0]?.slice(0, 2)).toEqual(['0700.HK', '腾讯控股']);
    expect(eps.rows[7]?.slice(0, 2)).toEqual(['9618.HK', '京东集团-SW']);
  });

  it('turns dated paragraphs under a company heading into events', () => {
    const gemini = r.events.find((e) => e.title === '谷歌发布 Gemini 3.5 Flash 新模型')!;
    expect(gemini.date).toBe('2026-05-20'); // line 217
  });
});

describe('seed 002 (国信证券, no title page, hard-wrapped)', () => {
  const r = parsed['002'];

  it('joins sentences wrapped mid-phrase across blank lines', () => {
    expect(allText(r)).toContain('纳斯达克互联网指数录得上涨');
  });

  it('infers the date from 截至 and warns that the title page is missing', () => {
    expect(r).toMatchObject({ broker: '国信证券', date: '2024-12-02', dateSource: 'inferred' });
    expect(r.warnings.join('\n')).toMatch(/缺少标题页/);
  });

  it('has the parts its summary names as sections, the news under them one level down', () => {
    const top = r.sections.filter((s) => s.level === 1).map((s) => s.title.split('：')[0]);
    expect(top).toEqual(['行情回顾', '人工智能动态', '行业动态', '投资建议']);
    const policy = r.sections.find((s) => s.title.startsWith('行业政策：'))!;
    expect(policy.title).toBe('行业政策：中国提出全球人工智能治理倡议，为相关讨论和规则制定提供蓝本'); // lines 430-432
    expect(r.sections.find((s) => s.title.startsWith('OpenAI'))?.level).toBe(2);
    expect(r.risks.length).toBeGreaterThan(0);
  });

  it('finds the 游戏版号 event of 11 月 20 日', () => {
    const licences = r.events.find((e) => e.title.includes('游戏版号'))!;
    expect(licences.date).toBe('2024-11-20'); // line 481
  });
});

describe('seed 003 (国金证券, computer weekly)', () => {
  const r = parsed['003'];

  it('has its metadata and sections', () => {
    expect(r).toMatchObject({ title: '如何看 META 做云', broker: '国金证券', rating: { value: '买入', action: '维持' }, sector: '计算机' });
    expect(r.sections.find((s) => s.title === 'Anthropic 算力需求紧张')?.level).toBe(2);
    expect(r.risks).toHaveLength(3);
  });

  it('has table 图表4 with 10 rows and 4 columns', () => {
    const table = r.tables.find((t) => t.label?.replace(/\s/g, '') === '图表4')!;
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(10);
  });
});

describe('seed 004 (华安证券, weekly with pipe tables)', () => {
  const r = parsed['004'];

  it('has its metadata', () => {
    expect(r).toMatchObject({
      broker: '华安证券',
      date: '2023-07-16',
      dateSource: 'explicit',
      rating: { value: '增持', action: null },
      period: { start: '2023-07-10', end: '2023-07-14' },
    });
    expect(r.analysts).toEqual([{ name: '金荣', license: 'S0010521080002', email: 'jinrong@hazq.com' }]);
    expect(r.relatedReports).toHaveLength(9);
  });

  it('has 图表 9 as one table of 57 rows across the page break, ending with 遥望科技', () => {
    const table = r.tables.find((t) => t.label?.replace(/\s/g, '') === '图表9')!;
    expect(table.rows).toHaveLength(57);
    expect(table.rows.at(-1)).toContain('遥望科技');
  });

  it('makes a bold headline and its paragraphs one event', () => {
    const xai = r.events.find((e) => e.title.startsWith('马斯克宣布成立 xAI 公司'))!;
    expect(xai.date).toBe('2023-07-13'); // line 412
    expect(xai.body).toContain('了解宇宙的真实本质');
  });
});
