/**
 * A report's digest as the files the site is built from: the MDX document (the published digest,
 * built from the report model) and the HTML its body renders to (what the digest page shows).
 * Rendered together, cached together: the HTML is always that of the MDX beside it.
 */
import { toFrontmatter } from '../../schema/digest.ts';
import type { Report } from '../../schema/report.ts';
import { digestMdx } from '../emit/digest-mdx.ts';
import { digestHtml } from './digest-html.ts';

/** The digest's MDX and body HTML, UTF-8 each. */
export interface DigestFiles {
  mdx: Uint8Array;
  html: Uint8Array;
}

/** Renders a report's digest. TextEncoder gives buffers of their own, so a worker can transfer them. */
export function renderDigest(report: Report): DigestFiles {
  const mdx = digestMdx(report);
  const encoder = new TextEncoder();
  return { mdx: encoder.encode(mdx), html: encoder.encode(digestHtml(mdx, toFrontmatter(report))) };
}
