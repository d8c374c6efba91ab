/**
 * The digest page's frontmatter: the report's metadata plus an outline of its sections.
 * The site's content collection validates generated MDX against this schema.
 */
import { z } from 'astro/zod';
import { Event, Report, Section } from './report.ts';

/** One entry of a digest's table of contents. */
export const OutlineEntry = Section.pick({ id: true, title: true, level: true });

/** An event as the archive pages list it: its text is in the page body, not repeated here. */
export const EventSummary = Event.omit({ body: true });

/** Tables live in the page body as Markdown tables (readable and editable); the rest is data here. */
export const DigestFrontmatter = Report.omit({ sections: true, tables: true, events: true }).extend({
  /** The sections' headings, for the table of contents (the text is in the page body). */
  outline: z.array(OutlineEntry),
  /** Every event without its text, for the timeline and company pages (the text is in the page body). */
  events: z.array(EventSummary),
});

export type OutlineEntry = z.infer<typeof OutlineEntry>;
export type DigestFrontmatter = z.infer<typeof DigestFrontmatter>;

/** The frontmatter written into a report's digest page. */
export function toFrontmatter(report: Report): DigestFrontmatter {
  const { sections, tables: _tables, events, ...metadata } = report;
  return {
    ...metadata,
    outline: sections.map(({ id, title, level }) => ({ id, title, level })),
    events: events.map(({ body: _body, ...summary }) => summary),
  };
}

/**
 * What the site's content collection keeps of a digest: the metadata its pages list, link, group
 * and describe it by. The body is pre-rendered HTML read when its page is rendered, and what only
 * the body shows (charts, related reports, warnings) stays out, so the collection Astro bundles
 * stays small however large the archive grows.
 */
export const ArchiveEntry = DigestFrontmatter.omit({
  source: true,
  dateSource: true,
  targetPrice: true,
  charts: true,
  relatedReports: true,
  overrides: true,
  warnings: true,
}).extend({
  /**
   * SHA-256 (hex) of the body's HTML file: the entry changes whenever its page's body does, so a page
   * rendered from unchanged entries is unchanged (the key of Astro's incremental build, src/lib/page-key.ts).
   */
  bodyHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ArchiveEntry = z.infer<typeof ArchiveEntry>;

/** The archive entry of a digest, from its frontmatter and the hash of its body's HTML. */
export function toArchiveEntry(frontmatter: DigestFrontmatter, bodyHash: string): ArchiveEntry {
  const { source: _s, dateSource: _d, targetPrice: _t, charts: _c, relatedReports: _r, overrides: _o, warnings: _w, ...entry } = frontmatter;
  return { ...entry, bodyHash };
}
