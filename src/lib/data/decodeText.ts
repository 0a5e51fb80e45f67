/**
 * Bytes of a data file → text, the way people's files really arrive: UTF-8
 * with or without a byte order mark (Excel's "CSV UTF-8"), Windows-1252
 * (Excel's plain "CSV" on a Dutch Windows), or UTF-16 with a byte order mark
 * (Excel's "Unicode text"). A file that is not text at all (an .xlsx renamed
 * to .csv, an image) is recognised instead of being read as garbage.
 * Pure: TextDecoder is part of JavaScript in browsers, workers and Node.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding; invalidBytes?: InvalidByte[] }
  | { ok: false; reason: 'empty' | 'excel-workbook' | 'binary' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // A zip (.xlsx, .ods) or an OLE2 compound file (.xls): a workbook saved under a .csv name.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { ok: false, reason: 'excel-workbook' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8. Decided on the evidence: a file with more valid multi-byte UTF-8 characters (é as C3 A9)
    // than bad bytes is UTF-8 with a few bad bytes (each reported); otherwise it is Excel's Windows-1252
    // (ë, é, ’ as single bytes), as almost every non-UTF-8 file in the Netherlands is.
    const evidence = utf8Evidence(body);
    if (evidence.valid > evidence.invalid.length) {
      return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', invalidBytes: evidence.invalid };
    }
    return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

export interface InvalidByte {
  /** Offset in the file (after a byte order mark). */
  offset: number;
  /** The line it is on, counting from 1. */
  line: number;
  byte: number;
}

/** Valid multi-byte UTF-8 sequences, and each byte that starts no valid sequence (with its line). */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: InvalidByte[] } {
  let valid = 0;
  const invalid: InvalidByte[] = [];
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte === 0x0a) line++;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid.push({ offset: i, line, byte });
      i++;
    }
  }
  return { valid, invalid };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder
// decodes that range as Latin-1 control characters (browsers do not), so the
// range is mapped here and the build and the browser read the same text.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** Text files have no NUL bytes and hardly any other control characters; binaries have many. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  return control > sample.length * 0.01;
}
