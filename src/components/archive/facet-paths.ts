/** Static paths of a facet's term pages: one per term, with the term (and its digests) as props, each with its cache key. */
import { getCollection } from 'astro:content';
import { withPageKeys } from '../../lib/page-key.ts';
import { termsOf, type Facet } from '../../lib/taxonomy.ts';

export async function facetStaticPaths(facet: Facet) {
  return withPageKeys(termsOf(await getCollection('digests'), facet).map((term) => ({ params: { slug: term.slug }, props: { term } })));
}
