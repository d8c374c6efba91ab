/**
 * Permalinks hold: adding, removing, renaming other reports or re-ordering the folder never
 * changes a digest's slug or an event's anchor.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArchive } from '~/converter/pipeline.ts';
import type { Report } from '~/schema/report.ts';

const SEEDS = ['000_2272510a5eb1dbfa.txt', '001_3443ca7490eb62dc.txt', '002_c7d3efb7c0d55a5e.txt', '003_d21945e2f427e36b.txt', '004_0d1459b9884b146f.txt'];

async function archive(files: Record<string, string>): Promise<Map<string, Report>> {
  const dir = await mkdtemp(join(tmpdir(), 'stability-'));
  await Promise.all(Object.entries(files).map(([name, seed]) => copyFile(`content/reports/${seed}`, join(dir, name))));
  const { reports } = await convertArchive({ inputDir: dir, mdxDir: null, jsonDir: null });
  return new Map(reports.map((r) => [r.source, r]));
}

const permalinks = (report: Report) => ({ slug: report.slug, events: report.events.map((e) => e.id) });

describe('permalinks', () => {
  it('stay the same when other reports are added, removed or named to sort first', async () => {
    const full = await archive(Object.fromEntries(SEEDS.map((s) => [s, s])));
    const small = await archive({ [SEEDS[0]!]: SEEDS[0]!, [SEEDS[4]!]: SEEDS[4]! });
    const reordered = await archive({ '0000-first.txt': SEEDS[3]!, [SEEDS[4]!]: SEEDS[4]!, [SEEDS[0]!]: SEEDS[0]!, 'zz-copy.txt': SEEDS[1]! });
    for (const seed of [SEEDS[0]!, SEEDS[4]!]) {
      expect(permalinks(small.get(seed)!)).toEqual(permalinks(full.get(seed)!));
      expect(permalinks(reordered.get(seed)!)).toEqual(permalinks(full.get(seed)!));
    }
    expect(full.get(SEEDS[0]!)!.events).toHaveLength(18);
  });
});
