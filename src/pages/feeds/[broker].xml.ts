/**
 * `/feeds/<broker-slug>.xml`: one feed per broker (slug from `termSlug('broker', name)`), newest first.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { withPageKeys } from '~/lib/page-key.ts';
import { absoluteUrl, feedItems } from '~/lib/seo.ts';
import { termsOf } from '~/lib/taxonomy.ts';
import { SITE } from '~/site.config.ts';

interface Props {
  /** The broker's name as printed (国金证券). */
  broker: string;
  /** The broker's digests. */
  digests: CollectionEntry<'digests'>[];
}

export const getStaticPaths = (async () => {
  const terms = termsOf(await getCollection('digests'), 'broker');
  return withPageKeys(terms.map((term) => ({ params: { broker: term.slug }, props: { broker: term.value, digests: term.digests } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ site, params, props }) => {
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${props.broker} · ${SITE.title}`,
    description: `${props.broker}研究报告文摘`,
    site: absoluteUrl(`/brokers/${params['broker'] ?? ''}/`, site, base),
    items: feedItems(props.digests, site, base),
    customData: `<language>${SITE.lang}</language>`,
  });
};
