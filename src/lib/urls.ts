/**
 * Internal links that respect Astro's `base`, so the archive works under a sub-path.
 */

/** Joins the site's base path and a site-relative path: `withBase('/digests/x/')`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** URL of a digest page. */
export function digestUrl(slug: string, base?: string): string {
  return withBase(`/digests/${slug}/`, base);
}

/** File name of a report's original text, published beside its digest page. */
export const ORIGINAL_TEXT_FILE = 'original.txt';

/** URL of a digest's original report text. */
export function originalTextUrl(slug: string, base?: string): string {
  return withBase(`/digests/${slug}/${ORIGINAL_TEXT_FILE}`, base);
}
