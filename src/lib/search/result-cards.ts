/**
 * The browser side of the result cards (scripts/lib/search-cards.ts): a page's URL and metadata by
 * its Pagefind id, fetched one small shard at a time and kept, so a result's title and metadata line
 * can be shown before its fragment (the whole page text) arrives.
 */

/** A page as a result card shows it: its URL and Pagefind metadata (title, broker, date, rating). */
export interface ResultCard {
  url: string;
  meta: Record<string, string | undefined>;
}

/** The shard holding a page id's card: its language and the first two characters of its hash (`zh-cn_27de51c` → `zh-cn_27`). */
export function cardShardOf(id: string): string {
  const cut = id.lastIndexOf('_') + 1;
  return id.slice(0, cut + 2);
}

const shards = new Map<string, Promise<Record<string, ResultCard> | null>>();

function loadShard(bundlePath: string, shard: string): Promise<Record<string, ResultCard> | null> {
  const key = `${bundlePath}${shard}`;
  let pending = shards.get(key);
  if (!pending) {
    pending = fetch(`${bundlePath}cards/${shard}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, ResultCard>>) : null))
      .catch(() => null);
    shards.set(key, pending);
  }
  return pending;
}

/** The cards of these page ids, in order; null when any is missing (an index built without cards). */
export async function loadCards(bundlePath: string, ids: readonly string[]): Promise<ResultCard[] | null> {
  const found = await Promise.all(ids.map(async (id) => (await loadShard(bundlePath, cardShardOf(id)))?.[id] ?? null));
  return found.every((card): card is ResultCard => card !== null) ? found : null;
}

/** A card's link: its page with the query's words as highlight parameters, as Pagefind links a result. */
export function cardHref(card: ResultCard, query: string, highlightParam: string): string {
  const url = new URL(card.url, 'https://cards.invalid');
  for (const word of query.trim().split(/\s+/).filter(Boolean)) url.searchParams.append(highlightParam, word);
  return /^https?:\/\//.test(card.url) ? url.href : `${url.pathname}${url.search}${url.hash}`;
}
