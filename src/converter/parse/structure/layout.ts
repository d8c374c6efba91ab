/**
 * The report's layout: where the title page ends, where the body starts and ends, and its headings.
 *
 * The title page (metadata, key points, risks, TOC) comes first. With a TOC, the body starts at the
 * first heading after it; without one, at the first numbered or Markdown heading; in a report with
 * neither ("weak" structure) the caller decides from the key-point block.
 */
import { scanHeadings } from './heading-scan.ts';
import { headlineHeadings, labelledHeadings } from './headline-headings.ts';
import type { HeadingHit } from './heading-scan.ts';
import { isCaptionOrSource } from './headings.ts';
import { KEY_POINT_LABELS, RISK_LABELS, isBodyLabel, matchLabel } from './labels.ts';
import { findTocBlocks } from './toc.ts';
import type { TocBlock } from './toc.ts';
import { isBlank, plainLine } from './text-utils.ts';

/** Where things are in a report's lines. */
export interface Layout {
  blocks: TocBlock[];
  /** Key-point and risk blocks of the title page are searched before this line. */
  titlePageLimit: number;
  /** First body line; null when the report has neither a TOC nor a numbered or Markdown heading. */
  bodyStart: number | null;
  /** First line after the body: a back-matter label (评级说明, 免责声明 …) or the end. */
  bodyEnd: number;
  /** Headings in reading order, title page included (callers keep those in the body). */
  headings: HeadingHit[];
}

/** Longest line that can be a back-matter label rather than a paragraph that starts with its words. */
const MAX_BACK_MATTER_LABEL_LENGTH = 30;

function firstNonBlank(lines: readonly string[]): number {
  return lines.findIndex((line) => !isBlank(line));
}

/** An unnumbered `#` heading on the first line is the document's title, not a section. */
function withoutDocumentTitle(lines: readonly string[], hits: HeadingHit[]): HeadingHit[] {
  const first = hits[0];
  return first && first.markdown && first.start === firstNonBlank(lines) ? hits.slice(1) : hits;
}

/** Whether a heading opens the body (not a Markdown `## 投资要点` on the title page, not a bare label). */
function opensBody(hit: HeadingHit): boolean {
  if (hit.source === 'label') return isBodyLabel(hit.title) && !KEY_POINT_LABELS.includes(hit.title.replace(/[:：\s]/g, ''));
  if (hit.source !== 'pattern' && hit.source !== 'bullet') return false;
  return hit.numbering !== null || ![...KEY_POINT_LABELS, ...RISK_LABELS].includes(hit.title.replace(/[:：\s]/g, ''));
}

/** First line at or after `from` that is a figure caption (图1：, 图表 2) — body material. */
function firstCaption(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (isCaptionOrSource(plainLine(lines[i]!)) && /^(?:图|表)/.test(plainLine(lines[i]!))) return i;
  return lines.length;
}

/** First back-matter label line at or after `from`, or the end. */
function backMatterStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line.length <= MAX_BACK_MATTER_LABEL_LENGTH && matchLabel(line)?.kind === 'backMatter') return i;
  }
  return lines.length;
}

/** Title-page limit and body start, from the TOC or the first body-opening heading. */
function boundaries(lines: readonly string[], blocks: readonly TocBlock[], hits: readonly HeadingHit[]): { titlePageLimit: number; bodyStart: number | null } {
  if (blocks.length > 0) {
    const afterToc = Math.max(...blocks.map((b) => b.end + 1));
    const first = hits.find((h) => h.start >= afterToc);
    return { titlePageLimit: blocks[0]!.start, bodyStart: first ? first.start : afterToc };
  }
  // In a numbered report the body opens at its first numbered heading: bullets before it are the summary's.
  const numbered = hits.find((hit) => hit.numbering !== null && hit.source === 'pattern');
  const opening = numbered ?? hits.find(opensBody);
  if (opening) return { titlePageLimit: opening.start, bodyStart: opening.start };
  const firstHit = hits[0]?.start ?? lines.length;
  return { titlePageLimit: Math.min(firstCaption(lines, 0), firstHit), bodyStart: null };
}

/**
 * A report that marks its parts with no numbering, no TOC and no Markdown gets its bold headlines
 * as headings too (see `headline-headings.ts`), wherever no other heading already stands.
 */
function withHeadlines(lines: readonly string[], blocks: readonly TocBlock[], hits: HeadingHit[]): HeadingHit[] {
  if (blocks.length > 0 || hits.some((hit) => hit.numbering !== null || hit.markdown)) return hits;
  const labelled = labelledHeadings(lines);
  const taken = (i: number, list: readonly HeadingHit[]) => list.some((hit) => i >= hit.start && i <= hit.end);
  const known = [...hits, ...labelled.filter((hit) => !taken(hit.start, hits))];
  // With the summary's labels as headings, the parts are known: other headlines are inside them.
  const extra = labelled.length > 0 ? [] : headlineHeadings(lines).filter((hit) => !taken(hit.start, known));
  return [...known, ...extra].sort((a, b) => a.start - b.start);
}

/** Reads the layout of a report's lines. */
export function readLayout(lines: readonly string[]): Layout {
  const blocks = findTocBlocks(lines);
  const hits = withHeadlines(lines, blocks, withoutDocumentTitle(lines, scanHeadings(lines, blocks)));
  const { titlePageLimit, bodyStart } = boundaries(lines, blocks, hits);
  const bodyEnd = backMatterStart(lines, bodyStart ?? titlePageLimit);
  return { blocks, titlePageLimit, bodyStart, bodyEnd, headings: hits.filter((h) => h.start < bodyEnd) };
}
