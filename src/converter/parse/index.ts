/**
 * Stage "parse": report text → the report model (without its slug, which the archive assigns).
 *
 *   text/       normalize; strip page furniture; cut the legal back matter
 *   metadata/   title, broker, dates, rating, analysts … from the normalized full text
 *   tables/     tables and lost charts, taken out of the body lines
 *   structure/  sections, key points and risks from what remains
 *   events/     news items out of the sections; movers/ price moves in their prose
 */
import type { Report } from '../../schema/report.ts';
import { readingLines, readLayout } from './layout/index.ts';
import type { ReportLayout } from './layout/types.ts';
import { fieldContext } from './metadata/context.ts';
import { parseMetadata } from './metadata/index.ts';
import { extractMovers } from './movers/index.ts';
import { listedCompanies, placeInSections, withoutLines } from './placement.ts';
import { extractSectionEvents } from './section-events.ts';
import { parseStructure } from './structure/index.ts';
import { extractTables } from './tables/index.ts';
import { furnitureMask, splitBackMatter } from './text/index.ts';
import { splitLeadIns } from './text/lead-ins.ts';

/** A parsed report before the archive gives it a slug. */
export type ParsedReport = Omit<Report, 'slug'>;

/** The body the structure stage reads (furniture and back matter out), and where its first page ends. */
function readBody(layout: ReportLayout): { body: string[]; firstPageEnd: number } {
  const lines = readingLines(layout);
  const furniture = furnitureMask(lines.map((line) => line.text));
  const kept = lines.filter((_, i) => !furniture[i]);
  const { body } = splitBackMatter(kept.map((line) => line.text));
  const pageOne = Math.min(body.length, kept.filter((line) => line.page === 1).length);
  // pdftotext -layout loses the bold of a paragraph's lead; the other readers keep it (Markdown's
  // **…**) or cut there themselves (the flattened reader), so only column text is split here.
  if (layout.kind !== 'columns') return { body, firstPageEnd: pageOne };
  const first = splitLeadIns(body.slice(0, pageOne));
  return { body: [...first, ...splitLeadIns(body.slice(pageOne))], firstPageEnd: first.length };
}

export function parseReport(raw: string, source: string): ParsedReport {
  const layout = readLayout(raw);
  const metadata = parseMetadata(fieldContext(layout, source));
  const { body, firstPageEnd } = readBody(layout);

  const found = extractTables(body);
  const prose = withoutLines(body, [...found.tables, ...found.charts]);
  const structure = parseStructure(prose, { firstPageEnd });
  const movers = extractMovers(structure.sections);
  const tables = placeInSections(found.tables.map((f) => ({ ...f.table, at: f.startLine })), structure.sectionRanges);
  const charts = placeInSections(found.charts.map((f) => ({ ...f.chart, at: f.startLine })), structure.sectionRanges);
  const companies = listedCompanies(tables, movers, metadata.subject);
  const reference = { period: metadata.period, date: metadata.date };
  const names = companies.map((c) => c.name);
  const { sections, events } = extractSectionEvents(prose, structure, reference, names);

  const { warnings: metadataWarnings, ...fields } = metadata;
  return {
    source,
    ...fields,
    keyPoints: structure.keyPoints,
    sections,
    tables,
    charts,
    events,
    movers,
    companies,
    risks: structure.risks,
    overrides: [],
    warnings: [...new Set([...metadataWarnings, ...structure.warnings, ...found.warnings])],
  };
}
