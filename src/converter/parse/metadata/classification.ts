/**
 * Report type (行业周报, 行业投资策略, 公司点评 …) and sector (互联网, 传媒 …).
 *
 * From the front matter's classification lines, split at · | /:
 *   行业研究 · 行业投资策略     scope 行业, type 行业投资策略
 *   互联网行业研究              sector 互联网, scope 行业
 *   传媒行业周报                sector 传媒, type 行业周报
 *   证券研究报告·公司点评       type 公司点评
 *   互联网                      sector, when it stands right under a classification line
 * then from the title and subtitle (互联网行业 2026 年 6 月投资策略), and last from the
 * period: an industry report covering at most a week is a 行业周报 (with a warning).
 */
import type { Period } from '../../../schema/report.ts';

const TYPE_SUFFIXES = [
  '周报', '月报', '季报', '日报', '晨报', '年报', '投资策略', '年度策略', '中期策略', '策略报告',
  '深度研究', '深度报告', '深度', '事件点评', '业绩点评', '点评', '快评', '简评', '快报',
  '专题研究', '专题报告', '专题', '首次覆盖', '跟踪报告', '动态跟踪', '调研报告', '调研纪要',
];
const SCOPES = '行业|公司|宏观|策略|固收|金工';
const SUFFIX = `(${[...TYPE_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`;

const TYPE_PART = new RegExp(`^(${SCOPES})?${SUFFIX}$`);
const SECTOR_PART = new RegExp(`^([\\u4e00-\\u9fa5]{2,8}?)行业(?:研究|${SUFFIX})?$`);
const SCOPE_PART = new RegExp(`^(${SCOPES})研究$`);
const SECTOR_IN_TITLE = new RegExp(`^([\\u4e00-\\u9fa5]{2,8}?)行业[\\s\\d年月第周期()（）]*?${SUFFIX}`);
const SUFFIX_IN_TITLE = new RegExp(SUFFIX);
const PART_SEPARATOR = /\s*[·•|/]\s*/;

/** Sectors recognised on a line of their own (申万一级 names and common coverage groups). */
export const SECTORS = new Set([
  '互联网', '传媒', '传媒互联网', '计算机', '电子', '通信', '半导体', '医药', '医药生物', '食品饮料',
  '银行', '非银金融', '汽车', '机械设备', '电力设备', '国防军工', '基础化工', '化工', '有色金属', '钢铁',
  '煤炭', '石油石化', '建筑装饰', '建筑材料', '房地产', '家用电器', '纺织服饰', '轻工制造', '商贸零售',
  '社会服务', '美容护理', '农林牧渔', '交通运输', '公用事业', '环保', '教育', '游戏',
]);

/** What the classification lines say. */
export interface Classification {
  reportType: string | null;
  sector: string | null;
  warnings: string[];
}

interface Found {
  type: string | null;
  sector: string | null;
  scope: string | null;
}

/** Give a bare type (周报) its scope (行业周报) when the scope is known. */
function scoped(type: string, scope: string | null): string {
  return scope && !new RegExp(`^(${SCOPES})`).test(type) ? `${scope}${type}` : type;
}

/** Read one classification part into `found`; true when it was one. */
function readPart(part: string, found: Found): boolean {
  const type = TYPE_PART.exec(part);
  if (type) {
    found.type ??= part;
    found.scope ??= type[1] ?? null;
    return true;
  }
  const scope = SCOPE_PART.exec(part);
  if (scope) {
    found.scope ??= scope[1] ?? null;
    return true;
  }
  const sector = SECTOR_PART.exec(part);
  if (!sector) return false;
  found.sector ??= sector[1] ?? null;
  found.scope ??= '行业';
  if (sector[2]) found.type ??= `行业${sector[2]}`;
  return true;
}

/** Classification lines of the front matter; a sector line right under one of them counts too. */
function readLines(frontLines: readonly string[]): Found {
  const found: Found = { type: null, sector: null, scope: null };
  let sinceClassification = Infinity;
  for (const line of frontLines) {
    if (line === '') continue;
    sinceClassification += 1;
    const parts = line.split(PART_SEPARATOR).filter((part) => part !== '');
    const recognised = parts.map((part) => readPart(part, found)).some(Boolean);
    if (recognised) sinceClassification = 0;
    else if (sinceClassification <= 2 && SECTORS.has(line)) found.sector ??= line;
    if (/行业评级/.test(line)) found.scope ??= '行业';
    if (/公司评级/.test(line)) found.scope ??= '公司';
  }
  return found;
}

/** Type and sector from a headline (互联网行业 2026 年 6 月投资策略, 传媒行业周报（第27周）：…). */
function readHeadline(headline: string, found: Found): void {
  const sectorAndType = SECTOR_IN_TITLE.exec(headline);
  if (sectorAndType) {
    found.sector ??= sectorAndType[1] ?? null;
    found.type ??= `行业${sectorAndType[2] ?? ''}`;
    return;
  }
  const suffix = SUFFIX_IN_TITLE.exec(headline);
  if (suffix && found.scope) found.type ??= scoped(suffix[1] ?? '', found.scope);
}

const DAY_MS = 86_400_000;

/** Report type and sector from the front matter, the headlines and the period. */
export function classify(frontLines: readonly string[], headlines: readonly string[], period: Period | null): Classification {
  const found = readLines(frontLines);
  for (const headline of headlines) readHeadline(headline, found);
  const warnings: string[] = [];
  if (!found.type && period && found.scope !== '公司') {
    const days = (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS + 1;
    if (days <= 7) {
      found.type = '行业周报';
      warnings.push(`报告类型（reportType）由报告期推断为行业周报（${period.start} 至 ${period.end}）`);
    }
  }
  const reportType = found.type ? scoped(found.type, found.scope) : null;
  if (!reportType) warnings.push('未找到报告类型（reportType）');
  if (!found.sector) warnings.push('未找到行业（sector）');
  return { reportType, sector: found.sector, warnings };
}

/** A publisher label that may share a classification line (证券研究报告 · 开源证券研究所). */
const PUBLISHER_PART = /^(证券研究报告|研究报告)$|(证券|研究所|研究院|研究部|研究中心)$/;

/** A line that is nothing but classification labels (行业周报, 互联网行业研究, 行业研究 · 行业投资策略). */
export function isClassificationLine(line: string): boolean {
  const parts = line.split(PART_SEPARATOR).filter((part) => part !== '');
  const scratch: Found = { type: null, sector: null, scope: null };
  return parts.length > 0 && parts.every((part) => readPart(part, scratch) || PUBLISHER_PART.test(part));
}
