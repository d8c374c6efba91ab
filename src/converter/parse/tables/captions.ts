/** Caption lines (图表 9 …, 图3：…, 表 1 …) and source lines (资料来源：…), possibly several side by side. */
import type { CaptionPart } from './types.ts';

const LABEL = '(图表|图|表)\\s*(\\d+(?:[-–.]\\d+)?)';
/** A label, then a colon or whitespace, then the caption text. */
const CAPTION_START = new RegExp(`^${LABEL}(?:\\s*[：:]\\s*|\\s+)(\\S.*)$`);
/** Where a second caption starts on the same line: whitespace, then a label with a colon. */
const NEXT_CAPTION = /\s+(?=(?:图表|图|表)\s*\d+(?:[-–.]\d+)?\s*[：:])/;
/** Table-of-contents entries: dot leaders or a tab before the page number. */
const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,})|\t\s*\d{1,4}\s*$/;
const SOURCE_START = /^(?:数据|资料)?来源\s*[：:]\s*/;
const NEXT_SOURCE = /\s+(?=(?:数据|资料)?来源\s*[：:])/;
const MAX_CAPTION_LENGTH = 120;

/** Strips bold markers and list bullets that Markdown extractors put around captions. */
function plain(line: string): string {
  return line.replace(/\*\*/g, '').replace(/^\s*(?:[-*+●]\s+)?/, '').trim();
}

function captionKind(word: string): CaptionPart['kind'] {
  if (word === '图') return 'fig';
  if (word === '表') return 'tab';
  return 'both';
}

function parseOneCaption(text: string): CaptionPart | null {
  const match = CAPTION_START.exec(text);
  const [, word, number, rest] = match ?? [];
  if (word === undefined || number === undefined || rest === undefined) return null;
  const caption = rest.trim();
  if (caption === '') return null;
  const label = text.slice(0, text.indexOf(number) + number.length);
  return { label, number, kind: captionKind(word), text: caption };
}

/** The captions a line holds, left to right; [] when it is not a caption line. */
export function parseCaptionLine(line: string): CaptionPart[] {
  // Asked of most lines: without 图 or 表 there is no label (plain() only removes characters).
  if (!line.includes('图') && !line.includes('表')) return [];
  const text = plain(line);
  if (text.length > MAX_CAPTION_LENGTH * 2 || TOC_ENTRY.test(line)) return [];
  if (!CAPTION_START.test(text)) return [];
  const parts = text.split(NEXT_CAPTION).filter((part) => part.trim() !== '');
  const captions = parts.map(parseOneCaption);
  if (captions.some((caption) => caption === null || caption.text.length > MAX_CAPTION_LENGTH)) return [];
  return captions as CaptionPart[];
}

/** The sources a line holds (prefix removed), left to right; [] when it is not a source line. */
export function parseSourceLine(line: string): string[] {
  if (!line.includes('来')) return []; // every source prefix holds 来源
  const text = plain(line);
  if (text.length > MAX_CAPTION_LENGTH * 3 || !SOURCE_START.test(text)) return [];
  return text
    .split(NEXT_SOURCE)
    .map((part) => part.replace(SOURCE_START, '').trim())
    .filter((part) => part !== '');
}
