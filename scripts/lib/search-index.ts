/**
 * Stage "index": Pagefind over the built site. The extended binary segments Chinese
 * because every page declares `lang="zh-CN"`.
 *
 * Memory (issue #8). Pagefind keeps every page's word data in memory until it writes the index,
 * and copies it again while building, so its peak grows with the site: about 5 MB per digest page
 * (15 MB for a table-heavy weekly), 5.4 GB at 1,000 pages. In Pagefind 1.6 the main cost is the
 * number of distinct words per page, which its Chinese indexing roughly triples: besides each
 * segmented word it indexes the two characters across every word boundary ("语言理解" → 语言, 理解
 * and 言理). It also parses every non-digest page in full only to drop it at the end.
 *
 * So the digest pages are indexed in batches of at most BATCH_BYTES of HTML (cut by a hash of each
 * page's URL, and cached, so a rebuild re-indexes only changed batches: search-batches.ts), each by a
 * fresh Pagefind process, and the batch bundles are merged into one bundle (`mergeBundles`): page numbers offset,
 * each word's page list concatenated, filters united, the sort order recomputed, chunks and file
 * names made as Pagefind makes them (pagefind/src/index/mod.rs). The result holds what a single run
 * writes (the same pages, words and positions, filters and sort order; pages numbered in batch
 * order, batches in hash order), so search is unchanged; the peak stays at one batch's (≈0.75 GB) whatever the site's
 * size. The merge reads Pagefind's bundle format, so it checks the version it was written for.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { NO_PROGRESS, type StageProgress } from '../../src/converter/progress.ts';
import { batchesOf, batchKey, BundleCache, type BatchPage } from './search-batches.ts';
import { CompressedWrites } from './search-index/compressed-writes.ts';
import { mergeSorted } from './search-index/merge-sorted.ts';

/** HTML bytes per batch: Pagefind peaks at 35–80 bytes per HTML byte (≈0.75 GB for 8 MB). */
const BATCH_BYTES = Number(process.env['SEARCH_INDEX_BATCH_BYTES'] ?? 8_000_000);
/** The bundle format `mergeBundles` reads and writes. */
const PAGEFIND_FORMAT = '1.6.0';

/** Where batch bundles are kept between builds; without it, they are made in a temp folder and dropped. */
export interface SearchIndexCache {
  dir: string;
  /** Index every batch afresh (`--no-cache`); the cache is written anew. */
  fresh: boolean;
}

/** What indexing did: HTML pages read (as Pagefind's own count, digest or not), batches, and batches taken from the cache. */
export interface IndexRun {
  pages: number;
  batches: number;
  reused: number;
}

/**
 * Indexes `siteDir` and writes the index to `siteDir/pagefind`. With a cache, a batch whose pages
 * are unchanged since an earlier build is not indexed again (search-batches.ts).
 */
export async function indexSite(siteDir: string, cache: SearchIndexCache | null = null, progress: StageProgress = NO_PROGRESS): Promise<IndexRun> {
  const outDir = join(siteDir, 'pagefind');
  const files = htmlFiles(siteDir, outDir);
  // Once one page has data-pagefind-body, Pagefind indexes only such pages: hand it only those.
  const sortValues = new Map<string, Map<string, string>>();
  const bodyPages: BatchPage[] = [];
  for (const file of files) {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    if (!BODY.test(text)) continue;
    const url = pageUrl(siteDir, file);
    bodyPages.push({ file, url, bytes: html.length, sha256: createHash('sha256').update(html).digest('hex') });
    sortValues.set(url, pageSortValues(text));
  }
  if (bodyPages.length === 0) {
    await runPagefind(siteDir, undefined, outDir);
    return { pages: files.length, batches: 1, reused: 0 };
  }
  const work = cache ? null : mkdtempSync(join(tmpdir(), 'pagefind-batches-'));
  const bundles = new BundleCache(cache?.dir ?? work!, cache?.fresh ?? true);
  try {
    const dirs: string[] = [];
    // Counted in pages, not batches: a rate and time left a reader can compare with the site's size.
    progress.start('索引', bodyPages.length);
    for (const batch of batchesOf(bodyPages, BATCH_BYTES)) {
      // In path order, as Pagefind is handed a whole site (ties in ranking follow page order).
      const paths = batch.map((page) => page.file).sort();
      dirs.push(await bundles.bundle(batchKey(batch, PAGEFIND_FORMAT), (folder) => runPagefind(siteDir, paths, folder)));
      progress.tick(batch.length);
    }
    progress.end();
    if (dirs.length === 1) copyBundle(dirs[0]!, outDir);
    else await mergeBundles(dirs, outDir, sortValues);
    bundles.prune();
    return { pages: files.length, batches: dirs.length, reused: bundles.reused };
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

/** A single batch's bundle is the index as it is. */
function copyBundle(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/** One Pagefind process indexes `batch` (every HTML file when undefined) and writes a bundle to `outputPath`. */
async function runPagefind(siteDir: string, batch: string[] | undefined, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    const glob = batch && `{${batch.map((file) => relative(siteDir, file).split(sep).join('/').replace(/[\\{}[\]<>*?,!$]/g, '\\$&')).join(',')}}`;
    const added = await index.addDirectory(glob ? { path: siteDir, glob } : { path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
    if (batch && added.page_count !== batch.length) throw new Error(`Pagefind 索引失败：${batch.length} 页中只读到 ${added.page_count} 页`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
  } finally {
    // Ends the Pagefind process: the next batch starts from an empty heap.
    await pagefind.close();
  }
}

const BODY = /<[a-z][^>]*\sdata-pagefind-body[\s=>/]/i;

function htmlFiles(dir: string, skip: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === skip) continue;
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path, skip));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The URL Pagefind gives a file (fossick/mod.rs build_url, without keepIndexUrl). */
function pageUrl(siteDir: string, file: string): string {
  const path = relative(siteDir, file).split(sep).join('/');
  return '/' + (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}

const SORT_ATTRIBUTE = /\sdata-pagefind-sort=(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A page's `data-pagefind-sort="key:value"` values (the merge checks them against Pagefind's order). */
function pageSortValues(html: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const match of html.matchAll(SORT_ATTRIBUTE)) {
    const attribute = (match[1] ?? match[2] ?? '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
    const colon = attribute.indexOf(':');
    const key = attribute.slice(0, colon).trim();
    if (colon < 0 || key === '' || /[,[\]]/.test(key)) throw new Error(`Pagefind 分批索引只支持 data-pagefind-sort="键:值"，而不是 "${attribute}"`);
    // normalize_content(): trim, newlines to spaces, runs of whitespace to one space
    values.set(key, attribute.slice(colon + 1).replace(/^[\n\r\s]+|[\n\r\s]+$/g, '').replace(/(\n|\r\n)+/g, ' ').replace(/\s{2,}/g, ' '));
  }
  return values;
}

// ------------------------------------------------------------------------------------------------
// Merging Pagefind 1.6 bundles. Index files are gzipped "pagefind_dcd" + CBOR (minicbor writes each
// struct as an array of its fields); fragments are gzipped "pagefind_dcd" + JSON, one per page.

/** A Buffer is an item already encoded (copied as it is). */
type Cbor = number | string | Buffer | Cbor[];
/**
 * [page number (delta-encoded in files), word positions, meta positions (negative = field id marker)].
 * The word positions stay encoded: the merge only moves them.
 */
type PackedPage = [number, Buffer, number[]];
type PackedWord = [word: string, pages: PackedPage[], variants: [form: string, pages: PackedPage[]][]];
type MetaIndex = [
  version: string,
  pages: [hash: string, wordCount: number, groupHash: string][],
  chunks: [from: string, to: string, hash: string][],
  filters: [filter: string, hash: string][],
  sorts: [sort: string, pages: number[]][],
  metaFields: string[],
];

interface Bundle {
  dir: string;
  meta: MetaIndex;
  /** Number of the bundle's first page in the merged index. */
  offset: number;
  /** Bundle meta field id → merged meta field id. */
  fields: number[];
}

/** Merges bundles written by Pagefind (pages of bundle 0 first) into one bundle in `outDir`. */
export async function mergeBundles(dirs: string[], outDir: string, sortValues: Map<string, Map<string, string>>): Promise<void> {
  const entries = dirs.map((dir) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
  for (const entry of entries) {
    if (entry.version !== PAGEFIND_FORMAT) throw new Error(`Pagefind ${entry.version}：分批索引的合并只认识 ${PAGEFIND_FORMAT} 的索引格式（scripts/lib/search-index.ts）`);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const sub of ['index', 'fragment']) mkdirSync(join(outDir, sub), { recursive: true });
  // pagefind.js, the wasm, the UI files: the same in every bundle.
  const first = dirs[0]!;
  for (const name of readdirSync(first)) {
    if (name !== 'pagefind-entry.json' && !name.endsWith('.pf_meta') && statSync(join(first, name)).isFile()) copyFileSync(join(first, name), join(outDir, name));
  }
  const merged: PagefindEntry = { ...entries[0]!, languages: {} };
  const languages = [...new Set(entries.flatMap((entry) => Object.keys(entry.languages)))].sort(byteOrder);
  for (const language of languages) {
    const parts = dirs.flatMap((dir, i) => {
      const found = entries[i]!.languages[language];
      if (!found) return [];
      if (found['max_fragments']) throw new Error('Pagefind 分批索引不支持 maxFragments');
      return [{ dir, meta: decodeCbor(readPagefindFile(join(dir, `pagefind.${found.hash}.pf_meta`))) as MetaIndex, wasm: found.wasm }];
    });
    const { hash, pageCount } = await mergeLanguage(language, parts, outDir, sortValues);
    merged.languages[language] = { hash, wasm: parts[0]!.wasm, page_count: pageCount };
  }
  writeFileSync(join(outDir, 'pagefind-entry.json'), JSON.stringify(merged));
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number; [key: string]: unknown }>;
  [key: string]: unknown;
}

async function mergeLanguage(language: string, parts: { dir: string; meta: MetaIndex }[], outDir: string, sortValues: Map<string, Map<string, string>>) {
  // Meta fields are a BTreeSet in Pagefind: the merged list is the sorted union.
  const fields = [...new Set(parts.flatMap((part) => part.meta[5]))].sort(byteOrder);
  const bundles: Bundle[] = [];
  let pageCount = 0;
  for (const { dir, meta } of parts) {
    bundles.push({ dir, meta, offset: pageCount, fields: meta[5].map((field) => fields.indexOf(field)) });
    pageCount += meta[1].length;
  }

  // Pages: fragments are copied; their names only need to be unique (renamed on a collision).
  const fragmentNames = new Set<string>();
  const pages: MetaIndex[1] = [];
  const urls: string[] = [];
  for (const bundle of bundles) {
    for (const [hash, wordCount, group] of bundle.meta[1]) {
      if (group !== '') throw new Error('Pagefind 分批索引不支持 fragment 分组');
      const file = join(bundle.dir, 'fragment', `${hash}.pf_fragment`);
      const fragment = readPagefindFile(file);
      urls.push((JSON.parse(fragment.toString('utf8')) as { url: string }).url);
      let name = hash;
      if (!fragmentNames.has(name)) fragmentNames.add(name);
      else if (!readPagefindFile(join(outDir, 'fragment', `${name}.pf_fragment`)).equals(fragment)) name = uniqueName(language, fragment, fragmentNames);
      copyFileSync(file, join(outDir, 'fragment', `${name}.pf_fragment`));
      pages.push([name, wordCount, '']);
    }
  }

  // Words: merge the bundles' sorted word lists, then cut chunks as chunk_index() does.
  const chunks: MetaIndex[2] = [];
  const chunkNames = new Set<string>();
  let chunk: PackedWord[] = [];
  let chunkSize = 0;
  const writes = new CompressedWrites(GZIP_LEVEL);
  const writeChunk = async () => {
    const encoded = encodeCbor([chunk.map(deltaEncoded)]);
    const name = uniqueName(language, encoded, chunkNames);
    await writes.write(join(outDir, 'index', `${name}.pf_index`), Buffer.concat([MAGIC, encoded]));
    chunks.push([chunk[0]![0], chunk.at(-1)![0], name]);
    chunk = [];
    chunkSize = 0;
  };
  for (const { key: word, items } of mergeSorted(bundles.map(wordsOf), ([word]) => word, byteOrder)) {
    const mergedWord: PackedWord = [word, [], []];
    for (const { value: [, pages, variants] } of items) {
      for (const page of pages) mergedWord[1].push(page);
      for (const [form, variantPages] of variants) {
        const variant = mergedWord[2].find(([existing]) => existing === form);
        if (variant) for (const page of variantPages) variant[1].push(page);
        else mergedWord[2].push([form, variantPages]);
      }
    }
    chunk.push(mergedWord);
    chunkSize += mergedWord[1].reduce((size, [, locs, metaLocs]) => size + new CborReader(locs).head().value + metaLocs.length + 1, 0);
    if (chunkSize >= CHUNK_SIZE) await writeChunk();
  }
  if (chunk.length > 0) await writeChunk();
  await writes.flush();
  // chunk_meta(): trim each boundary to the shortest prefixes that still tell the chunks apart.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [to, from] = distinguishingPrefixes(chunks[i]![1], chunks[i + 1]![0]);
    if (byteOrder(to, chunks[i]![0]) >= 0) chunks[i]![1] = to;
    chunks[i + 1]![0] = from;
  }

  // Filters: the union of values; page lists are absolute and ascending.
  const filters = new Map<string, Map<string, number[]>>();
  for (const bundle of bundles) {
    for (const [, hash] of bundle.meta[3]) {
      const [filter, values] = decodeCbor(readPagefindFile(join(bundle.dir, 'filter', `${hash}.pf_filter`))) as [string, [string, number[]][]];
      const byValue = filters.get(filter) ?? new Map<string, number[]>();
      filters.set(filter, byValue);
      for (const [value, valuePages] of values) {
        const list = byValue.get(value) ?? [];
        byValue.set(value, list);
        for (const page of valuePages) list.push(page + bundle.offset);
      }
    }
  }
  const filterNames = new Set<string>();
  const metaFilters: MetaIndex[3] = [];
  if (filters.size > 0) mkdirSync(join(outDir, 'filter'), { recursive: true });
  for (const filter of [...filters.keys()].sort(byteOrder)) {
    const values = [...filters.get(filter)!].sort(([a], [b]) => byteOrder(a, b));
    const encoded = encodeCbor([filter, values]);
    const name = uniqueName(language, encoded, filterNames);
    writePagefindFile(join(outDir, 'filter', `${name}.pf_filter`), encoded);
    metaFilters.push([filter, name]);
  }

  // Sorts: Pagefind's order over all pages, from the values read in the HTML; each bundle's own
  // order must come out of the same values, or the values were not read as Pagefind reads them.
  const metaSorts: MetaIndex[4] = [];
  for (const key of [...new Set(bundles.flatMap((bundle) => bundle.meta[4].map(([sort]) => sort)))].sort(byteOrder)) {
    const values = urls.flatMap((url, page) => {
      const value = sortValues.get(url)?.get(key);
      return value === undefined ? [] : [{ page, value }];
    });
    const numeric = values.every(({ value }) => sortNumber(value) !== null);
    for (const bundle of bundles) {
      const own = bundle.meta[4].find(([sort]) => sort === key)?.[1] ?? [];
      const inBundle = values.filter(({ page }) => page >= bundle.offset && page < bundle.offset + bundle.meta[1].length);
      const bundleNumeric = inBundle.every(({ value }) => sortNumber(value) !== null);
      if (sortOrder(inBundle, bundleNumeric).map((page) => page - bundle.offset).join() !== own.join()) {
        throw new Error(`Pagefind 分批索引：从 HTML 读到的 data-pagefind-sort "${key}" 与 Pagefind 的排序不符`);
      }
    }
    metaSorts.push([key, sortOrder(values, numeric)]);
  }

  const encoded = encodeCbor([PAGEFIND_FORMAT, pages, chunks, metaFilters, metaSorts, fields] satisfies MetaIndex);
  const hash = `${language}_${fullHash(encoded).slice(0, language.length + 8)}`;
  writePagefindFile(join(outDir, `pagefind.${hash}.pf_meta`), encoded);
  return { hash, pageCount };
}

/** Pagefind's default chunk size (in word positions), or its own override. */
const CHUNK_SIZE = Number(process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? 20000);

/** A bundle's words in order, with merged page numbers (absolute) and merged meta field ids. */
function* wordsOf(bundle: Bundle): Generator<PackedWord> {
  const merged = (pages: PackedPage[]): PackedPage[] => {
    let page = 0;
    return pages.map(([delta, locs, metaLocs]) => {
      page += delta;
      return [bundle.offset + page, locs, metaLocs.map((loc) => (loc < 0 ? -bundle.fields[-loc - 1]! - 1 : loc))];
    });
  };
  for (const [, , hash] of bundle.meta[2]) {
    const words = decodeWords(readPagefindFile(join(bundle.dir, 'index', `${hash}.pf_index`)));
    for (const [word, pages, variants] of words) yield [word, merged(pages), variants.map(([form, variantPages]) => [form, merged(variantPages)])];
  }
}

function deltaEncoded([word, pages, variants]: PackedWord): PackedWord {
  const delta = (list: PackedPage[]): PackedPage[] => {
    let last = 0;
    return list.map(([page, locs, metaLocs]) => {
      const encoded: PackedPage = [page - last, locs, metaLocs];
      last = page;
      return encoded;
    });
  };
  return [word, delta(pages), variants.map(([form, variantPages]) => [form, delta(variantPages)])];
}

/** get_prefixes(): both strings cut one character past their common prefix. */
function distinguishingPrefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/** Pagefind sorts by number when every value parses as an i32 or f32 (lexical_core), else by string. */
function sortNumber(value: string): number | null {
  if (/^[+-]?\d+$/.test(value) && Math.abs(Number(value)) <= 2 ** 31) return Number(value);
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return Math.fround(Number(value));
  return null;
}

/** Pages in sort order; ties keep page order (Rust's stable sort). */
function sortOrder(values: { page: number; value: string }[], numeric: boolean): number[] {
  return [...values]
    .sort((a, b) => (numeric ? Math.fround(sortNumber(a.value)!) - Math.fround(sortNumber(b.value)!) : byteOrder(a.value, b.value)) || a.page - b.page)
    .map(({ page }) => page);
}

/** Rust's `String` order: by UTF-8 bytes, which is code point order (surrogates sort above U+FFFF's BMP neighbours). */
function byteOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit;
}

/** utils.rs full_hash(): SHA-1, each byte in lowercase hex without padding. */
function fullHash(content: Buffer): string {
  return [...createHash('sha1').update(content).digest()].map((byte) => byte.toString(16)).join('');
}

/** Pagefind's file name for `content`: language, then 7 hash characters, more while taken. */
function uniqueName(language: string, content: Buffer, taken: Set<string>): string {
  const full = `${language}_${fullHash(content)}`;
  let length = language.length + 8;
  while (taken.has(full.slice(0, length)) && length < full.length) length++;
  const name = full.slice(0, length);
  taken.add(name);
  return name;
}

const MAGIC = Buffer.from('pagefind_dcd');

function readPagefindFile(path: string): Buffer {
  const content = gunzipSync(readFileSync(path));
  if (!content.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${path}：不是 Pagefind 的索引文件`);
  return content.subarray(MAGIC.length);
}

/**
 * gzip level 6, not 9: on the merged index of 10,000 reports (402 MB of chunks before compression)
 * level 9 took 103 s and gave 67.4 MB, level 6 30.7 s and 67.9 MB (+0.7 %). It was 44 % of the
 * merge's time. Pagefind reads any level.
 */
const GZIP_LEVEL = 6;

function writePagefindFile(path: string, content: Buffer): void {
  writeFileSync(path, gzipSync(Buffer.concat([MAGIC, content]), { level: GZIP_LEVEL }));
}

/** Reads the CBOR Pagefind writes: unsigned and negative integers, text strings, definite arrays. */
class CborReader {
  at = 0;
  readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }
  head(): { major: number; value: number } {
    const initial = this.bytes[this.at++]!;
    const info = initial & 31;
    let value: number;
    if (info < 24) return { major: initial >> 5, value: info };
    if (info === 24) value = this.bytes.readUInt8(this.at);
    else if (info === 25) value = this.bytes.readUInt16BE(this.at);
    else if (info === 26) value = this.bytes.readUInt32BE(this.at);
    else if (info === 27) value = Number(this.bytes.readBigUInt64BE(this.at));
    else throw new Error(`CBOR：不支持的长度 ${info}`);
    this.at += 2 ** (info - 24);
    return { major: initial >> 5, value };
  }
  item(): Cbor {
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      this.at += value;
      return this.bytes.toString('utf8', this.at - value, this.at);
    }
    if (major === 4) {
      const items: Cbor[] = new Array(value);
      for (let i = 0; i < value; i++) items[i] = this.item();
      return items;
    }
    throw new Error(`CBOR：不支持的类型 ${major}`);
  }
  /** The next item's bytes, undecoded. */
  raw(): Buffer {
    const start = this.at;
    const { major, value } = this.head();
    if (major === 3) this.at += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.raw();
    else if (major > 1) throw new Error(`CBOR：不支持的类型 ${major}`);
    return this.bytes.subarray(start, this.at);
  }
  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error('CBOR：应为数组');
    return value;
  }
  end(): void {
    if (this.at !== this.bytes.length) throw new Error('CBOR：多余的字节');
  }
}

function decodeCbor(bytes: Buffer): Cbor {
  const reader = new CborReader(bytes);
  const value = reader.item();
  reader.end();
  return value;
}

/** An index chunk's words: WordIndex { words: [PackedWord] }, word positions left encoded. */
function decodeWords(bytes: Buffer): PackedWord[] {
  const reader = new CborReader(bytes);
  const pages = (): PackedPage[] => {
    const list: PackedPage[] = new Array(reader.array());
    for (let i = 0; i < list.length; i++) {
      reader.array();
      list[i] = [reader.item() as number, reader.raw(), reader.item() as number[]];
    }
    return list;
  };
  reader.array();
  const words: PackedWord[] = new Array(reader.array());
  for (let i = 0; i < words.length; i++) {
    reader.array();
    const word = reader.item() as string;
    const wordPages = pages();
    const variants: PackedWord[2] = new Array(reader.array());
    for (let j = 0; j < variants.length; j++) {
      reader.array();
      variants[j] = [reader.item() as string, pages()];
    }
    words[i] = [word, wordPages, variants];
  }
  reader.end();
  return words;
}

function encodeCbor(value: Cbor): Buffer {
  let out = Buffer.alloc(1 << 16);
  let length = 0;
  const reserve = (n: number) => {
    if (length + n <= out.length) return;
    const grown = Buffer.alloc(Math.max(out.length * 2, length + n));
    out.copy(grown, 0, 0, length);
    out = grown;
  };
  const head = (major: number, n: number) => {
    reserve(9);
    const type = major << 5;
    if (n < 24) out[length++] = type | n;
    else if (n < 0x100) {
      out[length++] = type | 24;
      out[length++] = n;
    } else if (n < 0x10000) {
      out[length++] = type | 25;
      length = out.writeUInt16BE(n, length);
    } else if (n < 0x100000000) {
      out[length++] = type | 26;
      length = out.writeUInt32BE(n, length);
    } else {
      out[length++] = type | 27;
      length = out.writeBigUInt64BE(BigInt(n), length);
    }
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const text = Buffer.from(v, 'utf8');
      head(3, text.length);
      reserve(text.length);
      length += text.copy(out, length);
    } else if (Buffer.isBuffer(v)) {
      reserve(v.length);
      length += v.copy(out, length);
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return out.subarray(0, length);
}
