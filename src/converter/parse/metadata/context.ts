/**
 * What the field finders read: the report's lines grouped by how much they can be trusted for
 * metadata. Labels such as 投资评级 or 报告日期 are read from the masthead first (the first page's
 * header and sidebar) and from the front (the first page) next; the whole text is the fallback
 * for evidence that is printed anywhere (licences, e-mail domains, disclaimers).
 */
import { readLayout } from '../layout/index.ts';
import type { LayoutKind, LayoutLine, ReportLayout } from '../layout/types.ts';

/** A report's text as the field finders see it. Lines may be long in flattened reports. */
export interface FieldContext {
  kind: LayoutKind;
  /** The first page's header and sidebar lines, in reading order (may be empty). */
  masthead: readonly string[];
  /** The first page's lines (masthead and body), in reading order. */
  front: readonly string[];
  /** Every line except page furniture, in reading order, back matter included. */
  all: readonly string[];
  /** The publisher's file name (`2026-04-26-华鑫证券-公司点评-….txt`), a hint, never required. */
  source: string;
  /** The first page's lines with their zones (for finders that weigh where a line sits). */
  firstPage: readonly LayoutLine[];
}

/** The finders' view of a report read by the layout stage. */
export function fieldContext(layout: ReportLayout, source: string): FieldContext {
  const kept = layout.lines.filter((line) => line.zone !== 'furniture');
  const firstPage = kept.filter((line) => line.page === 1);
  return {
    kind: layout.kind,
    masthead: firstPage.filter((line) => line.zone === 'header' || line.zone === 'sidebar').map((line) => line.text),
    front: firstPage.map((line) => line.text),
    all: kept.map((line) => line.text),
    source,
    firstPage,
  };
}

/** The finders' view of a raw report text (the layout stage run first). */
export function contextOfText(raw: string, source = 'report.txt'): FieldContext {
  return fieldContext(readLayout(raw), source);
}
