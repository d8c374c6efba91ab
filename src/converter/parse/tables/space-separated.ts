/** Space-separated tables: rows whose cells are words on one line, header often wrapped over several lines. */
import { parseCaptionLine, parseSourceLine } from './captions.ts';
import { isNumeric } from './numbers.ts';
import { isBlank, isProse, isSkippable, nextContentLine } from './lines.ts';
import { rebuildHeader } from './space-header.ts';
import type { RawBlock } from './types.ts';

const MAX_ROW_LENGTH = 200;
const MAX_HEADER_LINES = 10;
const MAX_HEADER_TOKEN = 16;

const tokensOf = (line: string) => line.trim().split(/\s+/);

function isPlainLine(line: string): boolean {
  return !/[|\t]/.test(line) && line.length <= MAX_ROW_LENGTH && !isProse(line) && parseCaptionLine(line).length === 0 && parseSourceLine(line).length === 0;
}

/** A data row: four or more words, at least a third of them (and two) numbers. */
function isDataRow(line: string): boolean {
  if (isBlank(line) || !isPlainLine(line)) return false;
  const tokens = tokensOf(line);
  const numbers = tokens.filter(isNumeric).length;
  return tokens.length >= 4 && numbers >= 2 && numbers * 3 >= tokens.length;
}

function isHeaderLine(line: string): boolean {
  return isPlainLine(line) && !isDataRow(line) && tokensOf(line).every((token) => token.length <= MAX_HEADER_TOKEN);
}

/** Data rows of one width from `start`, blank and furniture lines allowed between. */
function dataRun(lines: readonly string[], start: number): number[] {
  const width = tokensOf(lines[start] ?? '').length;
  const rows = [start];
  for (let i = nextContentLine(lines, start + 1); i < lines.length; i = nextContentLine(lines, i + 1)) {
    const line = lines[i] ?? '';
    if (!isDataRow(line) || tokensOf(line).length !== width) break;
    rows.push(i);
  }
  return rows;
}

/** Header lines above `start`, nearest last, from the topmost line holding at least half the columns. */
function headerAbove(lines: readonly string[], start: number, width: number): number[] {
  const found: number[] = [];
  for (let i = start - 1; i >= 0 && found.length < MAX_HEADER_LINES; i--) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    if (!isHeaderLine(line)) break;
    found.unshift(i);
  }
  const topIndex = found.findIndex((i) => tokensOf(lines[i] ?? '').length * 2 >= width);
  return topIndex < 0 ? [] : found.slice(topIndex);
}

function blockAt(lines: readonly string[], start: number, claimed: readonly boolean[]): RawBlock | null {
  const rowLines = dataRun(lines, start);
  if (rowLines.length < 2 || rowLines.some((i) => claimed[i])) return null;
  const width = tokensOf(lines[start] ?? '').length;
  const headerLines = headerAbove(lines, start, width).filter((i) => !claimed[i]);
  const columns = rebuildHeader(headerLines.map((i) => tokensOf(lines[i] ?? '')), width);
  return {
    startLine: columns ? (headerLines[0] ?? start) : start,
    endLine: rowLines.at(-1) ?? start,
    columns: columns ?? Array<string>(width).fill(''),
    rows: rowLines.map((i) => tokensOf(lines[i] ?? '')),
    title: null,
  };
}

/** Space-separated tables of at least two rows of equal width. */
export function findSpaceTables(lines: readonly string[], claimed: readonly boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (claimed[i] || !isDataRow(lines[i] ?? '')) continue;
    const block = blockAt(lines, i, claimed);
    if (!block) continue;
    blocks.push(block);
    i = block.endLine;
  }
  return blocks;
}
