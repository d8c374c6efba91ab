/**
 * Splitting an event's text into headline, body and trailing source.
 */

/** A trailing news source in brackets: （36 氪）, (Foresight News). Not numbers, tickers or percentages. */
const TRAILING_SOURCE = /[（(]\s*([^（）()]{2,30}?)\s*[)）]\s*[。.]?\s*$/u;
const NOT_A_SOURCE = /^[\d\s.,:%+\-−/]+$|^[A-Z0-9]{1,6}\.[A-Z]{1,2}$|%|^执业|^(?:亿|万)?元/u;

/** Splits a trailing source off the text, when the bracket holds a name rather than a number. */
export function splitSource(text: string): { text: string; source: string | null } {
  const match = TRAILING_SOURCE.exec(text);
  const source = match?.[1]?.trim();
  if (!match || !source || NOT_A_SOURCE.test(source)) return { text: text.trim(), source: null };
  return { text: text.slice(0, match.index).trim(), source };
}

const SENTENCE_END = /[。！？!?]/u;
const MAX_TITLE = 80;

/** First sentence as the headline, the rest as the body; an over-long sentence is cut at its first clause. */
export function splitHeadline(raw: string): { title: string; body: string } {
  // Stray punctuation before the first words (`1）。快手…`) is not a sentence of its own.
  const text = raw.replace(/^[\s。！？!?，,；;：:、]+/u, '');
  const end = text.search(SENTENCE_END);
  const sentence = end === -1 ? text : text.slice(0, end);
  const rest = end === -1 ? '' : text.slice(end + 1);
  if (sentence.length <= MAX_TITLE) return { title: sentence.trim(), body: rest.trim() };
  const clause = sentence.search(/[，,；;]/u);
  if (clause >= 8) return { title: sentence.slice(0, clause).trim(), body: text.slice(clause + 1).trim() };
  return { title: `${sentence.slice(0, MAX_TITLE).trim()}…`, body: text.trim() };
}
