/**
 * Text cleaning for the parse stage:
 * raw text → normalizeText → lines → stripFurniture → splitBackMatter → joinParagraphs (per section).
 */
export { normalizeText } from './normalize.ts';
export { furnitureMask, stripFurniture } from './furniture.ts';
export { splitBackMatter } from './back-matter.ts';
export { joinParagraphs } from './paragraphs.ts';
export { isTableRow } from './line-kinds.ts';
