/**
 * Text encodings other than plain UTF-8: byte-order marks (UTF-8, UTF-16 LE/BE) and
 * GB18030/GBK without a BOM, which Chinese Windows tools still write.
 */

/** An encoding announced by a byte-order mark. */
export interface BomEncoding {
  /** WHATWG encoding label for TextDecoder. */
  label: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Name shown to the publisher. */
  name: string;
}

/** The encoding a byte-order mark announces, or null when there is none. */
export function bomEncoding(bytes: Uint8Array): BomEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', name: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', name: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', name: 'UTF-16 BE' };
  return null;
}

/** Strict decoding (the BOM, if any, is dropped); null when the bytes are not valid in `label`. */
export function strictDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** CJK punctuation, ideographs (with extension A) and full-width forms: what Chinese text is made of beyond ASCII. */
function isCjk(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);
}
/** Fewer CJK characters than this is too little evidence to call a file GB18030. */
export const MIN_CJK_CHARACTERS = 20;
/** Share of non-ASCII characters that must be CJK for GB18030 to be believed. */
export const MIN_CJK_SHARE = 0.8;

/** Non-ASCII characters, and how many of them are CJK. ASCII reads the same in every candidate, so it is no evidence. */
export function cjkEvidence(text: string): { nonAscii: number; cjk: number } {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (isCjk(code)) cjk += 1;
  }
  return { nonAscii, cjk };
}

/** The result of trying GB18030 on bytes that are not UTF-8. */
export type Gb18030Guess =
  | { fits: true; text: string }
  | { fits: false; decodes: boolean; cjk: number; share: number };

/** GB18030 (a superset of GBK and GB2312) fits when it decodes cleanly and the result reads as Chinese. */
export function guessGb18030(bytes: Uint8Array): Gb18030Guess {
  const text = strictDecode(bytes, 'gb18030');
  if (text === null) return { fits: false, decodes: false, cjk: 0, share: 0 };
  const { nonAscii, cjk } = cjkEvidence(text);
  const share = nonAscii === 0 ? 0 : cjk / nonAscii;
  if (cjk >= MIN_CJK_CHARACTERS && share >= MIN_CJK_SHARE) return { fits: true, text };
  return { fits: false, decodes: true, cjk, share };
}
