/**
 * Contracts between the parse stage's three parts:
 *   text/      raw text → normalized text, furniture-free lines, clean paragraphs
 *   metadata/  normalized full text → title, broker, dates, rating, analysts …
 *   structure/ body lines → sections, key points, risks
 * parse/index.ts runs them in that order and assembles the report model.
 */
import type { Report } from '../../schema/report.ts';

/** What the metadata parser finds. Unknown values are null, never invented. */
export type MetadataResult = Pick<
  Report,
  | 'title'
  | 'subtitle'
  | 'broker'
  | 'date'
  | 'dateSource'
  | 'period'
  | 'rating'
  | 'reportType'
  | 'sector'
  | 'analysts'
  | 'subject'
  | 'targetPrice'
  | 'relatedReports'
> & {
  /** What could not be found or was guessed, in Chinese for the publisher (未找到报告日期 …). */
  warnings: string[];
};

/** Lines `from` (inclusive) to `to` (exclusive) hold the text of the section with this id. */
export interface SectionRange {
  id: string;
  from: number;
  to: number;
}

/** What the structure parser finds in the report body. */
export type StructureResult = Pick<Report, 'sections' | 'keyPoints' | 'risks'> & {
  /** Where each section's text is in the input lines, in section order. */
  sectionRanges: SectionRange[];
  warnings: string[];
};

/** The body and the legal back matter (免责声明, 特别声明, analyst biographies …), split apart. */
export interface BodyAndBackMatter {
  body: string[];
  backMatter: string[];
}
