/** Flattened mastheads run their fields and the headline together (excerpts of real reports). */
import { describe, expect, it } from 'vitest';
import { mastheadPieces } from '~/converter/parse/metadata/title/pieces.ts';
import { isBannerLine, isFieldLine } from '~/converter/parse/metadata/title/line-kinds.ts';

describe('mastheadPieces', () => {
  it('cuts a label and its value off the headline (西南证券)', () => {
    expect(mastheadPieces('目标价：35.64元（6个月）集团资源赋能，打造医美生态平台')).toEqual(['集团资源赋能，打造医美生态平台']);
  });

  it('drops contacts and cuts before a dash (中原证券, 国海证券)', () => {
    expect(mastheadPieces('021-50586983血制品领先企业，业绩恢复增长——上海莱士(002252)首次覆盖报告')).toEqual([
      '血制品领先企业，业绩恢复增长',
      '——上海莱士(002252)首次覆盖报告',
    ]);
    expect(mastheadPieces('联系人：何昊S0350120080069heh@ghzq.com.cn行业需求风起云涌，功率半导体国产替代正当时')).toEqual([
      '联系人：何昊',
      '行业需求风起云涌，功率半导体国产替代正当时',
    ]);
  });

  it('cuts after a research institute and before a company with its ticker (财通证券, 银河证券)', () => {
    expect(mastheadPieces('财通证券研究所大市场、低渗透率迎来持续高增长以才聚财')).toEqual(['财通证券研究所', '大市场、低渗透率迎来持续高增长以才聚财']);
    expect(mastheadPieces('公司深度报告模板新氧(SY.US)：后疫情时代催生医美需求，垂直平台顺势而上')).toEqual(['公司深度报告模板新氧', '后疫情时代催生医美需求，垂直平台顺势而上']);
  });

  it('drops a full-width ＠ address, an investor-suitability risk rating, and cuts before 公司基本情况 (国金证券, 东莞证券)', () => {
    expect(mastheadPieces('(8621)60230221yuan_wei＠gjzq.com.cn流感疫苗放量突出，血制品积极恢复公司基本情况(人民币)项目')).toEqual([
      '(8621)',
      '流感疫苗放量突出，血制品积极恢复',
      '公司基本情况(人民币)项目',
    ]);
    expect(mastheadPieces('大消费行业国内连锁整形医美服务提供商风险评级：中高风险大消费新三板系列研究第10期')).toEqual([
      '大消费行业国内连锁整形医美服务提供商',
      '大消费新三板系列研究第10期',
    ]);
  });

  it('keeps a series line with its dates whole', () => {
    expect(mastheadPieces('——汽车行业周报（20260407-20260412）')).toEqual(['——汽车行业周报（20260407-20260412）']);
  });
});

describe('isBannerLine', () => {
  it("takes a research department's name for a banner, not a headline (国金证券 医药健康研究中心)", () => {
    expect(isBannerLine('医药健康研究中心', new Set())).toBe(true);
    expect(isBannerLine('海通证券研究所', new Set())).toBe(true);
    expect(isBannerLine('研究中心发布多项成果，行业景气度回升', new Set())).toBe(false);
  });
});

describe('isFieldLine', () => {
  it('needs a separator after a short field word: 行业：电子 is a field, 行业需求风起云涌 a headline', () => {
    expect(isFieldLine('行业：电子')).toBe(true);
    expect(isFieldLine('行业需求风起云涌，功率半导体国产替代正当时')).toBe(false);
    expect(isFieldLine('投资评级领先大市-B')).toBe(true);
    expect(isFieldLine('魏红梅SAC')).toBe(true);
  });
});
