/** The static server lives with the scripts (benchmarks serve built sites too). */
export * from '../../scripts/lib/static-server.ts';
