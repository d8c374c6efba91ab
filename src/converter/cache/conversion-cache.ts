/**
 * The conversion cache on disk: one file per report conversion, named by its key, a hash of
 * everything that decides the result (the report's bytes, its sidecar's bytes, its source name,
 * which the slug's fingerprint is made from, and the converter fingerprint). An entry whose key
 * matches is therefore exactly what converting again would give, and is trusted without
 * re-validating the report (that would cost about as much as the rest of a warm build); a checksum
 * catches entries damaged on disk instead. Anything unreadable, damaged or of another shape is a
 * miss: the cache can make a build faster, never fail it or change its output.
 *
 * An entry is a JSON header line, then the outcome as JSON, then the digest's MDX and HTML bytes as
 * they are written: a warm build compares them with the files on disk without decoding them.
 *
 * Layout: `<cacheDir>/input-<input folder hash>/<key>.entry`. Each input folder has its own namespace, so
 * builds of different archives (the site, `npm run digest` on another folder, tests) do not evict
 * each other. Each run removes its folder's entries it did not use, and namespaces untouched for
 * 30 days, so the cache holds about one entry per report of the archives in use.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ConversionOutcome } from '../convert-report.ts';
import type { InputFile } from '../read/discover.ts';
import type { DigestFiles } from '../render/digest-files.ts';
import { converterFingerprint } from './fingerprint.ts';
import { mapConcurrently } from './concurrency.ts';

/** What the cache keeps of one report: its outcome before duplicate resolution, and its digest once rendered. */
export interface CachedConversion {
  outcome: ConversionOutcome;
  digest: DigestFiles | null;
}

interface EntryHeader {
  format: number;
  key: string;
  /** Of everything after the header line. Only to detect damage, so the fastest of Node's hashes. */
  sha1: string;
  /** Length in bytes of the outcome JSON; the MDX bytes follow it, then the HTML's. */
  outcomeBytes: number;
  /** Length in bytes of the MDX; null when the entry holds no digest. */
  mdxBytes: number | null;
}

/** Bump when the entry layout changes (the fingerprint covers this file too; this is for readers of the files). */
const ENTRY_FORMAT = 3;
const ENTRY_NAME = /^[0-9a-f]{64}\.entry$/;
/** Only folders named like this are ever removed from the cache folder, which a user may point anywhere (CACHE_DIR). */
const NAMESPACE_NAME = /^input-[0-9a-f]{16}$/;
const NAMESPACE_MAX_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
/** Enough parallel file operations to hide latency, few enough never to run out of file handles. */
const IO_CONCURRENCY = 32;

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function sha1(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The header of an entry stored under `key` in this format, with lengths that fit `bodyLength`; null otherwise. */
function entryHeader(line: string, key: string, bodyLength: number): EntryHeader | null {
  const header: unknown = JSON.parse(line);
  if (!isRecord(header) || header['format'] !== ENTRY_FORMAT || header['key'] !== key || typeof header['sha1'] !== 'string') return null;
  const { outcomeBytes, mdxBytes } = header;
  if (typeof outcomeBytes !== 'number' || outcomeBytes > bodyLength) return null;
  if (mdxBytes !== null && (typeof mdxBytes !== 'number' || outcomeBytes + mdxBytes > bodyLength)) return null;
  return header as unknown as EntryHeader;
}

/** A cheap shape check: what an outcome for `source` written by this code looks like (the checksum vouches for the rest). */
function isOutcome(outcome: unknown, source: string): outcome is ConversionOutcome {
  if (!isRecord(outcome) || outcome['source'] !== source || typeof outcome['bytes'] !== 'number') return false;
  if (outcome['ok'] === false) return typeof outcome['reason'] === 'string';
  const report = outcome['report'];
  return outcome['ok'] === true && typeof outcome['contentHash'] === 'string' && isRecord(report) && report['source'] === source;
}

/** What a file-system error means for the publisher, by its code. */
const FS_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '超出磁盘配额',
  EROFS: '只读文件系统',
  EACCES: '没有写权限',
  EPERM: '没有写权限',
  ENOTDIR: '路径中有同名的文件',
};

/** `<dir>：磁盘已满（ENOSPC）`, for the one warning a broken cache gives. */
export function cacheProblem(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return `${dir}：${FS_PROBLEMS[code] ?? (error as Error).message}${code ? `（${code}）` : ''}`;
}

/** The cache, or why there is none. */
export type OpenedCache = { cache: ConversionCache; problem: null } | { cache: null; problem: string };

export class ConversionCache {
  /** This input folder's namespace: where its entries live. */
  readonly dir: string;
  /** Why this run could not write the cache (its first failure), or null: once set, nothing more is written. */
  writeProblem: string | null = null;
  private readonly root: string;
  private readonly fingerprint: string;

  private constructor(root: string, dir: string, fingerprint: string) {
    this.root = root;
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /** The cache for `inputDir`'s reports under `cacheDir`, or why it cannot be used (no cache, not a failure). */
  static async open(cacheDir: string, inputDir: string): Promise<OpenedCache> {
    try {
      const dir = join(cacheDir, `input-${sha256(resolve(inputDir)).slice(0, 16)}`);
      await mkdir(dir, { recursive: true });
      return { cache: new ConversionCache(cacheDir, dir, await converterFingerprint()), problem: null };
    } catch (error) {
      return { cache: null, problem: cacheProblem(cacheDir, error) };
    }
  }

  /** The key of converting `file` now; null when the report or its sidecar cannot be read (the conversion then says why). */
  async keyFor(file: InputFile): Promise<string | null> {
    try {
      const report = sha256(await readFile(file.path));
      const sidecar = file.sidecarPath === null ? null : sha256(await readFile(file.sidecarPath));
      return sha256(JSON.stringify([ENTRY_FORMAT, this.fingerprint, file.source, report, sidecar]));
    } catch {
      return null;
    }
  }

  /** The keys of every entry this namespace holds (one listing of the folder, not a look-up per report). */
  async storedKeys(): Promise<Set<string>> {
    const names = await readdir(this.dir).catch(() => []);
    return new Set(names.filter((name) => ENTRY_NAME.test(name)).map((name) => name.slice(0, 64)));
  }

  /** The entry stored under `key` for `source`, or null for a miss: absent, unreadable, damaged or of another shape. */
  async read(key: string, source: string): Promise<CachedConversion | null> {
    try {
      const bytes = await readFile(join(this.dir, `${key}.entry`));
      const newline = bytes.indexOf(0x0a);
      if (newline < 0) return null;
      const body = bytes.subarray(newline + 1);
      const header = entryHeader(bytes.toString('utf8', 0, newline), key, body.length);
      if (header === null || header.sha1 !== sha1(body)) return null;
      const outcome: unknown = JSON.parse(body.toString('utf8', 0, header.outcomeBytes));
      if (!isOutcome(outcome, source)) return null;
      const { outcomeBytes, mdxBytes } = header;
      const digest = mdxBytes === null ? null : { mdx: body.subarray(outcomeBytes, outcomeBytes + mdxBytes), html: body.subarray(outcomeBytes + mdxBytes) };
      return { outcome, digest };
    } catch {
      return null;
    }
  }

  /**
   * Stores `entry` under `key`: written to a temporary file and renamed, so a reader never sees
   * half an entry. A failed write costs only a miss next time; the first one is kept in
   * `writeProblem` (for one warning) and ends this run's writing.
   */
  async write(key: string, entry: CachedConversion): Promise<void> {
    if (this.writeProblem !== null) return;
    const outcome = Buffer.from(JSON.stringify(entry.outcome));
    const { digest } = entry;
    const body = Buffer.concat(digest ? [outcome, digest.mdx, digest.html] : [outcome]);
    const mdxBytes = digest ? digest.mdx.length : null;
    const header: EntryHeader = { format: ENTRY_FORMAT, key, sha1: sha1(body), outcomeBytes: outcome.length, mdxBytes };
    const temporary = join(this.dir, `${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
      await rename(temporary, join(this.dir, `${key}.entry`));
    } catch (error) {
      this.writeProblem ??= cacheProblem(this.root, error);
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  /** Writes every entry in `entries` (key → entry), a bounded number at a time. */
  async writeAll(entries: ReadonlyMap<string, CachedConversion>): Promise<void> {
    await mapConcurrently([...entries], IO_CONCURRENCY, ([key, entry]) => this.write(key, entry));
  }

  /** Removes this namespace's entries not in `used` (and leftovers of interrupted writes), and namespaces idle for 30 days. */
  async prune(used: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => []);
    const stale = names.filter((name) => !(ENTRY_NAME.test(name) && used.has(name.slice(0, 64))));
    await mapConcurrently(stale, IO_CONCURRENCY, (name) => rm(join(this.dir, name), { force: true }).catch(() => undefined));
    const now = new Date();
    await utimes(this.dir, now, now).catch(() => undefined);
    await this.removeIdleNamespaces(now.getTime());
  }

  private async removeIdleNamespaces(now: number): Promise<void> {
    const namespaces = (await readdir(this.root).catch(() => [])).filter((name) => NAMESPACE_NAME.test(name));
    await mapConcurrently(namespaces, IO_CONCURRENCY, async (name) => {
      const path = join(this.root, name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory() && now - info.mtimeMs > NAMESPACE_MAX_IDLE_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
    });
  }
}
