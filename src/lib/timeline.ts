/**
 * The events timeline: every news item of every digest, newest first (undated last), grouped by
 * month and day, each pointing at its anchor inside its digest.
 */
import { digestUrl } from './urls.ts';

/** The fields of an event the timeline needs (the schema's `Event` satisfies it). */
export interface TimelineEvent {
  id: string;
  date: string | null;
  title: string;
}

/** Minimal shape of a digest for the timeline (the content collection entry satisfies it). */
export interface TimelineDigest<E extends TimelineEvent = TimelineEvent> {
  id: string;
  data: { title: string; broker: string | null; date: string | null; events: readonly E[] };
}

/** One event on the timeline, with the digest it was reported in. */
export interface TimelineEntry<E extends TimelineEvent = TimelineEvent> {
  event: E;
  /** Position of the event within its digest, for a stable order. */
  index: number;
  digest: { id: string; title: string; broker: string | null; date: string | null };
}

/** Events on one day (`date` null for undated events). */
export interface TimelineDay<E extends TimelineEvent = TimelineEvent> {
  date: string | null;
  entries: TimelineEntry<E>[];
}

/** Days of one month (`month` is `2026-07`, or `undated`). */
export interface TimelineMonth<E extends TimelineEvent = TimelineEvent> {
  month: string;
  days: TimelineDay<E>[];
}

/** Descending by an optional ISO date; a missing date sorts last. */
function newerFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b.localeCompare(a);
}

/** Newest event first, undated last; ties by the digest's date, its id, then the event's position. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    newerFirst(a.event.date, b.event.date) ||
    newerFirst(a.digest.date, b.digest.date) ||
    a.digest.id.localeCompare(b.digest.id) ||
    a.index - b.index
  );
}

/** Every event of every digest, newest first. */
export function timelineOf<E extends TimelineEvent>(digests: readonly TimelineDigest<E>[]): TimelineEntry<E>[] {
  const entries = digests.flatMap(({ id, data }) =>
    data.events.map((event, index) => ({ event, index, digest: { id, title: data.title, broker: data.broker, date: data.date } })),
  );
  return entries.sort(compareEntries);
}

/** Consecutive runs of entries sharing a key, in the entries' order. */
function runsBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs.at(-1);
    if (last && last.key === k) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}

/** Sorted entries grouped by day, keeping their order. */
export function groupByDay<E extends TimelineEvent>(entries: readonly TimelineEntry<E>[]): TimelineDay<E>[] {
  return runsBy(entries, (e) => e.event.date).map(({ key, items }) => ({ date: key, entries: items }));
}

/** Sorted entries grouped by month, then by day. */
export function groupByMonthAndDay<E extends TimelineEvent>(entries: readonly TimelineEntry<E>[]): TimelineMonth<E>[] {
  return runsBy(groupByDay(entries), (day) => day.date?.slice(0, 7) ?? 'undated').map(({ key, items }) => ({ month: key, days: items }));
}

/** How many events a month of the timeline holds. */
export function eventCount(month: Pick<TimelineMonth, 'days'>): number {
  return month.days.reduce((sum, day) => sum + day.entries.length, 0);
}

/** `2026-07-02` → `7 月 2 日`; null → `未注明日期`. */
export function dayLabel(date: string | null): string {
  const match = date ? /^\d{4}-(\d{2})-(\d{2})$/.exec(date) : null;
  return match ? `${Number(match[1])} 月 ${Number(match[2])} 日` : '未注明日期';
}

/** URL of an event's anchor in its digest page. */
export function eventUrl(digestId: string, eventId: string, base?: string): string {
  return `${digestUrl(digestId, base)}#${eventId}`;
}
