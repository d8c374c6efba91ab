/**
 * Stage "index": Pagefind over the built site. The extended binary segments Chinese
 * because every page declares `lang="zh-CN"`.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes `siteDir` and writes the index to `siteDir/pagefind`; returns the number of pages indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
