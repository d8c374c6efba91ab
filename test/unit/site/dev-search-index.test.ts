import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFileFor } from '~/integrations/dev-search-index.ts';

describe('the dev server serving the last build’s search index', () => {
  let indexDir: string;
  beforeAll(async () => {
    indexDir = join(await mkdtemp(join(tmpdir(), 'dev-index-')), 'pagefind');
    await mkdir(join(indexDir, 'fragment'), { recursive: true });
    await writeFile(join(indexDir, 'pagefind.js'), 'export {}');
    await writeFile(join(indexDir, 'fragment', 'zh-cn_1.pf_fragment'), 'x');
  });

  it('finds index files by request path, ignoring the query string', async () => {
    await expect(indexFileFor(indexDir, '/pagefind.js?v=1')).resolves.toBe(join(indexDir, 'pagefind.js'));
    await expect(indexFileFor(indexDir, '/fragment/zh-cn_1.pf_fragment')).resolves.toBe(join(indexDir, 'fragment', 'zh-cn_1.pf_fragment'));
  });

  it('serves nothing outside the index folder, nor folders or missing files', async () => {
    await expect(indexFileFor(indexDir, '/../../etc/passwd')).resolves.toBeNull();
    await expect(indexFileFor(indexDir, '/%2e%2e/%2e%2e/etc/passwd')).resolves.toBeNull();
    await expect(indexFileFor(indexDir, '/fragment')).resolves.toBeNull();
    await expect(indexFileFor(indexDir, '/pagefind-entry.json')).resolves.toBeNull();
  });
});
