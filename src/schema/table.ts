/**
 * Tables and lost charts recovered from report text. Cells are kept exactly as printed;
 * `numericCell` (converter/parse/tables) gives charts a numeric reading when they need one.
 */
import { z } from 'astro/zod';

export const Table = z.object({
  /** Stable ASCII anchor: from the caption's number (`tab-9` for 图表 9), else from position. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Caption as printed without its label (相关行业指数表现（6.29-7.3）), or a title line above an uncaptioned table. */
  caption: z.string().min(1).nullable(),
  /** The caption's label as printed (图表 9, 图3, 表 1), null when there is none. */
  label: z.string().min(1).nullable(),
  /** Source line without its prefix (Wind，国信证券经济研究所整理). */
  source: z.string().min(1).nullable(),
  /** Column headings; a two-level header is flattened as `EPS 2025E`. */
  columns: z.array(z.string()),
  /** Body rows, each as long as `columns`; merged or blank cells are empty strings. */
  rows: z.array(z.array(z.string())),
  /** Id of the section the table sits in, null before the first section. */
  section: z.string().nullable(),
});

export const Chart = z.object({
  /** Stable ASCII anchor from the caption's number (`fig-3`), else from position. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** What the lost chart showed, as its caption says. */
  caption: z.string().min(1),
  /** The caption's label as printed (图表 3, 图3). */
  label: z.string().min(1).nullable(),
  /** Source line without its prefix. */
  source: z.string().min(1).nullable(),
  /** Id of the section the chart sat in, null before the first section. */
  section: z.string().nullable(),
});

export type Table = z.infer<typeof Table>;
export type Chart = z.infer<typeof Chart>;
