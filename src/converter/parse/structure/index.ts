/**
 * Structure parser: body lines → sections, key points and risks.
 *
 * Order of work: read the layout (TOC, headings, where the title page ends), take the key points and
 * the risk block from the title page, split the body into sections at its headings, and collect the
 * risks from the title page and the risk section. See the modules for each rule.
 */
import type { StructureResult } from '../types.ts';
import { findKeyPoints } from './key-points.ts';
import type { HeadingHit } from './heading-scan.ts';
import { readLayout } from './layout.ts';
import { collectRisks, titlePageRiskLines } from './risks.ts';
import { buildSections } from './sections.ts';

/** Warnings, in Chinese for the publisher. */
const WARNINGS = {
  noKeyPoints: '未找到核心观点（keyPoints）',
  inferredKeyPoints: '未找到核心观点标签，核心观点（keyPoints）按段首标签推断',
  noRisks: '未找到风险提示（risks）',
  noHeadings: '未识别到章节标题',
  untitledBody: '部分正文前没有可识别的章节标题，归入“正文”一节',
};

/** The lines with each wrapped bullet heading on one line (its tail's line left blank), for the summary reader. */
function withJoinedHeadings(lines: readonly string[], headings: readonly HeadingHit[]): string[] {
  const joined = [...lines];
  for (const heading of headings) {
    if (heading.source !== 'bullet' || heading.end === heading.start) continue;
    joined[heading.start] = `• ${heading.title}`;
    for (let i = heading.start + 1; i <= heading.end; i += 1) joined[i] = '';
  }
  return joined;
}

/** What the layout stage knows about the lines. */
export interface StructureOptions {
  /** Lines of the first page: a summary (投资要点 …) printed anywhere on it is the key points. */
  firstPageEnd?: number;
}

/** Parses a report's body lines (page furniture and legal back matter removed) into its structure. */
export function parseStructure(lines: readonly string[], options: StructureOptions = {}): StructureResult {
  const layout = readLayout(lines);
  const headingStarts = new Set(layout.headings.map((h) => h.start));
  const isHeading = (i: number) => headingStarts.has(i);
  // A summary runs on through its bulleted headings and labels (⚫ 事件, ⚫ 投资建议); other headings end it.
  const endsSummary = new Set(layout.headings.filter((h) => h.source === 'pattern' || h.source === 'toc').map((h) => h.start));
  const tocStart = layout.blocks[0]?.start ?? lines.length;
  const summaryLimit = Math.min(tocStart, Math.max(layout.titlePageLimit, options.firstPageEnd ?? 0));
  const keyPoints = findKeyPoints(withJoinedHeadings(lines, layout.headings), summaryLimit, (i) => endsSummary.has(i));
  const titleRisks = titlePageRiskLines(lines, layout.titlePageLimit, isHeading);
  const bodyStart = layout.bodyStart ?? Math.max(keyPoints?.end ?? 0, titleRisks?.range.end ?? 0);
  const body = buildSections(lines, layout.headings, bodyStart, layout.bodyEnd);
  const riskBlocks = [titleRisks?.lines ?? [], ...body.riskRanges.map((r) => lines.slice(r.start, r.end))];
  const risks = collectRisks(riskBlocks);

  const warnings: string[] = [];
  if (!keyPoints) warnings.push(WARNINGS.noKeyPoints);
  else if (keyPoints.inferred) warnings.push(WARNINGS.inferredKeyPoints);
  if (risks.length === 0) warnings.push(WARNINGS.noRisks);
  const titled = body.sections.length - (body.untitledBody ? 1 : 0);
  if (titled === 0) warnings.push(WARNINGS.noHeadings);
  else if (body.untitledBody) warnings.push(WARNINGS.untitledBody);
  return { sections: body.sections, sectionRanges: body.ranges, keyPoints: keyPoints?.keyPoints ?? [], risks, warnings };
}
