/** Static paths of a facet's term pages: one per term, with the term (and its digests) as props. */
import { getCollection } from 'astro:content';
import { termsOf, type Facet } from '../../lib/taxonomy.ts';

export async function facetStaticPaths(facet: Facet) {
  return termsOf(await getCollection('digests'), facet).map((term) => ({ params: { slug: term.slug }, props: { term } }));
}
