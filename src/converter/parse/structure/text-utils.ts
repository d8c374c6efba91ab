/**
 * Small string helpers shared by the structure parser: markup stripping, comparison keys and
 * punctuation tests. Everything here is pure and linear in the length of its input.
 */

/** Characters that end a sentence or a clause: a line ending in one is not a heading. */
const FINAL_PUNCTUATION = /[。；;！!？?，,、：:]$/;

/** Characters that end a whole sentence (used to tell a finished paragraph from a hard wrap). */
const SENTENCE_END = /[。；;！!？?.…]$|[。！？][”’」』）)]$/;

/** Bullet glyphs that start a list item in extracted text (Markdown, Word and Wingdings bullets). */
const BULLET = /^(?:[-*+•●○◆◇■□▪▫►▶➢➤✓√·▌▍◼⚫❑]|\uF06C|\uF0B7|\uF0A7|\uF0D8|\uF076)\s*/u;

/** Numbered list markers: `1)`, `1）`, `（1）`, `(1)`, `1.`, `1、`, `①`. */
const NUMBERED_ITEM = /^(?:\d{1,2}[)）]|[（(]\d{1,2}[）)]|\d{1,2}[.．](?!\d)|\d{1,2}、|[①-⑳])\s*/u;

/** Removes Markdown emphasis and heading markers that PDF-to-Markdown extractors leave in text. */
export function stripMarkdown(text: string): string {
  // Most lines hold no marker at all: skip the two replacements (this runs several times per line).
  if (!text.startsWith('#') && !text.includes('**') && !text.includes('__')) return text.trim();
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

/** Strips one leading bullet glyph (not a numbered marker); returns the line unchanged when there is none. */
export function stripBullet(text: string): string {
  return startsWithBullet(text) ? text.replace(BULLET, '') : text;
}

/** Whether a trimmed line starts with a bullet glyph such as `-`, `●` or ``. */
export function startsWithBullet(text: string): boolean {
  // `-`, `*` and `+` are bullets only when a blank follows (not `-2.45%`, `**bold**`).
  return BULLET.test(text) && !/^[-*+]\S/.test(text);
}

/** Whether a trimmed line starts with a numbered list marker such as `1)`, `（2）` or `3.`. */
export function startsWithNumberedItem(text: string): boolean {
  return NUMBERED_ITEM.test(text);
}

/** Strips one leading numbered list marker. */
export function stripNumberedItem(text: string): string {
  return text.replace(NUMBERED_ITEM, '');
}

/** A line with bullet, Markdown markers and surrounding blanks removed: what a label or heading test sees. */
export function plainLine(line: string): string {
  return stripMarkdown(stripBullet(stripMarkdown(line.trim()))).trim();
}

/** Whether the text ends with punctuation that a heading never ends with. */
export function endsWithFinalPunctuation(text: string): boolean {
  return FINAL_PUNCTUATION.test(text.trim());
}

/** Whether the text ends a sentence, so that the next line starts a new paragraph rather than continuing it. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** Converts full-width ASCII variants (`：`, `１`, `Ａ`) to their half-width forms. */
export function toHalfWidth(text: string): string {
  // A loop, not a replace with a callback: Chinese text has a full-width comma or colon in most lines.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : -1;
    if (half === -1) continue;
    out += text.slice(copied, i) + String.fromCharCode(half);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * A comparison key: no blanks, no Markdown, half-width, lower case, no trailing punctuation or dot leaders.
 * Two renderings of the same heading (TOC entry and body line) have the same key.
 */
export function compactKey(text: string): string {
  return toHalfWidth(stripMarkdown(text))
    .replace(/\s+/g, '')
    .replace(/[。.…·:：,，;；]+$/, '')
    .toLowerCase();
}

/** Collapses runs of blanks to one space and trims. */
export function collapseSpaces(text: string): string {
  // Nothing to collapse unless a tab, an ideographic space or two blanks in a row occur.
  if (!/[\t\u3000]|  /.test(text)) return text.trim();
  return text.replace(/[ \t\u3000]+/g, ' ').trim();
}

/** Joins two pieces of a hard-wrapped line: a space only between two Latin letters or digits. */
export function joinWrapped(left: string, right: string): string {
  const needsSpace = /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right);
  return needsSpace ? `${left} ${right}` : `${left}${right}`;
}

/** Whether a line is blank once whitespace (including the ideographic space) is removed. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
