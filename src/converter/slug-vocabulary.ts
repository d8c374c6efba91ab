/**
 * ASCII words for the readable part of a slug: the broker's code from the broker registry,
 * and a topic from the sector and report type (`internet-weekly`).
 */
import { brokerCode } from './parse/metadata/brokers/registry.ts';
import type { ParsedReport } from './parse/index.ts';
import type { SlugVocabulary } from './slug.ts';

/** Sector names as reports print them → URL words. Unlisted sectors are left out of the slug. */
export const SECTOR_WORDS: Readonly<Record<string, string>> = {
  互联网: 'internet',
  传媒: 'media',
  计算机: 'computer',
  通信: 'telecom',
  电子: 'electronics',
  半导体: 'semiconductor',
  人工智能: 'ai',
  游戏: 'games',
  教育: 'education',
  食品饮料: 'food-beverage',
  医药生物: 'healthcare',
  医药: 'healthcare',
  银行: 'banks',
  非银金融: 'non-bank-finance',
  房地产: 'real-estate',
  汽车: 'autos',
  电力设备: 'power-equipment',
  新能源: 'new-energy',
  有色金属: 'metals',
  化工: 'chemicals',
  机械设备: 'machinery',
  家用电器: 'home-appliances',
  商贸零售: 'retail',
  社会服务: 'services',
  纺织服饰: 'apparel',
  农林牧渔: 'agriculture',
  交通运输: 'transport',
  建筑装饰: 'construction',
  国防军工: 'defense',
  钢铁: 'steel',
  煤炭: 'coal',
  石油石化: 'oil-gas',
  公用事业: 'utilities',
  环保: 'environment',
  美容护理: 'beauty',
  轻工制造: 'light-industry',
  建筑材料: 'building-materials',
};

/** Report types → URL words; matched by the longest key the report type contains. */
export const REPORT_TYPE_WORDS: Readonly<Record<string, string>> = {
  周报: 'weekly',
  月报: 'monthly',
  日报: 'daily',
  晨会: 'morning',
  投资策略: 'strategy',
  策略: 'strategy',
  点评: 'note',
  深度: 'deep-dive',
  专题: 'special',
  首次覆盖: 'initiation',
  年报: 'annual',
  季报: 'quarterly',
};

function wordFor(table: Readonly<Record<string, string>>, value: string | null): string | null {
  if (!value) return null;
  const key = Object.keys(table)
    .filter((k) => value.includes(k))
    .sort((a, b) => b.length - a.length)[0];
  return key ? (table[key] ?? null) : null;
}

/** `internet-weekly`, `company-note` …; null when neither is known. */
export function topicCode(report: Pick<ParsedReport, 'sector' | 'reportType'>): string | null {
  const sector = wordFor(SECTOR_WORDS, report.sector);
  const type = wordFor(REPORT_TYPE_WORDS, report.reportType);
  const scope = report.reportType?.startsWith('公司') ? 'company' : null;
  const words = [sector ?? scope, type].filter(Boolean);
  return words.length > 0 ? words.join('-') : null;
}

export const slugVocabulary: SlugVocabulary = { brokerCode, topicCode };
