/**
 * Tables and lost charts in a report's lines. Layout detectors (HTML, pipe, tab, space) find
 * grids, each claiming its lines so later detectors skip them; captions and sources are then
 * attached; remaining caption lines become lost charts. Ranges are exact and never partially
 * overlap: side-by-side charts printed on the same lines share one range.
 */
import type { Chart, Table } from '../../../schema/table.ts';
import { captionLineAbove, Ledger, sourceLineBelow, takeCaption, takeSource } from './attach.ts';
import { findLostCharts } from './charts.ts';
import { findHtmlTables } from './html.ts';
import { baseId, idAllocator } from './ids.ts';
import { findPipeTables } from './pipe.ts';
import { findSpaceTables } from './space-separated.ts';
import { findTabTables } from './tab-separated.ts';
import { isUnderTocLabel } from './toc.ts';
import type { CaptionPart, RawBlock } from './types.ts';

export { numericCell } from './numbers.ts';

/** A table or lost chart found in the lines, with the line range it occupies (caption and source included). */
export interface FoundTable { table: Omit<Table, 'section'>; startLine: number; endLine: number /* inclusive */ }
/** A lost chart (caption and source, image gone) with the line range it occupies. */
export interface FoundChart { chart: Omit<Chart, 'section'>; startLine: number; endLine: number }

const DETECTORS = [findHtmlTables, findPipeTables, findTabTables, findSpaceTables];

/** Grids of every layout, in line order, TOC grids left out. */
function findGrids(lines: readonly string[], ledger: Ledger): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const detect of DETECTORS) {
    for (const block of detect(lines, ledger.claimed)) {
      if (isUnderTocLabel(lines, block.startLine)) continue;
      ledger.claim(block.startLine, block.endLine);
      blocks.push(block);
    }
  }
  return blocks.sort((a, b) => a.startLine - b.startLine);
}

interface TableDraft { block: RawBlock; caption: CaptionPart | null; title: string | null; source: string | null; startLine: number; endLine: number }

/** Attaches the caption above and the source below one grid, and claims their lines. */
function attach(lines: readonly string[], ledger: Ledger, block: RawBlock): TableDraft {
  const above = captionLineAbove(lines, ledger, block.startLine);
  const caption = above?.numbered ? takeCaption(lines, ledger, above.line) : null;
  const title = above && !above.numbered ? (lines[above.line] ?? '').trim() : block.title;
  const sourceLine = sourceLineBelow(lines, ledger, block.endLine);
  const source = sourceLine === null ? null : takeSource(lines, ledger, sourceLine);
  const startLine = Math.min(above?.line ?? block.startLine, block.startLine);
  const endLine = Math.max(sourceLine ?? block.endLine, block.endLine);
  ledger.claim(startLine, endLine);
  return { block, caption, title, source, startLine, endLine };
}

function tableOf(draft: TableDraft, position: number, allocate: (id: string) => string): FoundTable {
  const { block, caption } = draft;
  const table: Omit<Table, 'section'> = {
    id: allocate(baseId('tab', caption?.number ?? null, position)),
    caption: caption?.text ?? (draft.title || null),
    label: caption?.label ?? null,
    source: draft.source || null,
    columns: block.columns,
    rows: block.rows,
  };
  return { table, startLine: draft.startLine, endLine: draft.endLine };
}

/** Tables and lost charts in report lines, with their exact line ranges. */
export function extractTables(lines: readonly string[]): { tables: FoundTable[]; charts: FoundChart[]; warnings: string[] } {
  const ledger = new Ledger(lines.length);
  const drafts = findGrids(lines, ledger).map((block) => attach(lines, ledger, block));
  const chartDrafts = findLostCharts(lines, ledger);
  const allocate = idAllocator();
  const tables = drafts.map((draft, k) => tableOf(draft, k + 1, allocate));
  const charts = chartDrafts.map((draft, k): FoundChart => ({
    chart: { id: allocate(baseId('fig', draft.caption.number, k + 1)), caption: draft.caption.text, label: draft.caption.label, source: draft.source },
    startLine: draft.startLine,
    endLine: draft.endLine,
  }));
  const warnings = [
    ...tables.filter((found) => found.table.columns.every((column) => column === '')).map((found) => `表格 ${found.table.id} 未识别表头（第 ${found.startLine + 1} 行）`),
    ...charts.filter((found) => found.chart.source === null).map((found) => `${found.chart.label ?? found.chart.id} 未找到资料来源（第 ${found.startLine + 1} 行）`),
  ];
  return { tables, charts, warnings };
}
