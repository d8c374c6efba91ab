/**
 * The table of contents of a flattened report (内容目录 一、… ......6 1.1 … ......7) and its figure
 * lists (图表目录 图1：… ......5), read out of the joined text.
 *
 * Entries run into each other with nothing between a page number and the next entry, so a page
 * number and the next entry's own number can fuse (`......41.1总量数据` is page 4 and entry 1.1). Of
 * the ways to split such digits, the reading kept gives a page that does not go back, does not pass
 * the report's last page, and leaves the next entry starting like an entry. The entries are the
 * report's headings and captions: where they recur after the TOC, the body is cut exactly there.
 */

/** One TOC entry: its title as printed, its page, and where the entry sits in the text. */
export interface TocEntry {
  title: string;
  /** The dot leaders as printed (kept so the entry reads as a TOC line). */
  leaders: string;
  page: number | null;
  start: number;
  end: number;
}

/** A table of contents (`toc`) or a figure list (`figures`) in the text. */
export interface TocBlock {
  kind: 'toc' | 'figures';
  /** The label (内容目录, 图表目录 …) [start, end). */
  label: { start: number; end: number; text: string };
  entries: TocEntry[];
  /** End of the block: its last entry's end. */
  end: number;
}

const LABEL = /(?:内容目录|正文目录|报告目录|图表目录|插图目录|表格目录|图目录|表目录|目录)/gu;
const LABEL_START = new RegExp(`^(?:${LABEL.source})`, 'u');
const FIGURE_LABEL = /^(?:图表目录|插图目录|表格目录|图目录|表目录)$/u;
/** Title, leaders, page number (plain or between dashes); the title holds no full stop and no leaders. */
const ENTRY = /((?:(?![.．…·]{3}|…{2})[^。]){1,150}?)([.．…·]{3,}|…{2,})\s*[-－]?(\d{1,4})[-－]?/uy;
/** An entry's title without page numbers, between bullets (`目录❑1.…❑2.…`). */
const BULLET_ENTRY = /[❑❖◆■●•➢⚫▪◼▌\uF000-\uF0FF]([^。❑❖◆■●•➢⚫▪◼▌\uF000-\uF0FF]{2,60})/uy;
/** What a following entry may start with: a heading number or a caption label, or any text but a digit or a separator. */
const ENTRY_START = /^(?:[1-9]\d?(?:[.．]\d{1,2})*[.．、）)]?(?=[\p{Script=Han}A-Za-z\d（(“"【《])|[^\d.．、,，:：;；)）-])/u;
const MIN_ENTRIES = 2;
/** An entry title printed more often than this after the TOC is a common phrase, not a heading. */
const MAX_PLACES = 20;

/** Splits fused digits after an entry's leaders into its page and the start of the next entry. */
function splitPage(digits: string, after: string, previous: number, lastPage: number): { page: number; used: number } {
  let best: { page: number; used: number; distance: number } | null = null;
  for (let used = digits.length; used >= 1; used -= 1) {
    const page = Number(digits.slice(0, used));
    if (digits[0] === '0' || page < previous || page > lastPage) continue;
    if (!ENTRY_START.test(digits.slice(used) + after)) continue;
    const distance = page - previous;
    if (!best || distance < best.distance) best = { page, used, distance };
  }
  return best ?? { page: Number(digits), used: digits.length };
}

/** Entries with leaders and page numbers from `from` on. */
function leaderEntries(text: string, from: number, lastPage: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let at = from;
  let previous = 0;
  for (;;) {
    ENTRY.lastIndex = at;
    const match = ENTRY.exec(text);
    if (!match) break;
    const [, title, leaders, digits] = match as unknown as [string, string, string, string];
    // The next list's label (图表目录 after 目录) ends this one; a TOC may list itself first (目录……2).
    if (entries.length > 0 && LABEL_START.test(title.trim())) break;
    const digitsAt = match.index + match[0].lastIndexOf(digits);
    const { page, used } = splitPage(digits, text.slice(digitsAt + digits.length, digitsAt + digits.length + 12), previous, lastPage);
    const end = digitsAt + used + (used === digits.length && /[-－]/u.test(text[digitsAt + used] ?? '') ? 1 : 0);
    entries.push(...splitHiddenEntries({ title: title.trim(), leaders, page, start: at, end }));
    previous = page;
    at = end;
  }
  return entries;
}

/**
 * A long entry may be printed without leaders, its page number run straight into the next entry's
 * number (`…创近年新高42.行业细分领域跟踪……8`): such a title is two entries.
 */
const HIDDEN_PAGE = /(?<=[\p{Script=Han}）)])(\d{1,3}?)(?=[1-9]\d?(?:[.．]\d{1,2})*[.．、][\p{Script=Han}])/u;

function splitHiddenEntries(entry: TocEntry): TocEntry[] {
  const hidden = HIDDEN_PAGE.exec(entry.title);
  if (!hidden || hidden.index < 4) return [entry];
  const page = Number(hidden[1]);
  const restAt = hidden.index + hidden[1]!.length;
  const first: TocEntry = { title: entry.title.slice(0, hidden.index), leaders: '', page, start: entry.start, end: entry.start + restAt };
  return [first, ...splitHiddenEntries({ ...entry, title: entry.title.slice(restAt), start: entry.start + restAt })];
}

/** Entries between bullets, without page numbers. */
function bulletEntries(text: string, from: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let at = from;
  for (;;) {
    BULLET_ENTRY.lastIndex = at;
    const match = BULLET_ENTRY.exec(text);
    if (!match) break;
    const end = match.index + match[0].length;
    entries.push({ title: match[1]!.trim(), leaders: '', page: null, start: at, end });
    at = end;
  }
  return entries;
}

/** Every table of contents and figure list in the text, in order. */
export function readTocs(text: string, lastPage: number): TocBlock[] {
  const blocks: TocBlock[] = [];
  for (const match of text.matchAll(LABEL)) {
    const start = match.index;
    if (blocks.some((b) => start < b.end)) continue;
    const from = start + match[0].length;
    const leaders = leaderEntries(text, from, lastPage);
    const entries = leaders.length >= MIN_ENTRIES ? leaders : bulletEntries(text, from);
    if (entries.length < MIN_ENTRIES) continue;
    const kind = FIGURE_LABEL.test(match[0]) ? 'figures' : 'toc';
    blocks.push({ kind, label: { start, end: from, text: match[0] }, entries, end: entries.at(-1)!.end });
  }
  return blocks;
}

/** An entry's title as a key: without blanks (extractors drop or keep them). */
function key(title: string): string {
  return title.replace(/\s+/gu, '');
}

/** The series an entry belongs to: figure lists number figures and tables apart (图1… and 表1…). */
function series(title: string): string {
  return /^(?:附图|附表|图表|图|表)/u.exec(title)?.[0] ?? '';
}

/**
 * Where the entries recur after the TOC: for each entry, every place its title is printed (outside
 * the TOC and figure lists themselves, `skip`), and of those the longest run in the entries' order
 * (an entry that recurs only out of order, or not at all, is left out). Figure and table entries are
 * matched as separate series. Returns [start, end) in the text for each entry found.
 */
export function recurringEntries(text: string, entries: readonly TocEntry[], from: number, skip: (at: number) => boolean): { start: number; end: number; entry: TocEntry }[] {
  const groups = new Map<string, TocEntry[]>();
  for (const entry of entries) groups.set(series(entry.title), [...(groups.get(series(entry.title)) ?? []), entry]);
  return [...groups.values()].flatMap((group) => longestRun(text, group, from, skip)).sort((a, b) => a.start - b.start);
}

function longestRun(text: string, entries: readonly TocEntry[], from: number, skip: (at: number) => boolean): { start: number; end: number; entry: TocEntry }[] {
  const places = entries.map((entry) => {
    const title = key(entry.title);
    const found: number[] = [];
    if (title.length < 2) return found;
    for (let at = text.indexOf(title, from); at >= 0; at = text.indexOf(title, at + 1)) if (!skip(at)) found.push(at);
    return found;
  });
  // Longest chain of (entry, place) increasing in both, by dynamic programming over the candidates;
  // a title printed too often to be a heading (a one-word entry) is left out.
  const candidates = places.flatMap((list, k) => (list.length > MAX_PLACES ? [] : list.map((at) => ({ k, at }))));
  const length = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  for (let i = 0; i < candidates.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (candidates[j]!.k < candidates[i]!.k && candidates[j]!.at < candidates[i]!.at && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const chain: { start: number; end: number; entry: TocEntry }[] = [];
  for (let end = length.indexOf(Math.max(0, ...length)); end >= 0; end = previous[end]!) {
    const { k, at } = candidates[end]!;
    chain.unshift({ start: at, end: at + key(entries[k]!.title).length, entry: entries[k]! });
  }
  return chain;
}
