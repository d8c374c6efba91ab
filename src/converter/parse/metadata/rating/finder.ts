/**
 * Candidates for the report's own rating, read from its first page:
 *
 *   labelled   投资评级：买入（维持） · 行业评级医药生物看好 · 评级：增持 · [Table_IndustryRank]强于大市(维持)
 *   actioned   a value with its action: 增持（维持） · 买入 |维持 · 买入 / 维持 · 推荐 维持评级 · 增持 ——首次
 *   lone       a value alone on its line (a masthead box): 买入 · Buy 买进 · 维持 / 强于大市 on two lines
 *   phrase     维持“买入”评级 · 首次覆盖，给予“增持”评级 · 维持对公司的“买入”评级
 *   previous   上次评级：看好 · 原评级：买入 · 前次：增持 (the value only: no action is read from it)
 *
 * Not the report's: 板块评级 / 风险评级 / 首选股票评级 (a sector's, a risk grade, other stocks'),
 * the rating legend (评级说明 … 买入：预期未来 6 个月…), ratings of other companies in tables
 * (they carry no label and no action). Scores: labelled 100, actioned 85, lone 70, phrase 50,
 * previous 30, minus up to 25 for the distance from the top of the page, plus 5 in the masthead.
 */
import type { Candidate } from '../candidates.ts';
import { earliness, placeAt, snippet, TEMPLATE_TAG, type FrontRegion } from '../front-region.ts';
import { ACTION, normalizeAction, normalizeValue, VALUE } from './vocabulary.ts';

/** A rating as read, before the best one is chosen. */
export interface RatingReading {
  value: string;
  action: string | null;
  kind: 'labelled' | 'actioned' | 'lone' | 'phrase' | 'previous';
}

const SCORES = { labelled: 100, actioned: 85, lone: 70, phrase: 50, previous: 30 } as const;

const OWN_LABEL = String.raw`(?:投资|行业|公司|股票|投資|行業)?(?:评级|評級)|投资建议|投資建議`;
/** Words before a label that make it someone else's rating, or the legend. */
const NOT_OWN_BEFORE = /(?:板块|风险|首选股票|重点公司|相关股票|个股|标的|市场中相关报告|历史|原|上次|前次)\s*$/;
const NOT_OWN_AFTER = /^(?:说明|標準|标准|体系|定义|分布|比率|变动|调整|变化|的说明)/;
const SUFFIX = String.raw`(?:\s*[（(]\s*${ACTION}\s*[）)]|\s*[/|｜·•]\s*${ACTION}|\s*[-—–―]{1,2}\s*${ACTION}|\s*${ACTION})`;

const LABELLED = new RegExp(String.raw`(${OWN_LABEL})[\s:：।|｜]*(?:[\u4e00-\u9fa5]{1,8}?\s*)??${VALUE}(${SUFFIX})?`, 'g');
const ACTIONED = new RegExp(VALUE + SUFFIX, 'g');
const LONE = new RegExp(String.raw`(?<=^|\n)(?:[A-Za-z]+\s+)?${VALUE}\s*(?:评级|評級)?(?=\s*(?:\n|$))`, 'g');
const ACTION_ABOVE = new RegExp(String.raw`(?<=^|\n)\s*${ACTION}\s*\n\s*${VALUE}\s*(?=\n|$)`, 'g');
const PHRASE = new RegExp(
  String.raw`(首次覆盖[，,\s]*并?(?:给予|给与)|首次(?:覆盖)?|维持|維持|重申|给予|给与|上调至?|下调至?|调高至?|调低至?)(?:(?!维持|維持|首次|给予|给与)[^。；;“”"（）()]){0,8}?[“"「]?${VALUE}[”"」]?\s*(?:的)?(?:投资)?(?:评级|建议|評級)`,
  'g',
);
const PREVIOUS = new RegExp(String.raw`(?:原|上次|前次)(?:投资)?(?:评级|評級)?[\s:：]*${VALUE}`, 'g');
/** 评级变动 维持: the action printed apart from the value. */
const ACTION_LABEL = new RegExp(String.raw`(?:评级变动|评级调整|评级变化)[\s:：]*${ACTION}`);
/** A definition in the legend: 买入：预期未来 6 个月内… */
const DEFINITION_AFTER = /^\s*[:：]/;
/** A legend heading shortly before, with no sentence or footer (…评级说明及重要声明) in between. */
const LEGEND_BEFORE = /(?:评级说明|评级标准|评级体系|评级定义|评级的说明|评级规则)(?:(?!声明|。).){0,24}$/s;

/** Rating-slot template tags (…Rank], [table_invest], ＃investSuggestion＃) read as the label 评级. */
const RATING_TAG = /\[?\b[A-Za-z]*_(?:[A-Za-z]*Rank|[Ii]nvest)\]|[#＃]investSuggestion[#＃]/g;

/** The region's text with rating tags as the label 评级 and other tags blanked, length kept. */
export function ratingText(text: string): string {
  if (!/[_#＃\]]/.test(text)) return text;
  const pad = (tag: string, word = '') => word + ' '.repeat(Math.max(0, tag.length - word.length));
  return text.replace(RATING_TAG, (tag) => pad(tag, '评级')).replace(TEMPLATE_TAG, (tag) => pad(tag));
}

function actionOf(...groups: (string | undefined)[]): string | null {
  const found = groups.find((group) => group !== undefined && group !== '');
  return found ? normalizeAction(found) : null;
}

function isLegend(text: string, index: number, end: number): boolean {
  return DEFINITION_AFTER.test(text.slice(end, end + 3)) || LEGEND_BEFORE.test(text.slice(Math.max(0, index - 30), index));
}

type Reader = (match: RegExpMatchArray, text: string) => RatingReading | null;

const READERS: [RegExp, Reader][] = [
  [
    LABELLED,
    (m, text) => {
      const before = text.slice(Math.max(0, m.index! - 6), m.index);
      const after = text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 4);
      if (NOT_OWN_BEFORE.test(before) || NOT_OWN_AFTER.test(after)) return null;
      return { value: m[2]!, action: actionOf(m[4], m[5], m[6], m[7]), kind: 'labelled' };
    },
  ],
  [ACTIONED, (m) => ({ value: m[1]!, action: actionOf(m[2], m[3], m[4], m[5]), kind: 'actioned' })],
  [LONE, (m) => ({ value: m[1]!, action: null, kind: 'lone' })],
  [ACTION_ABOVE, (m) => ({ value: m[2]!, action: actionOf(m[1]), kind: 'actioned' })],
  [
    PHRASE,
    (m) => {
      const action = /^首次/.test(m[1]!) ? '首次' : /^(?:维持|維持|重申)/.test(m[1]!) ? '维持' : /给/.test(m[1]!) ? null : m[1]!.slice(0, 2);
      return { value: m[2]!, action, kind: 'phrase' };
    },
  ],
  [PREVIOUS, (m) => ({ value: m[1]!, action: null, kind: 'previous' })],
];

/** Every rating the first page prints, scored, best first is the caller's choice. */
export function ratingCandidates(region: FrontRegion): Candidate<RatingReading>[] {
  const text = ratingText(region.text);
  const candidates: Candidate<RatingReading>[] = [];
  for (const [pattern, read] of READERS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const reading = isLegend(text, match.index, end) ? null : read(match, text);
      if (!reading) continue;
      const bonus = placeAt(region, match.index) === 'masthead' ? 5 : 0;
      const score = SCORES[reading.kind] - 25 * (1 - earliness(match.index)) + bonus;
      const value = { ...reading, value: normalizeValue(reading.value) };
      candidates.push({ value, score, evidence: snippet(text, match.index, end, 0) });
    }
  }
  return candidates;
}

/** The action printed apart from the value (评级变动 维持), or null. */
export function separateAction(region: FrontRegion): string | null {
  const match = ACTION_LABEL.exec(region.text);
  return match?.[1] ? normalizeAction(match[1]) : null;
}
