/**
 * The digest page's frontmatter: the report's metadata plus an outline of its sections.
 * The site's content collection validates generated MDX against this schema.
 */
import { z } from 'astro/zod';
import { Report, Section } from './report.ts';

/** One entry of a digest's table of contents. */
export const OutlineEntry = Section.pick({ id: true, title: true, level: true });

/** Tables live in the page body as Markdown tables (readable and editable); the rest is data here. */
export const DigestFrontmatter = Report.omit({ sections: true, tables: true }).extend({
  /** The sections' headings, for the table of contents (the text is in the page body). */
  outline: z.array(OutlineEntry),
});

export type OutlineEntry = z.infer<typeof OutlineEntry>;
export type DigestFrontmatter = z.infer<typeof DigestFrontmatter>;

/** The frontmatter written into a report's digest page. */
export function toFrontmatter(report: Report): DigestFrontmatter {
  const { sections, tables: _tables, ...metadata } = report;
  return { ...metadata, outline: sections.map(({ id, title, level }) => ({ id, title, level })) };
}
