/**
 * Strings that recur through a flattened report: the running header and footer of every page,
 * found by their repetition rather than by any broker's wording.
 *
 * Page numbers change from page to page, so the search runs on a masked copy of the text in which
 * every run of digits is one `#`. Seeds are short masked strings that recur across the text; each
 * is grown left and right while most of its occurrences agree on the next character (a page that
 * prints a shorter header stops growing there, the others go on). What a cluster is — furniture or
 * a sentence the summary repeats — is decided by the caller (see furniture.ts).
 */

/** A text with every run of ASCII digits replaced by one `#`, and where each masked character came from. */
export interface MaskedText {
  masked: string;
  /** Original offset of each masked character; one extra entry holds the text's length. */
  offsets: number[];
}

/** One occurrence of a recurring string, in masked coordinates [start, end). */
export interface Occurrence {
  start: number;
  end: number;
}

/** A recurring string: the majority text and each occurrence's own extent. */
export interface Cluster {
  /** The majority (consensus) string, masked. */
  consensus: string;
  /** Masked offset, within each occurrence, where the consensus starts: occurrence i covers consensus[from_i, to_i). */
  occurrences: { start: number; end: number; from: number; to: number }[];
}

/** Seed length in masked characters. */
const SEED = 6;
/** A seed must recur this often to be grown. */
export const MIN_REPEATS = 3;
/** Furniture recurs once a page: a string printed more often than this is the text's own (or noise). */
const MAX_REPEATS = 600;
/** Longest text searched for repetition, in characters: a real report is a few hundred pages at most. */
export const MAX_REPEATED_TEXT = 400_000;
/** Share of a cluster's occurrences that must agree on the next character for it to grow. */
const AGREEMENT = 0.75;
/** Furniture is one or two printed lines: a cluster grows at most this far each way. */
const MAX_GROWTH = 90;
/** A seed whose occurrences all sit in this share of the text is a local repetition (a table), not furniture. */
const MIN_SPREAD = 0.3;
/** A seed with this share of its occurrences inside clusters already grown is skipped. */
const SEEN_SHARE = 0.5;

export function maskDigits(text: string): MaskedText {
  const offsets: number[] = [];
  const chunks: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!isDigit(text.charCodeAt(i))) {
      offsets.push(i);
      continue;
    }
    chunks.push(text.slice(from, i), '#');
    offsets.push(i);
    while (i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i += 1;
    from = i + 1;
  }
  chunks.push(text.slice(from));
  offsets.push(text.length);
  return { masked: chunks.join(''), offsets };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters (CJK or Latin) in a seed: a seed of digits and punctuation is a table row, not a header. */
function letterCount(seed: string): number {
  let n = 0;
  for (const char of seed) if (/[\p{L}]/u.test(char)) n += 1;
  return n;
}

const P1 = 67_108_859; // primes below 2^26: two hashes side by side make an exact 52-bit key
const P2 = 67_108_837;
const B1 = 131;
const B2 = 137;

/** A seed's key: two polynomial hashes of its characters (a collision only mixes occurrences that then disagree). */
function seedKey(masked: string, at: number): number {
  let h1 = 0;
  let h2 = 0;
  for (let k = 0; k < SEED; k += 1) {
    const code = masked.charCodeAt(at + k);
    h1 = (h1 * B1 + code) % P1;
    h2 = (h2 * B2 + code) % P2;
  }
  return h1 * 67_108_864 + h2;
}

/**
 * Furniture carries a page number or a disclaimer pointer, so only seeds that touch a number (`#`)
 * or start a pointer are needed: growing them reaches the rest of the running header. (Seeding
 * every offset found nothing more on the corpus and took most of the reader's time.)
 */
function isAnchor(masked: string, at: number, anchors: Uint8Array): boolean {
  return masked.charCodeAt(at - 1) === HASH || masked.charCodeAt(at + SEED) === HASH || anchors[at] === 1;
}

const HASH = '#'.charCodeAt(0);

/** Start offsets of every seed that recurs at least MIN_REPEATS times without overlapping itself, spread over the text. */
function recurringSeeds(masked: string, anchors: ReadonlySet<number>): number[][] {
  // Most seeds occur once: a number stands for a single occurrence, a list for several.
  const positions = new Map<number, number | number[]>();
  // A flag per offset: looked up at every offset, where a set's lookup cost most of the loop.
  const anchorAt = new Uint8Array(masked.length + 1);
  for (const at of anchors) if (at >= 0 && at <= masked.length) anchorAt[at] = 1;
  for (let i = 0; i + SEED <= masked.length; i += 1) {
    if (!isAnchor(masked, i, anchorAt)) continue;
    const key = seedKey(masked, i);
    const seen = positions.get(key);
    if (seen === undefined) positions.set(key, i);
    else if (typeof seen === 'number') positions.set(key, [seen, i]);
    else seen.push(i);
  }
  const seeds: number[][] = [];
  for (const list of positions.values()) {
    if (typeof list === 'number' || list.length < MIN_REPEATS || list.length > MAX_REPEATS) continue;
    const seed = masked.slice(list[0]!, list[0]! + SEED);
    if (letterCount(seed) < 4 || seed.includes('\n')) continue;
    const apart = list.filter((p, k) => k === 0 || p - list[k - 1]! >= SEED);
    if (apart.length < MIN_REPEATS || apart.at(-1)! - apart[0]! < MIN_SPREAD * masked.length) continue;
    seeds.push(apart);
  }
  return seeds.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * Grows a seed's occurrences one character at a time in `direction` while enough of them agree;
 * returns how far each one got (an occurrence that disagrees stops where it is).
 */
function grow(masked: string, anchors: readonly number[], direction: 1 | -1): { reach: number[]; consensus: string } {
  const reach = anchors.map(() => 0);
  let alive = [...anchors.keys()];
  const needed = Math.max(MIN_REPEATS, Math.ceil(AGREEMENT * anchors.length));
  let consensus = '';
  const counts = new Map<string, number>();
  for (let step = 0; step < MAX_GROWTH && alive.length >= needed; step += 1) {
    counts.clear();
    let best = '';
    let bestCount = 0;
    for (const k of alive) {
      const char = masked[direction === 1 ? anchors[k]! + step : anchors[k]! - step - 1];
      if (char === undefined || char === '\n') continue;
      const count = (counts.get(char) ?? 0) + 1;
      counts.set(char, count);
      if (count > bestCount) [best, bestCount] = [char, count];
    }
    if (bestCount < needed) break;
    alive = alive.filter((k) => masked[direction === 1 ? anchors[k]! + step : anchors[k]! - step - 1] === best);
    for (const k of alive) reach[k] = step + 1;
    consensus = direction === 1 ? consensus + best : best + consensus;
  }
  return { reach, consensus };
}

/** Grows one seed into a cluster. */
function clusterOf(masked: string, seedStarts: readonly number[]): Cluster {
  const left = grow(masked, seedStarts, -1);
  const right = grow(masked, seedStarts.map((p) => p + SEED), 1);
  const seed = masked.slice(seedStarts[0]!, seedStarts[0]! + SEED);
  const consensus = left.consensus + seed + right.consensus;
  const occurrences = seedStarts.map((p, k) => {
    const from = left.consensus.length - left.reach[k]!;
    const to = left.consensus.length + SEED + right.reach[k]!;
    return { start: p - left.reach[k]!, end: p + SEED + right.reach[k]!, from, to };
  });
  return { consensus, occurrences };
}

/**
 * Every cluster of recurring text grown from seeds that touch a number or start at one of `anchors`
 * (masked offsets), largest seed count first. A seed inside an earlier cluster's
 * occurrences is not grown again, so each recurring string is reported once.
 */
export function recurringClusters(masked: string, anchors: ReadonlySet<number> = new Set()): Cluster[] {
  const covered = new Uint8Array(masked.length);
  const clusters: Cluster[] = [];
  for (const starts of recurringSeeds(masked, anchors)) {
    // A seed mostly inside a string already grown is part of it: growing it again finds nothing new.
    if (starts.filter((p) => covered[p]).length >= SEEN_SHARE * starts.length) continue;
    const cluster = clusterOf(masked, starts);
    for (const { start, end } of cluster.occurrences) covered.fill(1, start, end);
    clusters.push(cluster);
  }
  return clusters;
}
