/** Shared shapes of the table extractor's parts. */

/** A grid found by one layout detector, before its caption and source are attached. */
export interface RawBlock {
  /** First and last line (inclusive) of the grid itself, header included. */
  startLine: number;
  endLine: number;
  columns: string[];
  rows: string[][];
  /** A title printed inside the grid (a one-cell first row), used when no caption is found. */
  title: string | null;
}

/** One caption printed on a line (a line may hold several side by side). */
export interface CaptionPart {
  /** As printed: 图表 9, 图3, 表 1. */
  label: string;
  /** The caption's number as written (9, 1-2). */
  number: string;
  /** 图 → 'fig', 表 → 'tab', 图表 → 'both' (a table or a chart). */
  kind: 'fig' | 'tab' | 'both';
  text: string;
}
