/**
 * Title and subtitle, by scoring the first page's lines as candidates.
 *
 * A title is a headline (short, no sentence end, often two clauses) that sits high in the
 * masthead, near the subject, the rating and the date; it is none of the masthead's other lines
 * (labels and values, banners, category paths, people, chart legends — see `line-kinds.ts`). A
 * title printed over two lines is joined. The subtitle is a series line (——汽车行业周报（…）,
 * 互联网行业 2026 年 6 月投资策略). A report without a title page is titled from its series (its
 * own key-point label, completed from the earlier issues it lists), else from its first heading,
 * with a warning either way; the title is never empty.
 */
import type { LayoutLine } from '../../layout/types.ts';
import { scrubTemplateTags } from '../../layout/template-tags.ts';
import { best, type Candidate } from '../candidates.ts';
import { SECTORS } from '../classification.ts';
import type { FieldContext } from '../context.ts';
import { fallbackTitle } from '../fallback-title.ts';
import {
  displayWidth,
  isBannerLine,
  isCategoryPath,
  isCaptionLine,
  isChartLegend,
  isDataLine,
  isDisclaimerLine,
  isFieldLine,
  isRatingValueLine,
  isSubjectOnly,
  isSubjectTypeLine,
} from './line-kinds.ts';
import { mastheadPieces } from './pieces.ts';
import { isSeriesLine, seriesTitle } from './series.ts';

export { isSeriesLine } from './series.ts';

/** Title, subtitle and what was guessed. */
export interface TitleResult {
  title: string;
  subtitle: string | null;
  warnings: string[];
  /** The title's candidates, best first (for tests and diagnostics). */
  candidates: Candidate<string>[];
}

/** A first-page line prepared for scoring. */
interface Line {
  text: string;
  zone: LayoutLine['zone'];
  /** Markdown heading level, 0 for none. */
  level: number;
  /** Starts with a bullet: a key point's headline rather than the report's. */
  bulleted: boolean;
  /** Starts with a dash: a series line under the title (——汽车行业周报). */
  dashed: boolean;
  /** Set apart from the lines around it: a blank line or another zone on one side at least. */
  isolated: boolean;
}

const MIN_WIDTH = 4;
/** Below this, the best line is no title (a report whose title page was lost): fall back, with a warning. */
const MIN_TITLE_SCORE = 11.5;
const MAX_WIDTH = 45;
/** Only the first page's first lines can hold the title. */
const MAX_LINES = 60;
const BULLET = /^[•●■◆▌⚫❑➢◼▪◇○□√✓·lu]\s*(?=[\u3400-\u9fffA-Z0-9])/u;
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}(?:\.\d{1,2})*[、.．]\s*(?=\D)|\d{1,2}\s+(?=[\u3400-\u9fff]))/u;

/** A two-column title line carries the side column's fields after it: cut them off. */
const COLUMN_TAIL = /\s+(?:报告日期|发布日期|证券分析师|分析师|行业评级|投资评级|公司评级|评级|目标价|当前股价|执业证书|邮箱)\s*[:：]/u;

function prepare(line: LayoutLine, isolated: boolean): Line {
  let text = scrubTemplateTags(line.text).trim();
  const tail = COLUMN_TAIL.exec(text);
  if (tail && tail.index >= 4) text = text.slice(0, tail.index);
  const heading = /^(#{1,6})\s*/u.exec(text);
  text = text.replace(/^#{1,6}\s*/u, '').replace(/\*\*|__/g, '');
  const bulleted = BULLET.test(text);
  text = text.replace(BULLET, '');
  const dashed = /^[—–―-]{1,2}\s*/u.test(text);
  text = text.replace(/^[—–―-]{1,2}\s*/u, '').replace(/\s+/g, ' ').trim();
  return { text, zone: line.zone, level: heading ? heading[1]!.length : 0, bulleted, dashed, isolated };
}

/** Whether a line can be a title at all. */
function isHeadline(text: string): boolean {
  const width = displayWidth(text);
  if (width < MIN_WIDTH || width > MAX_WIDTH || (text.match(/[\u3400-\u9fff]/gu)?.length ?? 0) < 2) return false;
  if (/[。；;！!？?：:]$/u.test(text) || (text.match(/[。；]/gu)?.length ?? 0) > 0) return false;
  if (/^[《〈<，,。、；：:）)]|^注[：:]|》\s*[\d-]*$|[-—]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u.test(text) || NUMBERED_HEADING.test(text)) return false;
  if (!bracketsBalanced(text)) return false;
  return !(
    isFieldLine(text) ||
    isBannerLine(text, SECTORS) ||
    isRatingValueLine(text) ||
    isCategoryPath(text) ||
    isSubjectOnly(text) ||
    isSubjectTypeLine(text, SECTORS) ||
    isDataLine(text) ||
    isChartLegend(text, SECTORS) ||
    isCaptionLine(text) ||
    isDisclaimerLine(text) ||
    SECTORS.has(text)
  );
}

function bracketsBalanced(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/[（(]/gu) === count(/[）)]/gu) && count(/[“]/gu) === count(/[”]/gu);
}

/** A headline's score: zone, Markdown level, shape and rank among the candidates. */
function scoreOf(line: Line, rank: number, markdown: boolean): number {
  let score = 10 - 0.2 * rank;
  // The side column's top often holds the title; the body's lines come after both in reading order.
  if (line.zone === 'header') score += 3;
  else score += line.isolated ? (line.zone === 'sidebar' ? 3 : -1) : -4;
  if (markdown) score += line.level === 1 ? 4 : line.level === 2 ? 2 : line.level > 2 ? 1 : -2;
  if (/[\u3400-\u9fff\w][，：,:、 ][\u3400-\u9fff\w“"]/u.test(line.text)) score += 2;
  const width = displayWidth(line.text);
  if (width >= 8 && width <= 35) score += 1;
  if (line.bulleted) score -= 2;
  return score;
}

/**
 * Whether `next` continues `line` (a title printed over two lines): `line` ends with a comma, or
 * `next`'s first clause is a word's tail (`绩高增，新签订单…`, `型，目前性能最领先…`).
 */
function continues(line: Line, next: Line): boolean {
  if (next.dashed || next.bulleted || displayWidth(line.text) < 8) return false;
  if (/[，,、]$/u.test(line.text)) return true;
  if (/[。：:！？）)]$/u.test(line.text)) return false;
  // The second clause wrapped: 华为发布新一代算力底座，LCD TV 面板价 / 格延续上涨.
  if (/[，,]/u.test(line.text) && !/[，,]/u.test(next.text) && displayWidth(next.text) <= 10 && displayWidth(line.text) >= 16) return true;
  const firstClause = next.text.split(/[，,]/u)[0] ?? '';
  return firstClause.length <= 3 && firstClause !== next.text;
}

/** The lines a two-line title may have between its halves: the rating box, a banner, a date set beside it. */
function isBeside(line: Line): boolean {
  return isRatingValueLine(line.text) || isBannerLine(line.text, SECTORS) || isDataLine(line.text) || isFieldLine(line.text);
}

/** The line that may continue `lines[i]`: the next one in its zone, past what is set beside it. */
function nextInZone(lines: readonly Line[], i: number): Line | undefined {
  const line = lines[i]!;
  for (const other of lines.slice(i + 1, i + 4)) {
    if (other.zone !== line.zone) return undefined;
    if (!isBeside(other)) return other;
  }
  return undefined;
}

const RELATED_LABEL = /^(?:相关研究|相关报告|相关研究报告|近期研究|往期回顾|近期报告|历史报告)/u;

/**
 * Lines that cannot be the title whatever they look like: the entries under a related-reports
 * label (earlier reports' titles), and lines of a wrapped paragraph (as wide as their zone's
 * widest lines, and continued on the next line).
 */
function excludedLines(lines: readonly Line[]): Set<Line> {
  const excluded = new Set<Line>();
  let related: Line['zone'] | null = null;
  for (const line of lines) {
    if (RELATED_LABEL.test(line.text)) related = line.zone;
    else if (related === line.zone && (isFieldLine(line.text) || line.level > 0)) related = null;
    else if (related === line.zone) excluded.add(line);
    else if (related !== null && related !== line.zone) related = null;
  }
  for (const line of paragraphLines(lines)) excluded.add(line);
  return excluded;
}

/** Lines this similar in width (as a share of the first) are lines of one justified paragraph. */
const SAME_WIDTH = 0.15;

/**
 * Lines of wrapped paragraphs: runs of three or more lines of one zone and about one width, or two
 * that end a sentence; with the shorter last line that closes the run. A title is one or two lines.
 */
function paragraphLines(lines: readonly Line[]): Line[] {
  const found: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    let end = i + 1;
    const width = displayWidth(first.text);
    while (end < lines.length) {
      const line = lines[end]!;
      const previous = lines[end - 1]!;
      if (line.zone !== first.zone || line.level > 0 || line.bulleted || line.dashed || isBeside(line) || /[。！？]$/u.test(previous.text)) break;
      if (Math.abs(displayWidth(line.text) - width) > SAME_WIDTH * width) {
        // The paragraph's last line is shorter and ends the sentence.
        if (displayWidth(line.text) < width && /[。；]$/u.test(line.text)) end += 1;
        break;
      }
      end += 1;
    }
    const run = lines.slice(i, end);
    const closes = /[。；]$/u.test(run.at(-1)!.text);
    const prose = run.filter((line) => /[，、；。]/u.test(line.text)).length * 2 >= run.length;
    if (width >= 12 && prose && (run.length >= 3 || (run.length === 2 && closes))) found.push(...run);
    i = Math.max(end, i + 1);
  }
  return found;
}

/** Headline candidates from the first page, two-line titles joined. */
function headlineCandidates(lines: readonly Line[], markdown: boolean): Candidate<string>[] {
  const candidates: Candidate<string>[] = [];
  const excluded = excludedLines(lines);
  const tails = new Set<Line>();
  let rank = 0;
  lines.forEach((line, i) => {
    if (isSubtitleLine(line) || excluded.has(line) || tails.has(line) || !isHeadline(line.text)) return;
    // A headline under a dash is the title when no series is named in it (——电子布量价齐升，重申“买入”评级).
    const score = scoreOf(line, rank, markdown);
    rank += 1;
    const next = nextInZone(lines, i);
    if (next && continues(line, next) && !isBeside(next) && !isSubjectOnly(next.text) && isHeadline(next.text)) {
      const joined = `${line.text}${/[A-Za-z0-9]$/.test(line.text) && /^[A-Za-z0-9]/.test(next.text) ? ' ' : ''}${next.text}`;
      if (displayWidth(joined) <= MAX_WIDTH) candidates.push({ value: joined, score: score + 1, evidence: `${line.text} / ${next.text}` });
      // A word's tail is no title of its own.
      tails.add(next);
    }
    candidates.push({ value: line.text, score, evidence: line.text });
  });
  return candidates;
}

/** Score of a title made of the subject and the report type, for a masthead that prints no headline. */
const SUBJECT_TITLE_SCORE = 12;

/** A masthead that names only the company and the report type (摩尔线程（688795.SH） / 新股覆盖研究) is titled so. */
function subjectCandidates(lines: readonly Line[]): Candidate<string>[] {
  const at = lines.findIndex((line) => line.zone === 'header' && isSubjectOnly(line.text));
  if (at < 0) return [];
  const type = lines.slice(at + 1, at + 3).find((line) => line.zone === 'header' && isBannerLine(line.text, SECTORS));
  const value = type ? `${lines[at]!.text} ${type.text}` : lines[at]!.text;
  return [{ value, score: SUBJECT_TITLE_SCORE, evidence: value }];
}

/** A series line: a report type with its issue, or the subject with the report type. */
function isSubtitleLine(line: Line): boolean {
  if (/[，。；]|^[《〈]/u.test(line.text) || isFieldLine(line.text)) return false;
  if (line.dashed) return (line.text.match(/[\u3400-\u9fff]/gu)?.length ?? 0) >= 2;
  // 芯原股份 2025 年年报点评：AI ASIC 驱动… names its series, then its headline.
  return isSeriesLine(line.text) && !/[：:]\s*.{4,}/u.test(line.text);
}

/** The first series line (——汽车行业周报（20260407-20260412）, 互联网行业 2026 年 6 月投资策略). */
function subtitleOf(lines: readonly Line[], title: string): string | null {
  const series = lines.find((line) => line.text !== title && displayWidth(line.text) <= MAX_WIDTH && isSubtitleLine(line));
  return series?.text ?? null;
}

/** The report's title and subtitle. `date` (when known) completes a title made from the series. */
export function findTitle(context: FieldContext, date: string | null = null): TitleResult {
  const page = context.firstPage.filter((line) => line.zone !== 'furniture' && line.zone !== 'back-matter').slice(0, MAX_LINES * 3);
  const apart = (line: LayoutLine, other: LayoutLine | undefined) => other === undefined || other.text.trim() === '' || other.zone !== line.zone;
  const lines = page
    .flatMap((line, i) => {
      // A flattened page has no blank lines to set a title apart, and its zones are the reader's guesses.
      const flattened = context.kind === 'flattened';
      const isolated = flattened || apart(line, page[i - 1]) || apart(line, page[i + 1]);
      // A flattened page runs its fields and its headline together wherever they stand.
      if (line.zone === 'body' && context.kind !== 'flattened') return [prepare(line, isolated)];
      return mastheadPieces(line.text).map((text) => prepare({ ...line, text, zone: flattened ? 'header' : line.zone }, isolated));
    })
    .filter((line) => line.text !== '')
    .slice(0, MAX_LINES);
  const candidates = [...headlineCandidates(lines, context.kind === 'markdown'), ...subjectCandidates(lines)].sort((a, b) => b.score - a.score);
  const top = best(candidates.filter((c) => c.score >= MIN_TITLE_SCORE));
  const masthead = lines.filter((line) => line.zone !== 'body');
  if (top && masthead.length > 0) return { title: top.value, subtitle: subtitleOf(lines, top.value), warnings: [], candidates };
  // A masthead that prints only its series line is titled by it (传媒行业周报（2026年第27周））.
  const seriesLine = subtitleOf(masthead, '');
  if (seriesLine) return { title: seriesLine, subtitle: null, warnings: [], candidates };
  // No title page: the series the report belongs to names it best, else its first heading.
  const series = seriesTitle(context.all, date);
  if (series) return { title: series, subtitle: null, warnings: [`缺少标题页，标题（title）由报告系列推断：${series}`], candidates };
  if (top) return { title: top.value, subtitle: null, warnings: [`缺少标题页，标题（title）取自正文首个小标题：${top.value}`], candidates };
  const fallback = fallbackTitle(context.all, (line) => !isHeadline(line));
  return { title: fallback.title, subtitle: null, warnings: [fallback.warning], candidates };
}
