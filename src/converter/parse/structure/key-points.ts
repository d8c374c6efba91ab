/**
 * Key points: the title-page block after 周观点 / 核心观点 / 主要观点 / 投资要点 / 投资建议, up to the
 * next other label (风险提示, 内容目录, 相关研究, 分析师 …) or heading. Consecutive key-point labels
 * (主要观点 … ● 投资建议 …) read as one block.
 *
 * Fallback for reports without such a label: a leading run of paragraphs that each open with a short
 * label and a colon (`11 月行情回顾：…`, `人工智能动态：…`), at least two of them.
 */
import { matchLabel } from './labels.ts';
import { blockItems } from './list-items.ts';
import { endsSentence, isBlank, plainLine } from './text-utils.ts';

/** Key points and the lines their block spans. */
export interface KeyPointBlock {
  keyPoints: string[];
  /** Index of the first line of the block (its label, or the first point when inferred). */
  start: number;
  /** Index of the first line after the block. */
  end: number;
  /** Whether the points were inferred from their shape because no key-point label was found. */
  inferred: boolean;
}

/** Longest line that ends a block as a title-page label (相关研究报告, 分析师：… (执业 S…)). */
const MAX_TITLE_PAGE_LABEL_LENGTH = 40;
/** `label：` at the start of a paragraph: a short run without sentence punctuation, then a colon. */
const LEADING_LABEL = /^([^，。；、,;:：（）()《》“”"\s][^，。；、,;:：（）()《》“”"]{1,13})[:：]\s*\S/;
/** Labels that carry contact or licence data, never a point. */
const CONTACT_LABEL = /执业|证书|邮箱|电话|地址|邮编|网址|传真|mail|tel|来源|^注$/i;
const MIN_INFERRED_POINTS = 2;
/**
 * A sidebar's contact line the column reader left among the summary's lines (分析师：庄宇, a SAC
 * licence, an e-mail address, a phone number): never part of a point, and no end of the block.
 */
const CONTACT_LINE = /^(?:(?:证券)?分析师|研究助理|联系人)[：:]\s*[\u3400-\u9fff·]{2,4}$|^S\d{13}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:电话|邮箱|Tel|E-?mail)[：:]/iu;

/** Whether the line ends a key-point block (another kind of label). */
function endsBlock(line: string): boolean {
  const label = matchLabel(line);
  if (!label || label.kind === 'keyPoints') return false;
  return label.kind !== 'titlePage' || line.trim().length <= MAX_TITLE_PAGE_LABEL_LENGTH;
}

/** A masthead table's cells run together with its source (年结日：12月31日股息率(%)0.30.4…资料来源：…): no point. */
function isTableResidue(point: string): boolean {
  const figures = point.match(/[\d.%()（）]/gu)?.length ?? 0;
  return /(?:资料|数据)来源[：:]/u.test(point) && figures > point.length * 0.35;
}

/** Reads the label block starting at `start` (a key-point label line) up to `limit` or a stop line. */
function readLabelBlock(lines: readonly string[], start: number, limit: number, isHeading: (i: number) => boolean): KeyPointBlock {
  const body: string[] = [];
  let end = start + 1;
  for (let i = start; i < limit; i += 1) {
    const line = lines[i]!;
    if (CONTACT_LINE.test(line.trim())) continue;
    const label = matchLabel(line);
    if (i > start && (isHeading(i) || endsBlock(line))) break;
    if (label?.kind === 'keyPoints') {
      if (label.rest) body.push(label.rest);
      body.push('');
    } else body.push(line);
    end = i + 1;
  }
  return { keyPoints: blockItems(body).filter((point) => !isTableResidue(point)), start, end, inferred: false };
}

/** Whether a line opens a paragraph with a point label (`5月行情回顾：…`), not a contact label. */
function opensLabelledPoint(line: string): boolean {
  const match = LEADING_LABEL.exec(plainLine(line));
  return match !== null && !CONTACT_LABEL.test(match[1]!) && matchLabel(line) === null;
}

/** The run of labelled paragraphs starting at `start`: each point continues until a sentence ends. */
function readLabelledRun(lines: readonly string[], start: number, limit: number): { end: number; lines: string[] } {
  const run: string[] = [];
  let end = start;
  let open = false;
  for (let i = start; i < limit; i += 1) {
    const line = lines[i]!;
    if (isBlank(line)) {
      run.push(line);
      continue;
    }
    if (!open && !opensLabelledPoint(line)) break;
    run.push(line);
    open = !endsSentence(line);
    end = i + 1;
  }
  return { end, lines: run };
}

/** The labels of the first run of labelled paragraphs before `limit` (行情回顾, 行业动态 …). */
export function labelledRunLabels(lines: readonly string[], limit: number): string[] {
  const start = lines.slice(0, limit).findIndex(opensLabelledPoint);
  if (start === -1) return [];
  const labels: string[] = [];
  let open = false;
  for (const line of readLabelledRun(lines, start, limit).lines) {
    if (isBlank(line)) continue;
    const match = !open && opensLabelledPoint(line) ? LEADING_LABEL.exec(plainLine(line)) : null;
    if (match) labels.push(match[1]!);
    open = !endsSentence(line);
  }
  return labels;
}

/** Fallback: the first run of at least two labelled paragraphs before `limit`. */
function inferKeyPoints(lines: readonly string[], limit: number): KeyPointBlock | null {
  const start = lines.slice(0, limit).findIndex(opensLabelledPoint);
  if (start === -1) return null;
  const run = readLabelledRun(lines, start, limit);
  const keyPoints = blockItems(run.lines);
  if (keyPoints.length < MIN_INFERRED_POINTS || !keyPoints.every((point) => endsSentence(point))) return null;
  return { keyPoints, start, end: run.end, inferred: true };
}

/** The title page's key points (lines before `limit`), or null when there are none. */
export function findKeyPoints(lines: readonly string[], limit: number, isHeading: (i: number) => boolean): KeyPointBlock | null {
  for (let i = 0; i < limit; i += 1) {
    const label = matchLabel(lines[i]!);
    if (label?.kind !== 'keyPoints') continue;
    const block = readLabelBlock(lines, i, limit, isHeading);
    if (block.keyPoints.length > 0) return block;
  }
  return inferKeyPoints(lines, limit);
}
