/**
 * A digest's body: the HTML the converter rendered from its MDX (`<slug>.html`, beside it), read
 * when its page is rendered, so only one digest's text is in memory at a time.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The body HTML of a collection entry; `filePath` is relative to the project root, where builds run. */
export async function digestBody(entry: { id: string; filePath?: string | undefined }): Promise<string> {
  if (!entry.filePath) throw new Error(`数字摘要 ${entry.id} 缺少正文文件（请重新运行 npm run build）`);
  return readFile(resolve(entry.filePath), 'utf8');
}
