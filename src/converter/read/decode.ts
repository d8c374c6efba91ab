/**
 * Stage "decode": turn a report file's bytes into text, or say exactly why not.
 *
 * In order: empty → a known binary format (PDF, Office, images) → a byte-order mark (UTF-8,
 * UTF-16 LE/BE: decoded) → binary data (many control bytes) → UTF-8 → GB18030/GBK without BOM
 * (decoded with a warning when the result reads as Chinese) → rejected, naming what was found
 * and how to convert. A few stray control characters (NUL …) are kept for the parser to drop,
 * with a warning.
 */
import { bomEncoding, guessGb18030, MIN_CJK_CHARACTERS, strictDecode, type Gb18030Guess } from './encodings.ts';
import { controlByteShare, knownFormat } from './sniff.ts';

/** Decoded text (with a warning when it needed care), or the reason the bytes are not a publishable text report. */
export type DecodeResult = { ok: true; text: string; warnings?: string[] } | { ok: false; reason: string };

/** Above this share of control bytes a file is binary data, not text with a few stray characters. */
const BINARY_CONTROL_SHARE = 0.05;
/** C0/C1 control characters the parser removes (tab, LF, CR and form feed are layout, not noise). */
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const ICONV_GB = 'iconv -f GB18030 -t UTF-8 in.txt > out.txt';

function reject(reason: string): DecodeResult {
  return { ok: false, reason };
}

/** Checks decoded text has content, and warns about stray control characters. */
function accept(text: string, warnings: string[] = []): DecodeResult {
  if (text.trim() === '') return reject('文件只有空白字符，没有内容（empty: whitespace only）');
  const controls = text.match(STRAY_CONTROLS)?.length ?? 0;
  const all = controls > 0 ? [...warnings, `已删除 ${controls} 个不可见的控制字符（如 NUL），请核对原文是否完整`] : warnings;
  return all.length > 0 ? { ok: true, text, warnings: all } : { ok: true, text };
}

/** Why bytes that are neither UTF-8 nor GB18030-looking-Chinese are rejected. */
function notUtf8Reason(guess: Extract<Gb18030Guess, { fits: false }>): string {
  const head = '不是 UTF-8 文本（not UTF-8 text）';
  if (!guess.decodes) {
    return `${head}：也不是 UTF-16 或 GB18030/GBK，无法识别编码。请确认原文件的编码后转换为 UTF-8，例如 iconv -f <原编码> -t UTF-8 in.txt > out.txt`;
  }
  const evidence =
    guess.cjk < MIN_CJK_CHARACTERS
      ? `只有 ${guess.cjk} 个中文字符（至少需要 ${MIN_CJK_CHARACTERS} 个）`
      : `中文字符只占非 ASCII 字符的 ${Math.round(guess.share * 100)}%`;
  return `${head}：按 GB18030/GBK 可以解码，但${evidence}，无法确认编码。如确为 GB18030/GBK，请转换：${ICONV_GB}`;
}

/** Decodes a report file's bytes; anything that is not a text report is rejected with a reason a publisher can act on. */
export function decodeReport(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return reject('文件为空（empty file）：0 字节');
  const format = knownFormat(bytes);
  if (format) return reject(`是 ${format.name} 文件（文件头 ${format.signature}），不是文本报告：${format.hint}`);

  const bom = bomEncoding(bytes);
  if (bom) {
    const text = strictDecode(bytes, bom.label);
    if (text !== null) return accept(text);
    return reject(`文件以 ${bom.name} 的 BOM 开头，但内容不是有效的 ${bom.name}（文件可能已损坏）：请重新导出为 UTF-8`);
  }

  const share = controlByteShare(bytes);
  if (share > BINARY_CONTROL_SHARE) {
    return reject(
      `是二进制数据，不是文本报告（binary）：${Math.round(share * 100)}% 的字节是 NUL 或控制字符。` +
        '如果它是没有 BOM 的 UTF-16 文本，请先转换：iconv -f UTF-16LE -t UTF-8 in.txt > out.txt',
    );
  }

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return accept(utf8);

  const guess = guessGb18030(bytes);
  if (!guess.fits) return reject(notUtf8Reason(guess));
  return accept(guess.text, [`文件编码是 GB18030/GBK（不是 UTF-8），已按 GB18030 读取；建议转换为 UTF-8：${ICONV_GB}`]);
}
