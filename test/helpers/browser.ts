/** Chromium lives with the scripts (benchmarks drive it too). */
export * from '../../scripts/lib/chromium.ts';
