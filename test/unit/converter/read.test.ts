import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '~/converter/read/decode.ts';
import { discoverInputs } from '~/converter/read/discover.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeReport', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('国金证券')]);
    expect(decodeReport(bytes)).toEqual({ ok: true, text: '国金证券' });
  });

  it('rejects an empty or whitespace-only file with a reason', () => {
    expect(decodeReport(utf8(' \n\t '))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('rejects bytes that are not UTF-8 and says how to convert them', () => {
    const gbk = new Uint8Array([0xb9, 0xfa, 0xbd, 0xf0]); // 国金 in GBK
    expect(decodeReport(gbk)).toMatchObject({ ok: false, reason: expect.stringContaining('iconv') });
  });
});

describe('discoverInputs', () => {
  it('finds .txt and .md reports recursively, sorted, with their sidecar files, and lists the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'discover-'));
    await mkdir(join(dir, '2026'));
    await writeFile(join(dir, 'b.txt'), 'b');
    await writeFile(join(dir, 'b.meta.yaml'), 'title: B');
    await writeFile(join(dir, '2026', 'a.md'), 'a');
    await writeFile(join(dir, 'notes.pdf'), 'x');
    const { reports: found, skipped } = await discoverInputs(dir);
    expect(found.map((f) => f.source)).toEqual(['2026/a.md', 'b.txt']);
    expect(found[1]?.sidecarPath).toBe(join(dir, 'b.meta.yaml'));
    expect(found[0]?.sidecarPath).toBeNull();
    expect(skipped.map((s) => s.source)).toEqual(['notes.pdf']);
  });
});
