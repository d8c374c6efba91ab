/**
 * Stage "parse": report text → the report model (without its slug, which the archive assigns).
 *
 * Walking skeleton: the title is the first line and the body is one section of paragraphs.
 * The report-model issue replaces this with the real metadata and structure parsers.
 */
import type { Report } from '../../schema/report.ts';

/** A parsed report before the archive gives it a slug. */
export type ParsedReport = Omit<Report, 'slug'>;

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0);
}

export function parseReport(text: string, source: string): ParsedReport {
  const paragraphs = paragraphsOf(text);
  const title = paragraphs[0]?.slice(0, 120) ?? source;
  return {
    source,
    title,
    subtitle: null,
    broker: null,
    date: null,
    dateSource: null,
    period: null,
    rating: null,
    reportType: null,
    sector: null,
    analysts: [],
    subject: null,
    targetPrice: null,
    keyPoints: [],
    sections: [{ id: 'body', title: '正文', level: 1, paragraphs: paragraphs.slice(1) }],
    tables: [],
    charts: [],
    events: [],
    movers: [],
    risks: [],
    relatedReports: [],
    overrides: [],
    warnings: ['元数据尚未解析（metadata parsing not implemented yet）'],
  };
}
