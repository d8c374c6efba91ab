/**
 * Search-engine and feed metadata, kept free of Astro so it can be unit-tested: absolute URLs
 * under the site's base, short descriptions from a report's key points, the JSON-LD `Article`
 * object (and its `<script>`-safe text), and RSS items for the feeds.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { newestFirst } from './digests.ts';
import { withBase } from './urls.ts';

/** About what search engines show of a meta description. */
export const DESCRIPTION_LIMIT = 150;

/** Feed readers show more: the RSS item's description may be longer. */
export const FEED_DESCRIPTION_LIMIT = 300;

/** Collapses runs of white space and cuts `text` to at most `limit` characters, ending with `…` when cut. */
export function truncate(text: string, limit: number = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean]; // code points, so a surrogate pair is never split
  if (chars.length <= limit) return clean;
  return `${chars.slice(0, Math.max(0, limit - 1)).join('').trimEnd()}…`;
}

/** A description from the first key points (joined until the limit), or `fallback` when there are none. */
export function describe(keyPoints: readonly string[], fallback: string, limit: number = DESCRIPTION_LIMIT): string {
  const points = keyPoints.map((p) => p.trim()).filter(Boolean);
  return truncate(points.length > 0 ? points.join(' ') : fallback, limit);
}

/**
 * Absolute URL of a site-relative path (`/digests/x/`, without the base) on the deployed site:
 * `absoluteUrl('/digests/x/', 'https://example.com', '/research/')` → `https://example.com/research/digests/x/`.
 * Without a `site` the base-relative path is returned.
 */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string): string {
  const local = withBase(path, base);
  return site ? new URL(local, site).href : local;
}

/** What the JSON-LD `Article` says about a digest. */
export interface ArticleMeta {
  /** Publication date (ISO), null when unknown. */
  published: string | null;
  /** Last modification date (ISO), when known. */
  modified?: string | null | undefined;
  /** Author names (the report's analysts). */
  author: readonly string[];
  /** Publishing organisation (the broker), null when unknown. */
  publisher: string | null;
  /** Section or category (the report's sector), when known. */
  section?: string | null | undefined;
}

/** Input of {@link articleJsonLd}. */
export interface ArticleInput {
  headline: string;
  description: string;
  /** The page's absolute canonical URL. */
  url: string;
  article: ArticleMeta;
  /** Content language. */
  lang: string;
}

/** The schema.org `Article` object of a digest page; unknown fields are left out, never invented. */
export function articleJsonLd({ headline, description, url, article, lang }: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    inLanguage: lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.modified ? { dateModified: article.modified } : {}),
    ...(article.author.length > 0 ? { author: article.author.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c` …
 * so report text such as `</script>` or `<!--` cannot end or alter the script element.
 * Line and paragraph separators are escaped too (valid JSON, but not in older JavaScript).
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Minimal shape of a digest for the feeds (the content collection entry satisfies it). */
export interface FeedDigest {
  id: string;
  data: { title: string; date: string | null; keyPoints: readonly string[]; broker: string | null };
}

/** RSS items of `digests`, newest first, with absolute links under the base. */
export function feedItems(digests: readonly FeedDigest[], site: URL | string | undefined, base: string): RSSFeedItem[] {
  return newestFirst(digests).map(({ id, data }) => ({
    title: data.title,
    link: absoluteUrl(`/digests/${id}/`, site, base),
    description: describe(data.keyPoints, data.title, FEED_DESCRIPTION_LIMIT),
    ...(data.date ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
    ...(data.broker ? { categories: [data.broker] } : {}),
  }));
}
