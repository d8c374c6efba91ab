/** The indexed text of every digest page of a built site, by slug. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestText, type DigestText } from './digest-text.ts';

export async function siteDigestTexts(siteDir: string): Promise<Map<string, DigestText>> {
  const slugs = (await readdir(join(siteDir, 'digests'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const texts = new Map<string, DigestText>();
  for (const slug of slugs) {
    const html = await readFile(join(siteDir, 'digests', slug, 'index.html'), 'utf8').catch(() => null);
    if (html?.includes('data-pagefind-body')) texts.set(slug, digestText(html));
  }
  return texts;
}
