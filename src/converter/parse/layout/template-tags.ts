/**
 * Report templates mark their fields with tags (`[Table_Title]`, `[Table_Rank]`, `[Table_Summary]`)
 * that extractors print along with the text — whole, cut at a line break (`[Tab` … `le_Summary]`), or
 * with the field's text threaded between their letters (`[Table_Pic 图 Pe]4`). They are markup,
 * never text: this removes them, whole or in pieces.
 */

/** A whole tag: `[Table_Title]`, `[Table_StockNameRptType]`, `Table_BaseInfo` (its brackets lost). */
const WHOLE_TAG = /\[?\b[Tt]able_[A-Za-z0-9_]*\]?/g;
/** The opening piece of a tag cut by a line break or by text threaded into it: `[Tab`, `[Table_R`, `[Table`. */
const OPENING_PIECE = /\[[Tt]ab(?:le)?_?[A-Za-z0-9]*(?![A-Za-z0-9])/g;
/** The closing piece of a cut tag: ASCII letters and a `]` without its `[`, glued to text (`inInfo]`, `le_Summary]`, `Pe]`). */
const CLOSING_PIECE = /(?<![\[A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]{0,24}\](?![A-Za-z(])/g;
/** A tag's `]` left alone at the end of a line that opens no bracket. */
const LONE_CLOSER = /(?<=[\u3400-\u9fff])\]$/u;

/** Whether a line holds any piece of a template tag (a cheap test before the scrub). */
export function hasTemplateTag(line: string): boolean {
  return /[Tt]ab|\]/.test(line);
}

/** The line without template tags or their pieces (and without the blanks they leave at its ends). */
export function scrubTemplateTags(line: string): string {
  if (!hasTemplateTag(line)) return line;
  let scrubbed = line.replace(WHOLE_TAG, ' ').replace(OPENING_PIECE, ' ').replace(CLOSING_PIECE, ' ');
  if (!scrubbed.includes('[')) scrubbed = scrubbed.replace(LONE_CLOSER, '');
  return scrubbed === line ? line : scrubbed.replace(/ {2,}/g, ' ').trim();
}

/** The line with template tags blanked out, every other character in its column (for column layouts). */
export function blankTemplateTags(line: string): string {
  if (!hasTemplateTag(line)) return line;
  const blank = (match: string) => ' '.repeat(match.length);
  let blanked = line.replace(WHOLE_TAG, blank).replace(OPENING_PIECE, blank).replace(CLOSING_PIECE, blank);
  if (!blanked.includes('[')) blanked = blanked.replace(LONE_CLOSER, ' ');
  return blanked.trimEnd();
}
