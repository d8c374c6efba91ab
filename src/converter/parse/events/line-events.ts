/**
 * Events that show on raw lines, before paragraphs are joined:
 *  - numbered items under an event label: 【行业重大事件】, 【行业重大事件&跟踪】, 【公司公告】
 *    (`1) …`, `- 3) …`, `（2）…`);
 *  - a bold headline on its own line (`● **标题**`, `- **标题**`) followed by its paragraphs.
 */
import { joinParagraphs } from '../text/paragraphs.ts';

/** One event's raw material, with the lines it came from. */
export interface RawEvent {
  /** Headline when the layout prints one apart from the text (bold headline). */
  headline: string | null;
  /** The event's text, paragraphs joined with a blank line. */
  text: string;
  /** Indices (into the block's lines) this event consumed. */
  lineIndices: number[];
}

const LABEL = /^\s*(?:\*\*)?【([^】]{1,24})】(?:\*\*)?\s*$/u;
const EVENT_LABEL = /事件|公告|新闻|动态|要闻|跟踪|资讯/u;
const NUMBERED_ITEM = /^\s*(?:[-•●■▪▍]\s*)?(?:\d{1,2}\s*[)）]|[（(]\d{1,2}[)）])\s*/u;
const BOLD_HEADLINE = /^\s*(?:[-•●■▪▍]\s*)?\*\*([^*]{4,120})\*\*\s*$/u;
/** A short numbered category line (`1. 海外 AI`) ends a bold-headline event's body. */
const CATEGORY_LINE = /^\s*\d{1,2}[.、]\s*\S.{0,14}$/u;

function textOf(lines: readonly string[]): string {
  return joinParagraphs(lines).join('\n\n');
}

function numberedItems(lines: readonly string[], from: number, to: number): RawEvent[] {
  const events: RawEvent[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const itemLines = current.map((i, n) => (n === 0 ? lines[i]!.replace(NUMBERED_ITEM, '') : lines[i]!));
    events.push({ headline: null, text: textOf(itemLines), lineIndices: current });
    current = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (NUMBERED_ITEM.test(line)) {
      flush();
      current = [i];
    } else if (current.length > 0 && line.trim() !== '') current.push(i);
  }
  flush();
  return events;
}

/** End (exclusive) of the region an event label governs: the next 【…】 label or the block end. */
function labelRegionEnd(lines: readonly string[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) if (LABEL.test(lines[i]!)) return i;
  return lines.length;
}

function boldHeadlineEvent(lines: readonly string[], start: number): { event: RawEvent; end: number } {
  const headline = BOLD_HEADLINE.exec(lines[start]!)![1]!.trim();
  let end = start + 1;
  while (end < lines.length && !BOLD_HEADLINE.test(lines[end]!) && !LABEL.test(lines[end]!) && !CATEGORY_LINE.test(lines[end]!)) end++;
  const indices = Array.from({ length: end - start }, (_, k) => start + k);
  return { event: { headline, text: textOf(lines.slice(start + 1, end)), lineIndices: indices }, end };
}

/** Every labelled-list item and bold-headline event in one section's lines, in order. */
export function lineEvents(lines: readonly string[]): RawEvent[] {
  const events: RawEvent[] = [];
  let i = 0;
  while (i < lines.length) {
    const label = LABEL.exec(lines[i]!);
    if (label && EVENT_LABEL.test(label[1]!)) {
      const end = labelRegionEnd(lines, i);
      const items = numberedItems(lines, i + 1, end);
      if (items.length > 0) items[0]!.lineIndices.unshift(i);
      events.push(...items);
      i = end;
    } else if (BOLD_HEADLINE.test(lines[i]!)) {
      const { event, end } = boldHeadlineEvent(lines, i);
      events.push(event);
      i = end;
    } else i++;
  }
  return events;
}
