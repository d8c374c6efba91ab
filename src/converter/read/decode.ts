/**
 * Stage "decode": turn a report file's bytes into text, or say exactly why not.
 */

/** Decoded text, or the reason the bytes are not a publishable text report. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 (with or without BOM); anything else is rejected with a reason a publisher can act on. */
export function decodeReport(bytes: Uint8Array): DecodeResult {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    if (text.trim() === '') return { ok: false, reason: '文件为空（empty file）' };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: '不是 UTF-8 文本（not UTF-8 text）：请先转换为 UTF-8，例如 iconv -f GB18030 -t UTF-8' };
  }
}
