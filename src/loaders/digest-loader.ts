/**
 * The content-layer loader of the digests: one entry per `<slug>.json` the converter wrote (its
 * archive entry), with the path of its pre-rendered body, `<slug>.html`. The body stays on disk
 * until its page is rendered (`digestBody`), so the collection Astro bundles holds metadata only
 * and its memory does not grow with the text of the archive. An entry whose file is unchanged
 * since the last build keeps its stored, validated data.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

import { mapConcurrently } from '../converter/cache/concurrency.ts';

/** Files read at once: enough to hide the disk's latency, few enough for any file-handle limit. */
const READ_CONCURRENCY = 32;

/** Loads every digest in `base` (relative to the project root). */
export function digestLoader({ base }: { base: string }): Loader {
  return {
    name: 'research-digest-digests',
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
      const ids = new Set(names.map((name) => name.slice(0, -'.json'.length)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      await mapConcurrently([...ids], READ_CONCURRENCY, async (id) => {
        const text = await readFile(join(dir, `${id}.json`), 'utf8');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const filePath = relative(root, join(dir, `${id}.html`));
        const data = await parseData({ id, data: JSON.parse(text) as Record<string, unknown>, filePath });
        store.set({ id, data, digest, filePath });
      });
    },
  };
}
