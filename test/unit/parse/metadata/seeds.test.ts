/**
 * The five seed reports, every field asserted against facts checked by hand in the files.
 * A minimal normalization (line endings) stands in for the real normalizer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metadataOf } from '../../../helpers/metadata.ts';
import type { MetadataResult } from '~/converter/parse/types.ts';

const SEEDS = new URL('../../../../content/reports/', import.meta.url);
const seedText = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8').replace(/\r\n?/g, '\n');
const seed = (name: string): MetadataResult => metadataOf(seedText(name));

describe('seed 000: 国金证券 internet weekly', () => {
  const result = seed('000_2272510a5eb1dbfa.txt');

  it('reads the title page', () => {
    expect(result.title).toBe('Meta 拟出租闲置算力，可灵首轮外部融资落地');
    expect(result.subtitle).toBeNull();
    expect(result.broker).toBe('国金证券');
    expect(result.rating).toEqual({ value: '买入', action: '维持' });
    expect(result.reportType).toBe('行业周报');
    expect(result.sector).toBe('互联网');
    expect(result.subject).toBeNull();
    expect(result.targetPrice).toBeNull();
    expect(result.relatedReports).toEqual([]);
  });

  it('infers the date from the period 本期（2026年6月29日-7月3日）', () => {
    expect(result.period).toEqual({ start: '2026-06-29', end: '2026-07-03' });
    expect(result.date).toBe('2026-07-03');
    expect(result.dateSource).toBe('inferred');
    expect(result.warnings).toEqual(['发布日期（date）由报告期推断（2026-07-03）']);
  });

  it('reads both analysts', () => {
    expect(result.analysts).toEqual([
      { name: '朱珺', license: 'S1130526050001', email: 'zhujun1@gjzq.com.cn' },
      { name: '柴梦婷', license: 'S1130525030013', email: 'chaimengting@gjzq.com.cn' },
    ]);
  });
});

describe('seed 001: 国信证券 monthly strategy, metadata after the first table', () => {
  const result = seed('001_3443ca7490eb62dc.txt');

  it('reads the title page and the block after the table', () => {
    expect(result.title).toBe('模型厂商商业模式逐渐闭环，AI 投资主线转向供给能力验证');
    expect(result.subtitle).toBe('互联网行业 2026 年 6 月投资策略');
    expect(result.broker).toBe('国信证券');
    expect(result.rating).toEqual({ value: '优于大市', action: '维持' });
    expect(result.reportType).toBe('行业投资策略');
    expect(result.sector).toBe('互联网');
    expect(result.period).toBeNull();
    expect(result.subject).toBeNull();
  });

  it('infers the date from the latest 截至 date (2026 年 5 月 30 日)', () => {
    expect(result.date).toBe('2026-05-30');
    expect(result.dateSource).toBe('inferred');
    expect(result.warnings).toEqual(['发布日期（date）由“截至”数据日期推断（2026-05-30）']);
  });

  it('reads five analysts in three layouts', () => {
    expect(result.analysts).toEqual([
      { name: '张伦可', license: 'S0980521120004', email: 'zhanglunke@guosen.com.cn' },
      { name: '陈淑媛', license: 'S0980524030003', email: 'chenshuyuan@guosen.com.cn' },
      { name: '王颖婕', license: 'S0980525020001', email: 'wangyingjie1@guosen.com.cn' },
      { name: '刘子谭', license: 'S0980525060001', email: 'liuzitan@guosen.com.cn' },
      { name: '张昊晨', license: 'S0980525010001', email: 'zhanghaochen1@guosen.com.cn' },
    ]);
  });

  it('reads five related reports', () => {
    expect(result.relatedReports).toHaveLength(5);
    expect(result.relatedReports[0]).toEqual({
      title: '人工智能周报(26年第20周)-腾讯Hy3 preview 上线两周 Token 调用量增长10倍,百度发布文心大模型5.1',
      date: '2026-05-19',
    });
    expect(result.relatedReports.map((r) => r.date)).toEqual(['2026-05-19', '2026-05-11', '2026-04-28', '2026-04-26', '2026-04-17']);
  });
});

describe('seed 002: 国信证券 monthly strategy without a title page', () => {
  const result = seed('002_c7d3efb7c0d55a5e.txt');

  it('is titled from its series (its 12 月投资策略 key point and the 11 月 issue it lists), with a warning', () => {
    expect(result.title).toBe('互联网行业 2024 年 12 月投资策略');
    expect(result.subtitle).toBeNull();
    expect(result.reportType).toBe('行业投资策略');
    expect(result.sector).toBe('互联网');
    expect(result.warnings[0]).toBe('缺少标题页，标题（title）由报告系列推断：互联网行业 2024 年 12 月投资策略');
  });

  it('recognises the broker from its source lines alone', () => {
    expect(result.broker).toBe('国信证券');
  });

  it('infers the date from 截至 2024 年 12 月 2 日', () => {
    expect(result.date).toBe('2024-12-02');
    expect(result.dateSource).toBe('inferred');
    expect(result.warnings).toContain('发布日期（date）由“截至”数据日期推断（2024-12-02）');
  });

  it('finds no rating (only company ratings in a table) and no analysts', () => {
    expect(result.rating).toBeNull();
    expect(result.analysts).toEqual([]);
    expect(result.period).toBeNull();
    expect(result.warnings).toEqual(expect.arrayContaining(['未找到投资评级（rating）', '未找到分析师（analysts）']));
  });

  it('joins the hard-wrapped related-report titles', () => {
    expect(result.relatedReports).toEqual([
      { title: '互联网行业 2024 年 11 月投资策略-业绩期将至，互联网龙头有望持续抬升盈利底部', date: '2024-11-11' },
      { title: '人工智能周报（24 年第 43周）-海外巨头集中投资核能源以应对未来 AI 发展', date: '2024-10-28' },
      { title: '互联网行业 2024 年 10 月投资策略-互联网巨头进入高质量增长阶段，股本数量将持续下降', date: '2024-10-03' },
      { title: '人工智能周报（24 年第 38 周）-OpenAI 发布 ChatGPT 新版本，中国政府明确《人工智能伦理规范》', date: '2024-09-23' },
      { title: '港股互联网板块的机遇：开启新一轮上涨', date: '2024-09-23' },
    ]);
  });
});

describe('seed 003: 国金证券 computer weekly', () => {
  const result = seed('003_d21945e2f427e36b.txt');

  it('reads the title page', () => {
    expect(result.title).toBe('如何看 META 做云');
    expect(result.subtitle).toBeNull();
    expect(result.broker).toBe('国金证券');
    expect(result.rating).toEqual({ value: '买入', action: '维持' });
    expect(result.reportType).toBe('行业周报');
    expect(result.sector).toBe('计算机');
    expect(result.relatedReports).toEqual([]);
  });

  it('pairs two analysts on one line with the e-mails under them', () => {
    expect(result.analysts).toEqual([
      { name: '李可夫', license: 'S1130525120009', email: 'likefu@gjzq.com.cn' },
      { name: '刘高畅', license: 'S1130525120005', email: 'liugaochang@gjzq.com.cn' },
    ]);
  });

  it('prints no date, no 截至 date, no period and no related reports: date stays null', () => {
    expect(result.date).toBeNull();
    expect(result.dateSource).toBeNull();
    expect(result.period).toBeNull();
    expect(result.warnings).toEqual(['未找到报告日期（date）', '未找到报告期（period）']);
  });
});

describe('seed 004: 华安证券 weekly', () => {
  const result = seed('004_0d1459b9884b146f.txt');

  it('reads the title page', () => {
    expect(result.title).toBe('生成式人工智能服务暂行办法发布，国家发改委推动平台经济发展');
    expect(result.subtitle).toBeNull();
    expect(result.broker).toBe('华安证券');
    expect(result.date).toBe('2023-07-16');
    expect(result.dateSource).toBe('explicit');
    expect(result.rating).toEqual({ value: '增持', action: null });
    expect(result.sector).toBeNull();
  });

  it('reads the period and infers the weekly type from it', () => {
    expect(result.period).toEqual({ start: '2023-07-10', end: '2023-07-14' });
    expect(result.reportType).toBe('行业周报');
    expect(result.warnings).toEqual([
      '报告类型（reportType）由报告期推断为行业周报（2023-07-10 至 2023-07-14）',
      '未找到行业（sector）',
    ]);
  });

  it('reads the analyst once, though the back matter repeats him', () => {
    expect(result.analysts).toEqual([{ name: '金荣', license: 'S0010521080002', email: 'jinrong@hazq.com' }]);
  });

  it('reads nine related reports', () => {
    expect(result.relatedReports).toHaveLength(9);
    expect(result.relatedReports[0]).toEqual({ title: '行业点评：行业点评：电影大盘稳步复苏，暑期档行情持续演绎', date: '2023-07-11' });
    expect(result.relatedReports[8]).toEqual({ title: '行业点评：教育行业点评：AIGC 助力教育个性化，政策引导科学教育', date: '2023-06-04' });
  });
});
