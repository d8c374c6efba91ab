/**
 * Byte sniffing before decoding: formats a publisher may drop in by mistake (PDF, Office, images),
 * recognised by their first bytes, and binary data recognised by its share of control bytes.
 */

/** A known non-text format: its name and what the publisher should do instead. */
export interface KnownFormat {
  name: string;
  /** The signature as shown to the publisher, e.g. `%PDF-`. */
  signature: string;
  hint: string;
}

const TO_TEXT = '请先另存为 UTF-8 编码的 .txt';
const SIGNATURES: readonly (KnownFormat & { bytes: readonly number[] })[] = [
  { name: 'PDF', signature: '%PDF-', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], hint: '请先用 PDF 提取工具转换为 .txt' },
  { name: 'ZIP / Office（.docx、.xlsx）', signature: 'PK', bytes: [0x50, 0x4b, 0x03, 0x04], hint: TO_TEXT },
  { name: 'Office 97–2003（.doc、.xls）', signature: 'D0 CF 11 E0', bytes: [0xd0, 0xcf, 0x11, 0xe0], hint: TO_TEXT },
  { name: 'RTF', signature: '{\\rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], hint: TO_TEXT },
  { name: 'PNG 图片', signature: '\\x89PNG', bytes: [0x89, 0x50, 0x4e, 0x47], hint: '图片不是报告文本，请提供报告的文字版' },
  { name: 'JPEG 图片', signature: 'FF D8 FF', bytes: [0xff, 0xd8, 0xff], hint: '图片不是报告文本，请提供报告的文字版' },
];

/** The known binary format these bytes start with, if any. */
export function knownFormat(bytes: Uint8Array): KnownFormat | null {
  const found = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  return found ? { name: found.name, signature: found.signature, hint: found.hint } : null;
}

/** How much of a file is sampled for control bytes: enough to judge, cheap for a 20 MB report. */
const SAMPLE_BYTES = 1 << 20;

/** True for NUL and the C0 control bytes that never occur in text (tab, LF, CR, FF and ESC do). */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f;
}

/** Share (0–1) of control bytes in the file's first megabyte. Text has next to none; binary data has ~10 %. */
export function controlByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let count = 0;
  // An indexed loop: iterating a typed array with `for … of` was a visible share of the decode stage.
  for (let i = 0; i < sample.length; i++) if (isControlByte(sample[i]!)) count += 1;
  return sample.length === 0 ? 0 : count / sample.length;
}
