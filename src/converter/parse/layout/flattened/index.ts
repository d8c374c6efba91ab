/**
 * The flattened-layout reader: a report flattened onto one line (or a few huge lines) → its lines
 * in reading order, each on its page and in its zone.
 *
 *   furniture.ts   running headers and footers, by repetition and disclaimer pointers
 *   pages.ts       the pages between them, numbered by their page markers
 *   toc.ts         the table of contents and figure lists, whose entries recur as headings and captions
 *   segment.ts     cuts at template tags, bullets, numbers, captions, sources, labels; chart residue dropped
 *   zones.ts       masthead (header, sidebar), body, back matter
 */
import { cleanText } from '../../text/normalize.ts';
import type { LayoutLine } from '../types.ts';
import { findFurniture } from './furniture.ts';
import { endsSentence } from './markers.ts';
import { pageAt, paginate } from './pages.ts';
import { segment } from './segment.ts';
import { readTocs } from './toc.ts';
import { placeSummaryLabel, zonesOf } from './zones.ts';

/** Without a second page, title-page labels cut only this far into the text. */
const MAX_MASTHEAD = 6000;
/** Most pages a report has, for TOC page numbers when its pages are not printed. */
const MAX_PAGES = 300;

/** Reads a flattened report's raw (decoded) text into lines in reading order. */
export function readFlattened(raw: string): LayoutLine[] {
  const text = cleanText(raw).trim();
  const paged = paginate(text, findFurniture(text));
  // Without page furniture the page count is unknown: a TOC's page numbers are bounded only by sense.
  const lastPage = paged.pages.length > 1 ? Math.max(...paged.pages.map((p) => p.number)) : MAX_PAGES;
  const blocks = readTocs(paged.stream, lastPage);
  const breaks = paged.pages.map((p) => p.at).filter((at) => at > 0);
  // Furniture inside a page (a pointer in the masthead) separates what stands on either side too.
  const seams = [...new Set([...breaks, ...paged.furniture.map((f) => f.at)])].filter((at) => at > 0).sort((a, b) => a - b);
  const masthead = { start: 0, end: Math.min(breaks[0] ?? paged.stream.length, MAX_MASTHEAD) };
  const cut = segment(paged.stream, blocks, seams, masthead);
  const firstPage = cut.findIndex((piece) => piece.start >= masthead.end);
  const pieces = placeSummaryLabel(cut, firstPage < 0 ? cut.length : firstPage);
  const zones = zonesOf(pieces, firstPage < 0 ? pieces.length : firstPage, paged.stream.length);
  const lines: (LayoutLine & { at: number })[] = [
    ...paged.furniture.map((f) => ({ text: f.text, page: f.page, zone: 'furniture' as const, at: f.at - 0.5 })),
    ...pieces.flatMap((piece, i) => {
      const line = { text: piece.text, page: pageAt(paged.pages, piece.start), zone: zones[i]!, at: piece.start };
      // The text lost its paragraph breaks; where a line ends a sentence, a blank line ends its paragraph.
      const ends = line.zone !== 'header' && line.zone !== 'sidebar' && endsSentence(piece.text);
      return ends ? [line, { ...line, text: '', at: piece.start + 0.25 }] : [line];
    }),
  ];
  // A stable sort: a line moved to where its text reads (the summary label) keeps its place.
  return lines.sort((a, b) => a.at - b.at).map(({ text: line, page, zone }) => ({ text: line, page, zone }));
}
