/** Decoding whatever bytes a publisher drops in: text in any common encoding, or a reason to act on. */
import { describe, expect, it } from 'vitest';
import { decodeReport, type DecodeResult } from '~/converter/read/decode.ts';
import { encodeGb18030, encodeUtf16 } from '../../helpers/encoders.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = '国金证券：计算机行业周报，本周板块上涨，龙头公司订单饱满，景气度持续改善。\r\n第二行';

function reason(result: DecodeResult): string {
  if (result.ok) throw new Error(`expected a rejection, got text: ${result.text.slice(0, 40)}`);
  return result.reason;
}

describe('decodeReport', () => {
  it('decodes UTF-8 with a BOM and UTF-16 LE and BE with a BOM, dropping the BOM', () => {
    expect(decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ ok: true, text: TEXT });
    expect(decodeReport(encodeUtf16(TEXT, false))).toEqual({ ok: true, text: TEXT });
    expect(decodeReport(encodeUtf16(TEXT, true))).toEqual({ ok: true, text: TEXT });
  });

  it('rejects UTF-16 whose BOM promises more than its bytes hold', () => {
    expect(reason(decodeReport(encodeUtf16(TEXT, false).subarray(0, 7)))).toContain('UTF-16 LE');
  });

  it('decodes Chinese GB18030/GBK without a BOM, with a warning naming the encoding', () => {
    const result = decodeReport(encodeGb18030(TEXT));
    expect(result).toMatchObject({ ok: true, text: TEXT, warnings: [expect.stringContaining('GB18030')] });
  });

  it('rejects text that is too short to tell GB18030 from other encodings, saying how to convert', () => {
    expect(reason(decodeReport(encodeGb18030('国金证券')))).toContain('iconv -f GB18030 -t UTF-8 in.txt > out.txt');
  });

  it('rejects a non-UTF-8, non-Chinese encoding, saying none fits', () => {
    const latin1 = Uint8Array.from('r\xe9sum\xe9 du caf\xe9, \xe9t\xe9 2026', (c) => c.charCodeAt(0));
    expect(reason(decodeReport(latin1))).toContain('无法识别编码');
  });

  it('rejects empty and whitespace-only files', () => {
    expect(reason(decodeReport(new Uint8Array()))).toContain('文件为空');
    expect(reason(decodeReport(utf8(' \r\n\t ')))).toContain('只有空白字符');
  });

  it('rejects PDF, Office and image files by their first bytes, saying what to do', () => {
    expect(reason(decodeReport(utf8('%PDF-1.7\n...')))).toContain('请先用 PDF 提取工具转换为 .txt');
    expect(reason(decodeReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])))).toContain('.docx');
    expect(reason(decodeReport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toContain('PNG');
  });

  it('rejects binary data, even when it happens to be valid UTF-8', () => {
    expect(reason(decodeReport(new Uint8Array(1000)))).toContain('二进制');
    expect(reason(decodeReport(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).toContain('二进制');
  });

  it('keeps text with a few NUL and control characters, with a warning', () => {
    const result = decodeReport(utf8(`${TEXT}\u0000\u0007\t尾行`));
    expect(result).toMatchObject({ ok: true, warnings: [expect.stringContaining('2 个不可见的控制字符')] });
  });
});
