/** Paragraph leads set in bold, cut onto lines of their own (excerpts of real company notes). */
import { describe, expect, it } from 'vitest';
import { splitLeadIns } from '~/converter/parse/text/lead-ins.ts';

describe('splitLeadIns', () => {
  it('cuts a bulleted label or headline sentence off its paragraph (民生证券)', () => {
    expect(
      splitLeadIns([
        '➢   事件概述：公司发布了 2023 年年报及 2024 年一季报。2023 年，公司实',
        '现营业收入 31.54 亿元，同比增长 41.02%。',
        '➢   围绕华为，强化全产业链国产 AI 能力。1）AI 硬件领域：公司是华为昇腾',
        '整机的首批合作伙伴。',
      ]),
    ).toEqual([
      '▍ 事件概述',
      '公司发布了 2023 年年报及 2024 年一季报。2023 年，公司实',
      '现营业收入 31.54 亿元，同比增长 41.02%。',
      '▍ 围绕华为，强化全产业链国产 AI 能力',
      '1）AI 硬件领域：公司是华为昇腾',
      '整机的首批合作伙伴。',
    ]);
  });

  it('cuts a bulleted headline before a colon off its paragraph (群益证券, corpus layoutb_08)', () => {
    const lines = ['◼   1.6T 新品推动盈利高速增长：报告期内受益于终端客户对算力基础设施', '的强劲投入，公司产品出货较快增长。'];
    expect(splitLeadIns(lines)).toEqual(['▍ 1.6T 新品推动盈利高速增长', '报告期内受益于终端客户对算力基础设施', '的强劲投入，公司产品出货较快增长。']);
    // A sentence of data before the colon is no headline.
    const data = ['◼   2026 年上半年公司营收 195 亿元，同比增长 192%：其中', '光模块占比提升。'];
    expect(splitLeadIns(data)).toEqual(data);
  });

  it('cuts unbulleted headlines before a colon when the page opens several paragraphs with one (corpus layoutb_10)', () => {
    const page = [
      '盈利增长显著提速，经营质量持续提升：2026 年上半年公司预告归母净利润 50 亿元。',
      '大屏化与 AMOLED 开启新一轮增长周期：LCD 出货量居首。',
      '三大重磅新业务稳步推进：绑定康宁攻关 AI 算力，试验线打通。',
    ];
    expect(splitLeadIns(page).filter((line) => line.startsWith('▍'))).toEqual(['▍ 盈利增长显著提速，经营质量持续提升', '▍ 大屏化与 AMOLED 开启新一轮增长周期', '▍ 三大重磅新业务稳步推进']);
    // One such paragraph, or openings with figures (从 25H1 业务拆分来看：), are the text's own.
    expect(splitLeadIns(page.slice(0, 1))).toEqual(page.slice(0, 1));
    const figures = ['从 25H1 业务拆分来看：能源产品持续增长。', '从 25Q2 单季来看：收入环比改善。', '从 2025 年全年来看：利润稳步增长。'];
    expect(splitLeadIns(figures)).toEqual(figures);
  });

  it('cuts an unbulleted two-clause headline at the start of a paragraph (华金证券)', () => {
    const lines = ['同比增长 23.35%。', '', '业务规模增长带动业绩增长，费用管控合理。Q2 实现营收 21.69 亿元，同比', '+50.80%。'];
    expect(splitLeadIns(lines)).toEqual(['同比增长 23.35%。', '', '▍ 业务规模增长带动业绩增长，费用管控合理', 'Q2 实现营收 21.69 亿元，同比', '+50.80%。']);
  });

  it('leaves sentences of data, mid-paragraph lines and one-clause openings alone', () => {
    const lines = [
      '公司发布 2025 年半年报，25H1 实现营业收入 34.75 亿元，同比增长 40.51%。上半年……',
      '2025 年，公司的研发费用为 14.61 亿元。公司系统探究人工智能技术驱动新型工业化进程的实践路径',
      '的创新应用方向，整合钢铁行业海量数据与专业知识。基于“平台、数据、算力”构建大模型',
      '公司收入稳定。利润端下降主要系毛利率波动影响。',
    ];
    expect(splitLeadIns(lines)).toEqual(lines);
  });

  it('leaves a sentence that goes on from the one before it, and a list item, in their paragraph (corpus layout_12, layout_02)', () => {
    const lines = [
      '投资建议：维持“买入”评级。伴随存储涨价周期持续，公司业绩具备持续大幅提升的潜力。',
      '同时，我们看好公司在新型嵌入式存储、企业级存储等高景气赛道的持续深耕。预计公司',
      '2026-2028 年，净利润 199.69/219.08/227.40 亿元。',
      '',
      '4)   对于存在违规行为的煤矿和企业，将严肃处理。相关部门将加强',
      '监管。',
    ];
    const split = splitLeadIns(lines);
    expect(split[0]).toBe('▍ 投资建议');
    expect(split.slice(2)).toEqual(lines.slice(1));
  });
});
