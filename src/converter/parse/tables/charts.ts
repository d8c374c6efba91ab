/**
 * Charts whose image was lost in extraction: a caption (or several, on one line or on lines
 * separated by blanks) followed by its source line(s), with no table between. Captions and
 * sources pair in order. Text between caption and source is the image's OCR residue (axis
 * labels, a screenshot's words) and belongs to the chart, as long as no line of it ends like
 * a sentence, starts a section or holds a table.
 */
import { parseCaptionLine, parseSourceLine } from './captions.ts';
import { isHeadingLike, isSkippable, nextContentLine } from './lines.ts';
import { takeCaption, takeSource, type Ledger } from './attach.ts';
import type { CaptionPart } from './types.ts';

const MAX_CHART_SPAN = 30;

/** A lost chart before its id is given. */
export interface ChartDraft { caption: CaptionPart; source: string | null; startLine: number; endLine: number }

/** Caption parts of the group starting at `start`: that line and caption lines after it, blanks between. */
function captionGroup(lines: readonly string[], ledger: Ledger, start: number): { part: CaptionPart; line: number }[] {
  const group: { part: CaptionPart; line: number }[] = [];
  for (let i = start; i < lines.length && !ledger.claimed[i]; i = nextContentLine(lines, i + 1)) {
    if (parseCaptionLine(lines[i] ?? '').length === 0) break;
    for (let part = takeCaption(lines, ledger, i); part; part = takeCaption(lines, ledger, i)) group.push({ part, line: i });
  }
  return group;
}

/** Whether a line between a caption and its source may belong to the lost image. */
function isChartResidue(line: string): boolean {
  return !/[。！？；，：]\s*$/.test(line) && !isHeadingLike(line) && !/^\s*[|<]/.test(line) && !line.includes('\t');
}

/** Source lines after `from` (captions' last line), up to `wanted` sources; [] when none comes first. */
function sourceLines(lines: readonly string[], ledger: Ledger, from: number, wanted: number): number[] {
  const found: number[] = [];
  let count = 0;
  for (let i = from + 1; i < lines.length && i <= from + MAX_CHART_SPAN && count < wanted && !ledger.claimed[i]; i++) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    const sources = parseSourceLine(line).length;
    if (sources > 0) {
      found.push(i);
      count += sources;
    } else if (found.length > 0 || parseCaptionLine(line).length > 0 || !isChartResidue(line)) break;
  }
  return count > 0 ? found : [];
}

/** Drafts for one caption group: sources in order, each chart's range running to the next caption line. */
function draftGroup(lines: readonly string[], ledger: Ledger, start: number): ChartDraft[] {
  const group = captionGroup(lines, ledger, start);
  const lastCaptionLine = group.at(-1)?.line ?? start;
  const sources = sourceLines(lines, ledger, lastCaptionLine, group.length).flatMap((line) =>
    parseSourceLine(lines[line] ?? '').map(() => ({ line, text: takeSource(lines, ledger, line) })),
  );
  const end = Math.max(lastCaptionLine, sources.at(-1)?.line ?? lastCaptionLine);
  const captionLines = [...new Set(group.map((entry) => entry.line))];
  return group.map(({ part, line }, k) => {
    const next = captionLines[captionLines.indexOf(line) + 1];
    return { caption: part, source: sources[k]?.text ?? null, startLine: line, endLine: next === undefined ? end : next - 1 };
  });
}

/** Lost charts among the caption lines no table took, in line order. */
export function findLostCharts(lines: readonly string[], ledger: Ledger): ChartDraft[] {
  const drafts: ChartDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (ledger.claimed[i] || parseCaptionLine(lines[i] ?? '').length === 0) continue;
    const group = draftGroup(lines, ledger, i);
    if (group.length === 0) continue;
    const end = Math.max(...group.map((draft) => draft.endLine));
    ledger.claim(i, end);
    drafts.push(...group);
    i = end;
  }
  return drafts;
}
