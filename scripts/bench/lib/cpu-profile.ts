/**
 * Where a build's CPU time goes, from a V8 `.cpuprofile` (`node --cpu-prof`): self time per
 * package (or our own code, or the site's compiled page chunks), per function, and the time
 * under named functions (inclusive). Natives without a script (regex, builtins) are charged to
 * their nearest JS caller, so a slow regular expression counts where it is used.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Who owns a script URL: an npm package, our code, the site's compiled chunks, or Node itself. */
export function ownerOf(url: string): string {
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return 'node';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  if (/\/(dist|\.prerender|\.astro)\/.*\.m?js$/.test(url)) return 'site pages (compiled .astro/.mdx)';
  const ours = /\/(src\/converter|src|scripts)\//.exec(url);
  if (ours) return `ours: ${ours[1]}/`;
  return url.replace(/^file:\/\/\/?/, '/');
}

/** `name file:line`, with the path shortened to what follows node_modules/, src/ or scripts/. */
export function frameLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\/.*?\/(node_modules|src|scripts)\//, '$1/').replace(/^file:\/\/\/?/, '/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

export interface ProfileSummary {
  /** Sampled time in total, µs. */
  totalUs: number;
  /** Self time per owner (package …), µs. */
  byOwner: Map<string, number>;
  /** Self time per function, natives charged to their caller, µs. */
  byFunction: Map<string, number>;
  /** Time with a function matching `inclusive` on the stack, µs, per function label. */
  inclusive: Map<string, number>;
}

function add<K>(map: Map<K, number>, key: K, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

export interface SummaryOptions {
  /** Picks the functions whose time on the stack is wanted. */
  inclusive?: (node: ProfileNode) => boolean;
  /** Only samples taken this many ms after the profile started, or later … */
  fromMs?: number;
  /** … and before this many ms (so a build's phases can be told apart by the times its log gives). */
  toMs?: number;
}

/** Self time per sampled node, of the samples in the window. */
function selfTimes(profile: CpuProfile, fromMs: number, toMs: number): Map<number, number> {
  const self = new Map<number, number>();
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsedUs += delta;
    if (elapsedUs >= fromMs * 1000 && elapsedUs < toMs * 1000) add(self, id, delta);
  });
  return self;
}

/** Summarises a profile, or the part of it in a time window. */
export function summarizeProfile(profile: CpuProfile, options: SummaryOptions = {}): ProfileSummary {
  const inclusive = options.inclusive ?? (() => false);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = selfTimes(profile, options.fromMs ?? 0, options.toMs ?? Number.POSITIVE_INFINITY);
  const summary: ProfileSummary = { totalUs: 0, byOwner: new Map(), byFunction: new Map(), inclusive: new Map() };
  for (const [id, us] of self) {
    let host = byId.get(id)!;
    while (!host.callFrame.url && !host.callFrame.functionName.startsWith('(') && parent.has(host.id)) host = byId.get(parent.get(host.id)!)!;
    add(summary.byOwner, host.callFrame.url ? ownerOf(host.callFrame.url) : host.callFrame.functionName || '(native)', us);
    add(summary.byFunction, frameLabel(host), us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      const key = frameLabel(node);
      if (inclusive(node) && !seen.has(key)) add(summary.inclusive, key, us);
      seen.add(key);
    }
    summary.totalUs += us;
  }
  return summary;
}

/** The `top` largest entries of a map as `  12.3%   1234 ms  key` lines. */
export function topLines(map: ReadonlyMap<string, number>, totalUs: number, top: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
}
