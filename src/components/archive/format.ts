/**
 * Short labels shown on archive cards and lists (zh-CN), kept out of components so they can be tested.
 */

/** The fields a card shows (a `digests` collection entry satisfies it). */
export interface CardDigest {
  id: string;
  data: {
    title: string;
    broker: string | null;
    date: string | null;
    period: { start: string; end: string } | null;
    reportType: string | null;
    rating: { value: string; action: string | null } | null;
    keyPoints: readonly string[];
  };
}

/** Cuts `text` to at most `max` characters (counting CJK and emoji as one each), adding `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** The digest's date, else its period (`2023-07-10 至 2023-07-14`), else `未注明日期`. */
export function whenLabel(data: { date: string | null; period: { start: string; end: string } | null }): string {
  if (data.date) return data.date;
  if (data.period) return `${data.period.start} 至 ${data.period.end}`;
  return '未注明日期';
}

/** `买入（维持）`, `增持`, or null when there is no rating. */
export function ratingLabel(rating: { value: string; action: string | null } | null): string | null {
  if (!rating) return null;
  return rating.action ? `${rating.value}（${rating.action}）` : rating.value;
}

/** `+1.29%`, `-2.45%`, `0.00%`. */
export function changeLabel(change: number): string {
  return `${change > 0 ? '+' : ''}${change.toFixed(2)}%`;
}

/** `rise` (red), `fall` (green) or null, the Chinese market's colours. */
export function changeClass(change: number): 'rise' | 'fall' | null {
  return change > 0 ? 'rise' : change < 0 ? 'fall' : null;
}
