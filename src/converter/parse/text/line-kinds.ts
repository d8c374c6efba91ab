/**
 * Line classifiers shared by the text-cleaning steps: table rows, list markers, captions,
 * source lines, numbered headings, sentence ends and an approximate printed width.
 * All tests are anchored regexes without nested quantifiers, linear in the line length.
 */

/** Tab-separated cells: a tab touching text on at least one side. */
const TAB_CELLS = /\S\t|\t\S/;
/** Markdown pipe row `| a | b |` (a leading pipe and at least one more). */
const PIPE_ROW = /^\s*\|.*\|/;
/** Markdown separator row without outer pipes: `---|:---:`. */
const SEPARATOR_ROW = /^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** An HTML table tag at the start of a line, or a table opened anywhere in it. */
const HTML_TABLE = /^\s*<\/?(?:table|thead|tbody|tr|td|th)\b|<table\b/i;

/** Whether a line is a table row (tab cells, Markdown pipe or separator row, HTML table markup). */
export function isTableRow(line: string): boolean {
  // Each form needs a tab, a pipe or a `<`: one scan rules most lines out.
  if (!/[\t|<]/.test(line)) return false;
  return TAB_CELLS.test(line) || PIPE_ROW.test(line) || SEPARATOR_ROW.test(line) || HTML_TABLE.test(line);
}

/** Bullet glyphs, including Wingdings private-use bullets (U+F000–U+F0FF) left by PDF extractors. */
const BULLET_GLYPH = /^\s*(?:[•●○◆◇■□▪▫►▶➢·▌▍][\s\u3000]*|[\uF000-\uF0FF][\s\u3000]*|[-*+][\s\u3000]+)/u;

/** The leading bullet marker of a line (with its following blanks), or '' when there is none. */
export function bulletMarker(line: string): string {
  return BULLET_GLYPH.exec(line)?.[0] ?? '';
}

/** Numbered list items: `1)`, `1）`, `（1）`, `(1)`, `1、`, `1. `, `①`. */
const NUMBERED_ITEM = /^\s*(?:\d{1,2}[)）]|[（(]\d{1,2}[）)]|\d{1,2}、|\d{1,2}[.．]\s|[①-⑳])/u;

/** Whether a line starts a numbered list item. */
export function isNumberedItem(line: string): boolean {
  return NUMBERED_ITEM.test(line);
}

/** Numbered headings: `一、`, `（一）`, `1.1、`, `3.1 Title`, `2.3.1 Title`. */
const NUMBERED_HEADING =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[1-9]\d?(?:[.．]\d{1,2}){1,3}(?:、|\s+(?=\S)))/u;

/** Whether a line starts like a numbered section heading. */
export function isNumberedHeading(line: string): boolean {
  return NUMBERED_HEADING.test(line);
}

/** Figure/table captions: `图表 1`, `图1：`, `表 2`, `Figure 3`. */
const CAPTION = /^\s*(?:图表|图|表|Figure|Fig\.|Table)\s*\d{1,3}(?!\d)/iu;

/** Whether a line is a figure or table caption. */
export function isCaption(line: string): boolean {
  return CAPTION.test(line);
}

/** Source lines under charts and tables: `资料来源：`, `来源:`, `数据来源：`. */
const SOURCE = /^\s*(?:资料|数据)?来源\s*[:：]/u;

/** Whether a line is a source line. */
export function isSourceLine(line: string): boolean {
  return SOURCE.test(line);
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？；!?;…](?:[”’」』）)》】\]"']*)$/u;
/** A trailing bracketed attribution such as `（36 氪）` or `(Do News)`. */
const TRAILING_ATTRIBUTION = /[（(][^（()）]{1,40}[）)]$/u;

/** Whether a line ends a sentence (also when a bracketed attribution follows the final punctuation). */
export function endsSentence(line: string): boolean {
  const text = line.trimEnd().replace(/\*+$/, '');
  if (SENTENCE_END.test(text)) return true;
  const withoutAttribution = text.replace(TRAILING_ATTRIBUTION, '').trimEnd();
  return withoutAttribution !== text && SENTENCE_END.test(withoutAttribution);
}

/** Whether a character is CJK (ideographs, CJK punctuation, full-width forms). */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2e80 && !(code >= 0xe000 && code <= 0xf8ff);
}

/**
 * The printed width of a line in CJK-character units: proportional fonts print Latin letters
 * and digits about half as wide as an ideograph and a space narrower still.
 */
export function printedWidth(line: string): number {
  // By char code rather than `for … of`: a hot loop. A surrogate pair is one wide character, as in isWide.
  const text = line.trim();
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    if (code >= 0x2e80 && !(code >= 0xe000 && code <= 0xf8ff)) width += 1;
    else if (code === 0x20) width += 0.3;
    else if (code >= 0x41 && code <= 0x5a) width += 0.65;
    else width += 0.5;
  }
  return width;
}

/** Exactly the characters of `\s` (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether a line is empty or only whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
