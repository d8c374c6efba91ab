/**
 * The date a report prints as its own: by label (报告日期, 发布日期, 发布时间, 报告时间, 日期 …,
 * [Table_ReportDate]) or by position on the first page (a lone date in the masthead,
 * `证券研究报告 | 2025年07月23日`, `行业周报2021年03月28日`). Data dates, related reports' dates,
 * spans, axes and event dates in prose are never candidates (see `mentions.ts`).
 *
 * Scores: a publication label 100, a bare 日期/时间 label 80, an unlabelled date 60; minus up to
 * 30 for its distance from the top of the first page; plus 10 for a date alone on its line
 * and 5 in the masthead. An unlabelled date further than `PLAIN_LIMIT` into the page is not
 * taken: by then it is the body's.
 */
import type { IsoDate } from '../../../../schema/report.ts';
import type { Candidate } from '../candidates.ts';
import { ranked } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { earliness, frontRegion, placeAt, snippet, type FrontRegion } from '../front-region.ts';
import { readCompactDate } from './grammar.ts';
import { dateMentions, type DateMention } from './mentions.ts';

/** An unlabelled date beyond this many characters into the first page is the body's. */
const PLAIN_LIMIT = 2500;
const LABEL_SCORE = { strong: 100, weak: 80 } as const;
const PLAIN_SCORE = 60;

/** A compact date (20250324) right after a date label. */
const COMPACT_AFTER_LABEL = /(?:报告|发布|出版)?(?:日期|时间)[\s:：।|｜]*(?=(?:19|20)\d{6}(?!\d))/g;

function scoreOf(mention: DateMention, region: FrontRegion): number | null {
  const base = mention.role === 'labelled' ? LABEL_SCORE[mention.label ?? 'weak'] : mention.role === 'plain' ? PLAIN_SCORE : null;
  if (base === null) return null;
  if (mention.role === 'plain' && mention.index > PLAIN_LIMIT) return null;
  const place = placeAt(region, mention.index);
  return base - 30 * (1 - earliness(mention.index)) + (mention.lone ? 10 : 0) + (place === 'masthead' ? 5 : 0);
}

/** Compact dates after a label: 日期： 20250324. */
function compactCandidates(region: FrontRegion): Candidate<IsoDate>[] {
  const found: Candidate<IsoDate>[] = [];
  for (const label of region.text.matchAll(COMPACT_AFTER_LABEL)) {
    const date = readCompactDate(region.text, label.index + label[0].length);
    if (!date) continue;
    const strong = /报告|发布|出版/.test(label[0]);
    const score = LABEL_SCORE[strong ? 'strong' : 'weak'] - 30 * (1 - earliness(label.index));
    found.push({ value: date.iso, score, evidence: snippet(region.text, label.index, date.end, 0) });
  }
  return found;
}

/** Candidates for the printed publication date, best first. */
export function publicationDateCandidates(context: FieldContext): Candidate<IsoDate>[] {
  const region = frontRegion(context);
  const candidates: Candidate<IsoDate>[] = [];
  for (const mention of dateMentions(region.text)) {
    const score = scoreOf(mention, region);
    if (score !== null) candidates.push({ value: mention.iso, score, evidence: snippet(region.text, mention.index, mention.end) });
  }
  return ranked([...candidates, ...compactCandidates(region)]);
}
