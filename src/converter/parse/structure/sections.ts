/**
 * Body headings → sections. Each section holds the paragraphs between its heading and the next one;
 * the risk section (风险提示) is set aside for the risk parser instead of becoming a section.
 */
import type { Section } from '../../../schema/report.ts';
import type { SectionRange } from '../types.ts';
import { joinParagraphs } from '../text/paragraphs.ts';
import type { HeadingHit } from './heading-scan.ts';
import { assignIds } from './ids.ts';
import { KEY_POINT_LABELS, isRiskTitle } from './labels.ts';
import type { LineRange } from './risks.ts';
import { isBlank } from './text-utils.ts';

/** Sections of the body and the line ranges of its risk sections. */
export interface BodySections {
  sections: Section[];
  /** Each section's line range, in the same order as `sections`. */
  ranges: SectionRange[];
  riskRanges: LineRange[];
  /** Whether the body had text before its first heading, kept as a section titled 正文. */
  untitledBody: boolean;
}

/** Title of the section that holds body text no heading introduces (reports without recognisable headings). */
export const UNTITLED_BODY_TITLE = '正文';

interface Draft {
  title: string;
  level: number;
  numbers: number[] | null;
  from: number;
  to: number;
}

/** Levels of unnumbered Markdown headings, relative to the shallowest one in the body (`##` → 1 when no `#`). */
function relativeLevels(headings: readonly HeadingHit[]): number[] {
  const depths = headings.filter((h) => h.markdown).map((h) => h.level);
  const shallowest = depths.length > 0 ? Math.min(...depths) : 1;
  return headings.map((h) => (h.markdown ? Math.min(h.level - shallowest + 1, 6) : Math.min(h.level, 6)));
}

/** Where a heading's content ends: at the next heading, or for a risk section at the next heading not below it. */
function contentEnd(headings: readonly HeadingHit[], levels: readonly number[], k: number, bodyEnd: number): { to: number; next: number } {
  const risky = isRiskTitle(headings[k]!.title);
  let next = k + 1;
  while (risky && next < headings.length && levels[next]! > levels[k]!) next += 1;
  return { to: next < headings.length ? headings[next]!.start : bodyEnd, next };
}

/** Splits the body into drafts (sections to be) and risk ranges. */
function drafts(lines: readonly string[], headings: readonly HeadingHit[], bodyStart: number, bodyEnd: number): { drafts: Draft[]; riskRanges: LineRange[]; untitledBody: boolean } {
  const result: Draft[] = [];
  const riskRanges: LineRange[] = [];
  const firstHeading = headings[0]?.start ?? bodyEnd;
  const untitledBody = lines.slice(bodyStart, firstHeading).some((line) => !isBlank(line));
  if (untitledBody) result.push({ title: UNTITLED_BODY_TITLE, level: 1, numbers: null, from: bodyStart, to: firstHeading });
  const levels = relativeLevels(headings);
  for (let k = 0; k < headings.length; ) {
    const heading = headings[k]!;
    const { to, next } = contentEnd(headings, levels, k, bodyEnd);
    const empty = lines.slice(heading.end + 1, to).every((line) => isBlank(line));
    if (isRiskTitle(heading.title)) riskRanges.push({ start: heading.end + 1, end: to });
    // A summary label right above the summary's own headings (投资要点 / ▌…) holds nothing of its own.
    else if (empty && KEY_POINT_LABELS.includes(heading.title.replace(/[:：\s]/g, ''))) {
      k = next;
      continue;
    } else result.push({ title: heading.title, level: levels[k]!, numbers: heading.numbering?.numbers ?? null, from: heading.end + 1, to });
    k = next;
  }
  return { drafts: result, riskRanges, untitledBody };
}

/** The body's sections (risk sections excluded) with stable ids. */
export function buildSections(lines: readonly string[], headings: readonly HeadingHit[], bodyStart: number, bodyEnd: number): BodySections {
  const body = headings.filter((h) => h.start >= bodyStart && h.start < bodyEnd);
  const { drafts: list, riskRanges, untitledBody } = drafts(lines, body, bodyStart, bodyEnd);
  const ids = assignIds(list.map((d) => ({ numbers: d.numbers })));
  const sections = list.map((d, i) => ({
    id: ids[i]!,
    title: d.title,
    level: d.level,
    paragraphs: joinParagraphs(lines.slice(d.from, d.to)),
  }));
  const ranges = list.map((d, i) => ({ id: ids[i]!, from: d.from, to: d.to }));
  return { sections, ranges, riskRanges, untitledBody };
}
