import { describe, expect, it } from 'vitest';
import { ownerOf, summarizeProfile, topLines, type CpuProfile } from '../../../scripts/bench/lib/cpu-profile.ts';

describe('ownerOf', () => {
  it('names packages, scoped packages, our code, compiled pages and Node', () => {
    expect(ownerOf('file:///w/node_modules/rolldown/dist/a.mjs')).toBe('rolldown');
    expect(ownerOf('file:///w/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(ownerOf('file:///w/node_modules/csso/node_modules/css-tree/lib/x.js')).toBe('csso');
    expect(ownerOf('file:///tmp/ws/src/converter/pipeline.ts')).toBe('ours: src/converter/');
    expect(ownerOf('file:///tmp/ws/scripts/lib/search-index.ts')).toBe('ours: scripts/');
    expect(ownerOf('file:///tmp/ws/dist/.prerender/chunks/page_1.mjs')).toBe('site pages (compiled .astro/.mdx)');
    expect(ownerOf('node:internal/fs/promises')).toBe('node');
  });
});

/** main → parse (ours) → regex (native, no URL); main → render (astro); and GC. */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 5] },
    { id: 2, callFrame: { functionName: 'main', url: 'file:///w/scripts/build.ts', lineNumber: 0 }, children: [3, 6] },
    { id: 3, callFrame: { functionName: 'parse', url: 'file:///w/src/converter/parse.ts', lineNumber: 9 }, children: [4] },
    { id: 4, callFrame: { functionName: 'exec', url: '', lineNumber: -1 } },
    { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    { id: 6, callFrame: { functionName: 'render', url: 'file:///w/node_modules/astro/dist/r.js', lineNumber: 4 } },
  ],
  samples: [4, 4, 3, 6, 5],
  timeDeltas: [100, 100, 50, 200, 50],
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(PROFILE, { inclusive: (node) => node.callFrame.functionName === 'main' });

  it('charges natives to their JS caller, and keeps V8’s own entries apart', () => {
    expect(summary.totalUs).toBe(500);
    expect(Object.fromEntries(summary.byOwner)).toEqual({ 'ours: src/converter/': 250, astro: 200, '(garbage collector)': 50 });
    expect(summary.byFunction.get('parse src/converter/parse.ts:10')).toBe(250);
  });

  it('adds up the time a chosen function is on the stack', () => {
    expect(Object.fromEntries(summary.inclusive)).toEqual({ 'main scripts/build.ts:1': 450 });
  });

  it('keeps only the samples of a time window', () => {
    // Samples end at 0.1, 0.2, 0.25, 0.45 and 0.5 ms after the start.
    const window = summarizeProfile(PROFILE, { fromMs: 0.21, toMs: 0.46 });
    expect(Object.fromEntries(window.byOwner)).toEqual({ 'ours: src/converter/': 50, astro: 200 });
  });

  it('lists the largest entries first, as shares of the total', () => {
    expect(topLines(summary.byOwner, summary.totalUs, 1)).toEqual([' 50.0%       0 ms  ours: src/converter/']);
  });
});
