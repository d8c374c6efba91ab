/**
 * The front matter of one report: a new headline, sector, report type and rating written where
 * the template prints them, and what a template lacks added the way other seeds print it (a
 * classification line such as 传媒行业周报, a cover date 2026年07月05日, or, for a report whose
 * title page was lost, the series line its page header carries: 互联网行业 2024 年 12 月投资策略).
 */
import { isClassificationLine } from '../../../../src/converter/parse/metadata/classification.ts';
import { cleanLine } from '../../../../src/converter/parse/metadata/lines.ts';
import { isRatingLine } from '../../../../src/converter/parse/metadata/rating/index.ts';
import { isSeriesLine } from '../../../../src/converter/parse/metadata/title/index.ts';
import { ymdOf } from './calendar.ts';
import type { Template } from './template.ts';

/** What this report's front matter says. */
export interface FrontChoices {
  sector: string;
  /** Type word after 行业 (周报, 投资策略 …). */
  typeSuffix: string;
  rating: { value: string; action: string };
  /** New title; null keeps the template's. */
  headline: string | null;
  /** For a template without a title page: add the page-header series line. */
  seriesLine: boolean;
}

/** The front matter's lines and what the parser should read in them. */
export interface FrontResult {
  lines: string[];
  sector: string | null;
  reportType: string | null;
  rating: { value: string; action: string | null } | null;
}

function replaceSectorAndType(line: string, template: Template, choices: FrontChoices): string {
  const { sector, typeSuffix, classificationInferred } = template.facts;
  if (classificationInferred) return line;
  const clean = cleanLine(line);
  // Only where the sector names the report: classification, series and sector lines, related reports' titles.
  const labels = clean !== '' && (isClassificationLine(clean) || isSeriesLine(clean));
  let edited = line;
  if (sector && (labels || clean === sector || clean.includes('《'))) {
    edited = clean === sector ? line.replace(sector, choices.sector) : line.replaceAll(`${sector}行业`, `${choices.sector}行业`);
  }
  if (typeSuffix && labels) edited = edited.replace(typeSuffix, choices.typeSuffix);
  return edited;
}

function replaceRating(line: string, template: Template, choices: FrontChoices): string {
  const rating = template.facts.rating;
  if (!rating || !line.includes(rating.value)) return line;
  if (!isRatingLine(cleanLine(line)) && !/评级\s*[:：]/.test(line)) return line;
  const edited = line.replace(rating.value, choices.rating.value);
  return rating.action ? edited.replace(rating.action, choices.rating.action) : edited;
}

function coverDate(anchor: number): string {
  const { y, m, d } = ymdOf(anchor);
  return `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
}

/** Where a missing classification or date line goes: after the last classification line, else above the title. */
function insertionPoint(lines: readonly string[], titleIndex: number): number {
  let at = -1;
  lines.forEach((line, i) => {
    if (cleanLine(line) !== '' && isClassificationLine(cleanLine(line))) at = i + 1;
  });
  return at >= 0 ? at : Math.max(0, titleIndex);
}

/** Lines the template lacks, inserted; returns what they make the parser read. */
function addMissing(lines: string[], template: Template, choices: FrontChoices): { sector: boolean; type: boolean } {
  const { facts } = template;
  const reportType = `${choices.sector}行业${choices.typeSuffix}`;
  if (facts.titleIndex < 0) {
    if (!choices.seriesLine) return { sector: false, type: false };
    const { y, m } = ymdOf(facts.anchor);
    lines.unshift(`${choices.sector}行业 ${y} 年 ${m} 月${choices.typeSuffix}`, '');
    return { sector: true, type: true };
  }
  let titleAt = facts.titleIndex;
  if (!facts.hasDate) {
    const at = insertionPoint(lines, titleAt);
    lines.splice(at, 0, coverDate(facts.anchor), '');
    if (at <= titleAt) titleAt += 2;
  }
  if (facts.sector) return { sector: false, type: false };
  // Above the title, so the title line keeps its place relative to what follows it.
  lines.splice(titleAt, 0, reportType, '');
  return { sector: true, type: true };
}

/** The report's front matter. */
export function editFront(template: Template, choices: FrontChoices): FrontResult {
  const { facts } = template;
  const lines = template.front.map((line, i) => {
    if (i === facts.titleIndex && choices.headline) return line.replace(line.trim(), choices.headline);
    return replaceRating(replaceSectorAndType(line, template, choices), template, choices);
  });
  const added = addMissing(lines, template, choices);
  const kept = facts.classificationInferred && !added.sector;
  const sector = kept ? facts.sector : facts.sector || added.sector ? choices.sector : null;
  let reportType = facts.reportType;
  if (!kept && (facts.typeSuffix || added.type)) reportType = `行业${choices.typeSuffix}`;
  const rating = facts.rating && { value: choices.rating.value, action: facts.rating.action ? choices.rating.action : null };
  return { lines, sector, reportType, rating };
}
