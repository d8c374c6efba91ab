/**
 * Zones of a flattened report's lines. On the first page, the masthead (template-tagged blocks,
 * rating box, market data, analysts, related reports) is `header` before the summary and `sidebar`
 * where its labelled fields sit; the summary (投资要点 / 核心观点 …, or the first run of prose) is
 * `body`. After the body, the legal statements and biographies are `back-matter`.
 */
import type { Zone } from '../types.ts';
import { EMAIL, LICENCE } from './markers.ts';
import type { Piece } from './segment.ts';

/** Template tags of the masthead's side blocks: analysts, rating, market data, charts, related reports. */
const SIDEBAR_TAG = /^(?:author|authors|authorinfo|analyst|baseinfo|basedata|base|quotepic|quoteinfo|picquote|chart|rank|industryrank|investrank|investinfo|invest|stock|stockinfo|stockandrank|index|relatedreport|relate|report|reportinfo|otherreport|profit|finance|financeinfo|contact|firststock|marketdata|data)$/u;
/** Template tags that open the summary. */
const SUMMARY_TAG = /^(?:summary|abstract|content|reportsummary|main_summary)$/u;
/** Whether a line is prose: two sentences, or one long one (a scan that stops early: lines can be huge). */
function isProse(text: string): boolean {
  let ends = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!SENTENCE_MARKS.has(text[i]!)) continue;
    ends += 1;
    if (ends >= 2 || i >= LONG_SENTENCE) return true;
  }
  return false;
}
const SENTENCE_MARKS = new Set([...'。！？；']);
const LONG_SENTENCE = 120;
/** A back matter that starts before this share of the text is a cover-page notice, not the back matter. */
const BACK_MATTER_FROM = 0.5;

function tagOf(piece: Piece): string {
  return /_([A-Za-z0-9]+)/.exec(piece.tag ?? '')?.[1]?.toLowerCase() ?? '';
}

/** Whether a first-page line is a field of the masthead's side blocks. */
function isSidebarField(piece: Piece): boolean {
  if (piece.text.startsWith('《') || SIDEBAR_TAG.test(tagOf(piece))) return true;
  if (piece.kind === 'label') return !isProse(piece.text);
  // search(), not test(): these patterns are global, and test() would move their lastIndex.
  return !isProse(piece.text) && (piece.text.search(EMAIL) >= 0 || piece.text.search(LICENCE) >= 0);
}

/** Index of the first-page line where the summary starts, or -1. */
function summaryStart(pieces: readonly Piece[], firstPage: number): number {
  const labelled = pieces.findIndex((p, i) => i < firstPage && (p.kind === 'summary' || SUMMARY_TAG.test(tagOf(p))));
  if (labelled >= 0) return labelled;
  return pieces.findIndex((p, i) => i < firstPage && !isSidebarField(p) && isProse(p.text));
}

/** Index of the first back-matter line, or the number of lines. */
function backMatterStart(pieces: readonly Piece[], textLength: number): number {
  const lastSection = pieces.findLastIndex((p) => p.kind === 'section');
  const start = pieces.findIndex((p, i) => i > lastSection && p.kind === 'back' && p.start >= BACK_MATTER_FROM * textLength);
  return start < 0 ? pieces.length : start;
}

/**
 * The zone of each line. `firstPage` is how many lines the first page holds; `textLength` the
 * length of the joined text (the back matter is looked for in its second half).
 */
export function zonesOf(pieces: readonly Piece[], firstPage: number, textLength: number): Zone[] {
  const summary = summaryStart(pieces, firstPage);
  const back = backMatterStart(pieces, textLength);
  const firstSection = pieces.findIndex((p) => p.kind === 'section');
  let aside: Zone | null = null;
  return pieces.map((piece, i): Zone => {
    // A figure list printed after the body (some reports put it at the back) is navigation, not text.
    if (piece.kind === 'toc' && firstSection >= 0 && i > firstSection) return 'furniture';
    if (i >= back) return 'back-matter';
    if (i >= firstPage) return 'body';
    if (summary < 0 || i < summary) return isSidebarField(piece) ? 'sidebar' : 'header';
    // After the summary, a masthead field or word and the unpunctuated lines after it are masthead again.
    if (isSidebarField(piece)) aside = 'sidebar';
    else if (piece.kind === 'masthead' || (piece.kind === 'tag' && !SUMMARY_TAG.test(tagOf(piece)))) aside = 'header';
    else if (isProse(piece.text) || piece.kind === 'bullet' || piece.kind === 'summary' || piece.kind === 'risk') aside = null;
    return aside ?? 'body';
  });
}

/** A line that opens with a bullet glyph (Wingdings private-use bullets included). */
const BULLET_START = /^[•●○◆◇■□▪▫►▶➢➤✓√❑❖◼⚫▌★☆\uF000-\uF0FF]/u;

/** A summary label alone on its line (投资要点, 核心观点：). */
const BARE_SUMMARY_LABEL = /^.{2,6}[：:]?$/u;

/**
 * A summary label printed apart from its summary is moved before the summary's first line, where
 * the page prints it, so the summary reads as its block: after it (extractors read the side column's
 * labels last: `…◼ 面板价格持续强势… 核心观点 重点推荐公司盈利预测`), or in the masthead before the
 * template's summary tag (`…投资要点 西南证券研究发展中心 [Table_Author]… [Table_Summary]推荐逻辑：`).
 */
export function placeSummaryLabel(pieces: readonly Piece[], firstPage: number): Piece[] {
  const label = pieces.findIndex((p, i) => i < firstPage && p.kind === 'summary' && BARE_SUMMARY_LABEL.test(p.text));
  if (label < 0) return [...pieces];
  // The template's summary tag marks where the summary is printed (the label sat in the masthead).
  const tagged = pieces.findIndex((p, i) => i > label + 1 && i < firstPage && SUMMARY_TAG.test(tagOf(p)));
  const opens = (p: Piece) => (p.kind === 'bullet' || BULLET_START.test(p.text) || isProse(p.text) || SUMMARY_TAG.test(tagOf(p))) && !isSidebarField(p);
  // A label followed by its summary stays; one followed by other labels (a column of labels) does not.
  const next = pieces[label + 1];
  if (tagged < 0 && next !== undefined && label + 1 < firstPage && opens(next)) return [...pieces];
  const first = tagged >= 0 ? tagged - 1 : pieces.findIndex((p, i) => i < label && opens(p));
  if (first < 0) return [...pieces];
  const moved = [...pieces];
  const [piece] = moved.splice(label, 1);
  const at = tagged >= 0 ? tagged : first;
  moved.splice(tagged >= 0 ? tagged - 1 : first, 0, { ...piece!, start: pieces[at]!.start });
  return moved;
}
