/**
 * The report's own table of contents (内容目录 / 目录 / 正文目录) and figure lists (图表目录 …).
 *
 * Entries come in three shapes extractors produce: dot leaders (`标题.....⇥3`), a tab before the page
 * number (`标题⇥4`), and Markdown pipe-table rows (`| 标题 | 3 |`). The TOC is what makes a bare line
 * (no numbering) a heading, so its entries are kept with a comparison key.
 */
import { matchLabel } from './labels.ts';
import { parseNumbering } from './headings.ts';
import { collapseSpaces, compactKey, isBlank, joinWrapped } from './text-utils.ts';

/** One line of a table of contents. */
export interface TocEntry {
  /** The entry as printed, without leaders and page number. */
  title: string;
  /** Comparison key (see compactKey). */
  key: string;
  /** Heading depth: from the numbering, else from the entry style (see levelsFromStyle). */
  level: number;
  /** Whether the entry had dot leaders: Word prints sub-levels with leaders and top levels without in some templates. */
  hasLeader: boolean;
}

/** A table of contents or a figure list, with the lines it spans. */
export interface TocBlock {
  kind: 'toc' | 'figures';
  /** Index of the label line. */
  start: number;
  /** Index of the last line that belongs to the block. */
  end: number;
  entries: TocEntry[];
}

const LEADER_CHARS = /[.．…·・]/;
const MAX_ENTRY_LENGTH = 200;

/** A pipe-table row's cells, or null when the line is not a row. */
function pipeCells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return null;
  return trimmed.slice(1, -1).split('|').map((cell) => cell.trim());
}

/** Whether a line is a pipe-table header or separator row without content (`| | |`, `|---|---|`). */
function isEmptyPipeRow(line: string): boolean {
  const cells = pipeCells(line);
  return cells !== null && cells.every((cell) => cell === '' || /^:?-+:?$/.test(cell));
}

/** Splits `title ….. 12` / `title⇥12` into its title and whether leaders were present; null otherwise. */
function splitLeaderEntry(line: string): { title: string; hasLeader: boolean } | null {
  if (line.length > MAX_ENTRY_LENGTH) return null;
  const page = /\d{1,4}\s*$/.exec(line);
  if (!page) return null;
  const head = line.slice(0, page.index);
  let cut = head.length;
  while (cut > 0 && (LEADER_CHARS.test(head[cut - 1]!) || /\s/.test(head[cut - 1]!))) cut -= 1;
  const filler = head.slice(cut);
  const leaderCount = [...filler].filter((c) => LEADER_CHARS.test(c)).length;
  const hasLeader = leaderCount >= 2;
  if (!hasLeader && !filler.includes('\t')) return null;
  const title = collapseSpaces(head.slice(0, cut));
  return title === '' ? null : { title, hasLeader };
}

/** Reads one TOC entry from a line, or null when the line is not one. */
export function parseTocEntry(line: string): { title: string; hasLeader: boolean } | null {
  const cells = pipeCells(line);
  if (cells) {
    const filled = cells.filter((cell) => cell !== '');
    const page = filled.at(-1);
    if (filled.length < 2 || page === undefined || !/^\d{1,4}$/.test(page)) return null;
    const raw = filled.slice(0, -1).join(' ');
    const withoutLeaders = raw.replace(/[.．…·・\s]{2,}$/, '');
    return { title: collapseSpaces(withoutLeaders), hasLeader: withoutLeaders.length < raw.trimEnd().length };
  }
  return splitLeaderEntry(line);
}

/** Index of the next non-blank line at or after `from`, or -1. */
function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (!isBlank(lines[i]!)) return i;
  return -1;
}

/** Reads the entries after a label at `start`; a short line directly before an entry is a wrapped first half. */
function readEntries(lines: readonly string[], start: number): { end: number; raw: { title: string; hasLeader: boolean }[] } {
  const raw: { title: string; hasLeader: boolean }[] = [];
  let end = start;
  let i = nextNonBlank(lines, start + 1);
  while (i !== -1) {
    const line = lines[i]!;
    if (isEmptyPipeRow(line)) {
      end = i;
      i = nextNonBlank(lines, i + 1);
      continue;
    }
    const entry = parseTocEntry(line);
    if (entry) {
      raw.push(entry);
      end = i;
      i = nextNonBlank(lines, i + 1);
      continue;
    }
    const next = i + 1 < lines.length ? parseTocEntry(lines[i + 1]!) : null;
    if (!next || line.trim().length > 40 || matchLabel(line)) break;
    raw.push({ title: joinWrapped(collapseSpaces(line), next.title), hasLeader: next.hasLeader });
    end = i + 1;
    i = nextNonBlank(lines, i + 2);
  }
  return { end, raw };
}

/** Levels for the entries of one block: numbering wins; mixed styles mean leader-less entries are the top level. */
function levelsFromStyle(raw: readonly { title: string; hasLeader: boolean }[]): TocEntry[] {
  const unnumbered = raw.filter((entry) => parseNumbering(entry.title) === null);
  const mixed = unnumbered.some((e) => e.hasLeader) && unnumbered.some((e) => !e.hasLeader);
  return raw.map((entry) => {
    const numbering = parseNumbering(entry.title);
    const level = numbering ? numbering.level : mixed && entry.hasLeader ? 2 : 1;
    return { title: entry.title, key: compactKey(entry.title), level, hasLeader: entry.hasLeader };
  });
}

/** Every table of contents and figure list in the lines, in order. */
export function findTocBlocks(lines: readonly string[]): TocBlock[] {
  const blocks: TocBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    // Every TOC and figure-list label holds 目录: a cheap test before the full label match.
    if (!lines[i]!.includes('目') || !lines[i]!.includes('录')) continue;
    const label = matchLabel(lines[i]!);
    if (!label || (label.kind !== 'toc' && label.kind !== 'figures')) continue;
    const { end, raw } = readEntries(lines, i);
    blocks.push({ kind: label.kind, start: i, end, entries: levelsFromStyle(raw) });
    i = end;
  }
  return blocks;
}
