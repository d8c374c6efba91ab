/**
 * `/rss.xml`: every digest, newest first, with absolute links under the site's base.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, feedItems } from '~/lib/seo.ts';
import { SITE } from '~/site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: absoluteUrl('/', site, base),
    items: feedItems(await getCollection('digests'), site, base),
    customData: `<language>${SITE.lang}</language>`,
  });
};
