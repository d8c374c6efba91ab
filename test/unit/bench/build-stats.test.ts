import { describe, expect, it } from 'vitest';
import { StageTimeline, takeStatsFlag } from '../../../scripts/lib/build-stats.ts';

describe('takeStatsFlag', () => {
  it('takes --stats FILE and --stats=FILE out of the arguments', () => {
    expect(takeStatsFlag(['--input', 'in', '--stats', 's.json', '--strict'], {})).toEqual({ statsFile: 's.json', rest: ['--input', 'in', '--strict'] });
    expect(takeStatsFlag(['--stats=s.json'], {})).toEqual({ statsFile: 's.json', rest: [] });
  });

  it('falls back to BUILD_STATS_FILE, and to none', () => {
    expect(takeStatsFlag(['--out', 'd'], { BUILD_STATS_FILE: 'env.json' })).toEqual({ statsFile: 'env.json', rest: ['--out', 'd'] });
    expect(takeStatsFlag([], {}).statsFile).toBeNull();
  });
});

describe('StageTimeline', () => {
  it('records back-to-back windows in epoch milliseconds', () => {
    const before = Date.now();
    const timeline = new StageTimeline();
    timeline.end('conversion');
    timeline.end('astro');
    const [conversion, astro] = timeline.windows;
    expect(timeline.windows.map((w) => w.stage)).toEqual(['conversion', 'astro']);
    expect(conversion!.start).toBeGreaterThanOrEqual(before - 1000);
    expect(astro!.start).toBe(conversion!.end);
    expect(astro!.end).toBeGreaterThanOrEqual(astro!.start);
    expect(timeline.seconds('never')).toBe('0.0 s');
  });
});
