/**
 * Throughput of the whole conversion, MDX emit included (`convertArchive` with an `mdxDir`), on a
 * warm JIT: `node scripts/bench/profile-convert.ts --input DIR [--runs N] [--out DIR]`.
 * Run under `node --cpu-prof --cpu-prof-dir=/tmp/prof` to profile it; `--summary FILE.cpuprofile`
 * prints the top functions and files by self time of such a profile instead.
 * `--out DIR` writes the MDX and JSON of the last run there (to compare outputs before/after a change).
 *
 * On a shared machine wall times (and --cpu-prof samples, which count time the process waits for a
 * core) swing with other load: compare the CPU times printed alongside, or sample with
 * `perf record -e task-clock -g node --perf-basic-prof …`, which counts only time on a core.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertArchive } from '../../src/converter/pipeline.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'content/reports' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
    summary: { type: 'string' },
    top: { type: 'string', default: '30' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function table(title: string, totals: Map<string, number>, all: number, top: number): void {
  console.log(`\n${title}`);
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows) console.log(`${((100 * us) / all).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*?\/(node_modules|src|scripts)\//, '$1/');
}

/** Self time per node id, from the samples. */
function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return self;
}

/**
 * Self time per function and per file of a `.cpuprofile`. Natives without a script (regular
 * expressions, builtins) are charged to their nearest JS caller, so a slow regex shows up in the
 * function that runs it; `inclusive` is the time a function of ours is on the stack.
 */
async function summarize(file: string, top: number): Promise<void> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = selfTimes(profile);
  const perFunction = new Map<string, number>();
  const charged = new Map<string, number>();
  const perFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let all = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    add(perFunction, label(node), us);
    let owner: ProfileNode | undefined = node;
    while (owner && !owner.callFrame.url && parent.has(owner.id)) owner = byId.get(parent.get(owner.id)!);
    const host = owner?.callFrame.url ? owner : node;
    add(charged, label(host), us);
    add(perFile, shortUrl(host.callFrame.url) || '(native)', us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at)!);
      if (key.includes(' src/') && !seen.has(key)) add(inclusive, key, us);
      seen.add(key);
    }
    all += us;
  }
  table('self time per function', perFunction, all, top);
  table('self time per function, natives charged to their JS caller', charged, all, top);
  table('self time per file (natives charged to caller)', perFile, all, top);
  table('inclusive time, src/ functions', inclusive, all, top);
}

async function bench(inputDir: string, runs: number, out: string | undefined): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'profile-convert-'));
  const times: number[] = [];
  const cpu: number[] = [];
  let last: Awaited<ReturnType<typeof convertArchive>> | null = null;
  try {
    for (let run = 0; run < runs; run++) {
      const lastRun = run === runs - 1 && out !== undefined;
      const mdxDir = lastRun ? join(out, 'mdx') : join(scratch, 'mdx');
      const jsonDir = lastRun ? join(out, 'json') : null;
      const start = performance.now();
      const usage = process.cpuUsage();
      // In-process, so the profile of this thread shows the conversion itself.
      last = await convertArchive({ inputDir, mdxDir, jsonDir, workers: 0 });
      const used = process.cpuUsage(usage);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const megabytes = last!.inputBytes / 1e6;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const warm = times.length > 1 ? times.slice(1) : times;
  const med = sorted(warm)[Math.floor(warm.length / 2)]!;
  const best = sorted(warm)[0]!;
  console.log(`${inputDir}: ${last!.reports.length} reports, ${megabytes.toFixed(2)} MB, ${runs} runs (first is warm-up)`);
  console.log(`wall ms: ${times.map((t) => t.toFixed(0)).join(' ')}; cpu ms: ${cpu.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`warm median ${med.toFixed(0)} ms = ${(megabytes / (med / 1000)).toFixed(1)} MB/s; best ${best.toFixed(0)} ms = ${(megabytes / (best / 1000)).toFixed(1)} MB/s`);
  console.log(`stages (last run): ${last!.timer.summary()}`);
}

if (values.summary) await summarize(values.summary, Number(values.top));
else await bench(values.input!, Math.max(1, Number(values.runs)), values.out);
