/**
 * Events: every news item a report tracks, from three layouts (see line-events.ts for the two
 * that show on raw lines; dated paragraphs such as `5月20日，谷歌发布 Gemini 3.5 Flash 新模型。…`
 * are found after paragraphs are joined). Each gets a full ISO date, its trailing source split
 * off, the companies it names, and an id that depends only on its own date and headline.
 */
import { createHash } from 'node:crypto';
import type { Event } from '../../../schema/report.ts';
import { firstEventDate, type DateReference } from './event-date.ts';
import { splitHeadline, splitSource } from './event-text.ts';
import type { RawEvent } from './line-events.ts';

export { lineEvents, type RawEvent } from './line-events.ts';
export type { DateReference } from './event-date.ts';

/** A paragraph that opens with a date (`5月20日，`, `当地时间 6 月 28 日，`) reports an event. */
const DATED_OPENING = /^(?:当地时间\s*)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:晚间?|早间?|上午|下午|凌晨|中午)?\s*[，,]\s*/u;

export function isDatedParagraph(paragraph: string): boolean {
  return DATED_OPENING.test(paragraph);
}

/** Stable anchor: date and a fingerprint of the headline, so other events never shift it. */
function eventId(date: string | null, title: string): string {
  const hash = createHash('sha256').update(title).digest('hex').slice(0, 8);
  return `e-${date ?? 'undated'}-${hash}`;
}

/** Hong Kong share-class suffixes: text says 快手 where a table lists 快手-W. */
const SHARE_CLASS = /-(?:SW|W|S|SWR|WR|R)$/u;

/** Each name without its share-class suffix, per names list (one list serves all events of a report). */
const bareNames = new WeakMap<readonly string[], string[]>();

function companiesIn(text: string, names: readonly string[]): string[] {
  let bares = bareNames.get(names);
  if (!bares) {
    bares = names.map((name) => name.replace(SHARE_CLASS, ''));
    bareNames.set(names, bares);
  }
  return names.filter((name, i) => {
    const bare = bares[i]!;
    return text.includes(name) || (bare.length >= 2 && text.includes(bare));
  });
}

/** Builds the event from a raw line event (numbered item or bold headline); null when it holds no text. */
export function eventFromRaw(raw: RawEvent, section: string | null, reference: DateReference, names: readonly string[]): Event | null {
  const { text, source } = splitSource(raw.text);
  const headed = raw.headline ? { title: raw.headline, body: text } : splitHeadline(text);
  if (!headed.title) return null;
  const all = `${headed.title}\n${headed.body}`;
  const date = firstEventDate(all, reference)?.date ?? null;
  return { id: '', date, title: headed.title, body: headed.body, source, section, companies: companiesIn(all, names) };
}

/** Builds the event from a paragraph that opens with its date (the prefix is dropped); null when nothing follows the date. */
export function eventFromDatedParagraph(paragraph: string, section: string | null, reference: DateReference, names: readonly string[]): Event | null {
  const date = firstEventDate(paragraph, reference)?.date ?? null;
  const { text, source } = splitSource(paragraph.replace(DATED_OPENING, ''));
  const { title, body } = splitHeadline(text);
  if (!title) return null;
  return { id: '', date, title, body, source, section, companies: companiesIn(text, names) };
}

/** Gives every event its id; identical date and headline get -2, -3 … in report order. */
export function assignEventIds(events: readonly Event[]): Event[] {
  const used = new Map<string, number>();
  return events.map((event) => {
    const base = eventId(event.date, event.title);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { ...event, id: count === 1 ? base : `${base}-${count}` };
  });
}
