/**
 * The layout stage's output: what kind of text a report is, and its lines in reading order, each
 * placed in a zone of its page. Every later stage reads this model instead of the raw text:
 * metadata finders look at the masthead (first page's header and sidebar) first, structure and
 * tables read the body, and furniture and back matter are kept out of the digest.
 */

/** What kind of text the extractor produced. */
export type LayoutKind =
  /** The whole report on one line (or a few huge lines). */
  | 'flattened'
  /** pdftotext -layout: columns side by side, space-aligned tables, form feeds. */
  | 'columns'
  /** MinerU-style Markdown: `#` headings, HTML tables, LaTeX numbers. */
  | 'markdown'
  /** One column of hard-wrapped lines (tab- or pipe-separated tables). */
  | 'plain';

/** Where on its page a line sits. */
export type Zone =
  /** The first page's masthead above the body: broker banner, report type, date, title. */
  | 'header'
  /** The first page's side column: rating box, market data, analysts, related reports. */
  | 'sidebar'
  /** The report's own text. */
  | 'body'
  /** Running headers and footers, page numbers, watermarks, disclaimer pointers. */
  | 'furniture'
  /** The legal back matter: 分析师声明, 免责声明, rating definitions, biographies. */
  | 'back-matter';

/** One line of the report in reading order. */
export interface LayoutLine {
  /** The line's text, without the padding that placed it on the page. */
  text: string;
  /** Page number, from 1. */
  page: number;
  zone: Zone;
}

/** A report read into pages and zones. */
export interface ReportLayout {
  kind: LayoutKind;
  /** Every line in reading order: on each page its header, sidebar, then body lines. */
  lines: LayoutLine[];
}
