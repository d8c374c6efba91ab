/**
 * Result cards: each indexed page's URL and metadata (title, broker, date, rating), in small JSON
 * shards beside Pagefind's index (`pagefind/cards/<language>_<xx>.json`, by the first two characters
 * of the page's hash). Pagefind keeps a page's metadata only in its fragment, which also carries the
 * whole page text (8–19 KB gzipped per digest at 1,000 reports), so a list of titles cost one
 * fragment per result. With the cards, the header lists a search's results from a few hundred
 * bytes and fetches fragments only for the sections and events under them (issue #13).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cardShardOf, type ResultCard } from '../../src/lib/search/result-cards.ts';

/** A Pagefind file: gzip of "pagefind_dcd" then the payload. */
function readFragment(file: string): { url: string; meta: ResultCard['meta'] } {
  const raw = gunzipSync(readFileSync(file));
  return JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; meta: ResultCard['meta'] };
}

/** The cards of every fragment in `bundleDir` (a Pagefind bundle), by shard then page id. */
export function resultCards(bundleDir: string): Map<string, Record<string, ResultCard>> {
  const shards = new Map<string, Record<string, ResultCard>>();
  for (const name of readdirSync(join(bundleDir, 'fragment')).filter((n) => n.endsWith('.pf_fragment')).sort()) {
    const id = name.slice(0, -'.pf_fragment'.length);
    const { url, meta } = readFragment(join(bundleDir, 'fragment', name));
    const shard = cardShardOf(id);
    const cards = shards.get(shard) ?? {};
    cards[id] = { url, meta };
    shards.set(shard, cards);
  }
  return shards;
}

/** Writes the cards of the bundle in `bundleDir` to `bundleDir/cards/`, replacing any earlier ones; returns how many shards. */
export function writeResultCards(bundleDir: string): number {
  const outDir = join(bundleDir, 'cards');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const shards = resultCards(bundleDir);
  for (const [shard, cards] of shards) writeFileSync(join(outDir, `${shard}.json`), JSON.stringify(cards));
  return shards.size;
}
