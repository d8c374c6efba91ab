/**
 * Structure parser: body lines → sections, key points and risks.
 *
 * Order of work: read the layout (TOC, headings, where the title page ends), take the key points and
 * the risk block from the title page, split the body into sections at its headings, and collect the
 * risks from the title page and the risk section. See the modules for each rule.
 */
import type { StructureResult } from '../types.ts';
import { findKeyPoints } from './key-points.ts';
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

/** Parses a report's body lines (page furniture and legal back matter removed) into its structure. */
export function parseStructure(lines: readonly string[]): StructureResult {
  const layout = readLayout(lines);
  const headingStarts = new Set(layout.headings.map((h) => h.start));
  const isHeading = (i: number) => headingStarts.has(i);
  const keyPoints = findKeyPoints(lines, layout.titlePageLimit, isHeading);
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
