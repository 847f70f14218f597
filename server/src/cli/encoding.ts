// Turning a file's bytes into text and back. UTF-8 is the norm; old newsroom archives hold windows-1256
// and ISO-8859-6, which `--encoding` reads and which `--fix` writes back in the same encoding (refusing
// when a fix would need a character that encoding cannot hold).

import { isAscii, isUtf8, transcode } from 'node:buffer';
import { firstIndexWhere } from '../engine/bisect';

export const SUPPORTED_ENCODINGS = ['utf-8', 'windows-1256', 'iso-8859-6'] as const;
export type Encoding = (typeof SUPPORTED_ENCODINGS)[number];

const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
};

export function normalizeEncoding(name: string): Encoding | undefined {
  return ALIASES[name.toLowerCase()];
}

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding }
  | { kind: 'binary' }
  | { kind: 'undecodable'; advice: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a file. A UTF-8 BOM means UTF-8 whatever `encoding` says, and is kept in the text (the engine
 * maps positions around it and `--fix` writes it back).
 */
export function decode(bytes: Uint8Array, encoding: Encoding): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { kind: 'undecodable', advice: 'it is UTF-16; re-save it as UTF-8' };
  }
  if (bytes.includes(0)) return isUtf16WithoutBom(bytes) ? { kind: 'undecodable', advice: 'it is UTF-16 (without a byte order mark); re-save it as UTF-8' } : { kind: 'binary' };
  if (encoding === 'utf-8' || startsWith(bytes, UTF8_BOM)) {
    const text = utf8Text(bytes);
    return text === undefined ? { kind: 'undecodable', advice: utf8Advice(bytes) } : { kind: 'text', text, encoding: 'utf-8' };
  }
  // Arabic in windows-1256 or ISO-8859-6 is never valid UTF-8 beyond a byte or two: a file that decodes
  // as UTF-8 with letters beyond ASCII is UTF-8, whatever --encoding says of an archive's old files, and
  // --fix writes it back as such.
  const beyondAscii = bytes.some((byte) => byte >= 0x80);
  const text = beyondAscii ? utf8Text(bytes) : undefined;
  if (text !== undefined) return { kind: 'text', text, encoding: 'utf-8' };
  const legacy = new TextDecoder(encoding).decode(bytes);
  // An archive may hold both old encodings, and text read in the wrong one is Arabic letters mixed with
  // Latin ones and gaps: checked, it would pass as clean; fixed, it could be spoilt.
  const fitting = beyondAscii ? legacyEncodingOf(bytes) : undefined;
  const wrong = (share: number) => legacy.includes('\uFFFD') || share >= arabicShare(legacy) + WRONG_ENCODING_MARGIN;
  if (fitting && fitting.encoding !== encoding && fitting.share >= PLAUSIBLE_SHARE && wrong(fitting.share)) {
    return { kind: 'undecodable', advice: `it reads as ${fitting.encoding}, not ${encoding}: check it with --encoding ${fitting.encoding} (apart from the ${encoding} files), or re-save it as UTF-8` };
  }
  return { kind: 'text', text: legacy, encoding };
}

/**
 * How much more of a text's non-ASCII must be Arabic in the other old encoding to call the given one wrong
 * (a byte the given one leaves undefined is enough).
 */
const WRONG_ENCODING_MARGIN = 0.1;

/** The share of Arabic beyond ASCII from which a text may be taken for Arabic in an old encoding. */
const PLAUSIBLE_SHARE = 0.7;

const LEGACY_ENCODINGS = ['windows-1256', 'iso-8859-6'] as const;

/**
 * The old encoding in which most of the bytes beyond ASCII read as Arabic, with that share; windows-1256
 * on a tie. One that leaves a byte undefined (ISO-8859-6 has gaps) is not the file's.
 */
function legacyEncodingOf(bytes: Uint8Array): { encoding: Encoding; share: number } {
  let best = { encoding: LEGACY_ENCODINGS[0] as Encoding, share: -1 };
  for (const encoding of LEGACY_ENCODINGS) {
    const text = new TextDecoder(encoding).decode(bytes);
    const share = text.includes('\uFFFD') ? 0 : arabicShare(text);
    if (share > best.share) best = { encoding, share };
  }
  return best;
}

/**
 * Of the characters beyond ASCII, the share in the Arabic block and not touching a Latin letter (0 when
 * there are none): “café” in Latin-1 reads as “cafى” in ISO-8859-6, which is no Arabic.
 */
function arabicShare(text: string): number {
  const isLatinLetter = (at: number) => /[A-Za-z]/.test(text[at] ?? '');
  let nonAscii = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c >= 0x0600 && c <= 0x06ff && !isLatinLetter(i - 1) && !isLatinLetter(i + 1)) arabic++;
  }
  return nonAscii === 0 ? 0 : arabic / nonAscii;
}

/**
 * Text saved as UTF-16 with no BOM has its NUL bytes (the high halves of spaces, digits and line ends)
 * all on one side of each pair, and reads as text with no control character but line ends and tabs;
 * a binary file almost never does. Left as binary, an article would pass a CI run unchecked.
 */
function isUtf16WithoutBom(bytes: Uint8Array): boolean {
  if (bytes.length % 2 !== 0) return false;
  const nulAt = bytes.indexOf(0) % 2;
  for (let i = 1 - nulAt; i < bytes.length; i += 2) if (bytes[i] === 0) return false;
  try {
    const text = new TextDecoder(nulAt === 1 ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/** The bytes as UTF-8, a BOM kept in the text; undefined when they are not valid UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  // V8's UTF-8 decoder (TextDecoder, Buffer#toString) takes some 3.5 ms a megabyte of Arabic, every file
  // of a run through it; ICU's transcoder to UTF-16, then a copy, a sixth of that. ASCII is copied as is.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function utf8Advice(bytes: Uint8Array): string {
  const where = `it is not valid UTF-8 (line ${lineOfFirstInvalidUtf8(bytes)})`;
  const legacy = legacyEncodingOf(bytes);
  if (legacy.share >= PLAUSIBLE_SHARE) return `${where} and looks like ${legacy.encoding}: pass --encoding ${legacy.encoding}, or re-save it as UTF-8`;
  return `${where}: re-save it as UTF-8, or pass --encoding with its encoding (${SUPPORTED_ENCODINGS.join(', ')})`;
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  // The longest prefix that decodes (an unfinished character at its end is held back, not an error):
  // decoding is all or nothing, so bisect; the whole does not decode.
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  const lo = firstIndexWhere(bytes.length, (length) => !decodes(length + 1));
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < lo; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export class UnencodableError extends Error {
  constructor(
    readonly encoding: Encoding,
    readonly char: string,
  ) {
    super(`${encoding} cannot hold “${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  }
}

const encoders = new Map<Encoding, Map<number, number>>();

/** Bytes of `text` in `encoding`; throws UnencodableError for a character the encoding lacks. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const table = encoderFor(encoding);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = table.get(text.charCodeAt(i));
    if (byte === undefined) throw new UnencodableError(encoding, String.fromCodePoint(text.codePointAt(i)!));
    out[i] = byte;
  }
  return out;
}

/** Single-byte encodings: the inverse of decoding each of the 256 bytes. */
function encoderFor(encoding: Encoding): Map<number, number> {
  let table = encoders.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte++) {
      const char = decoder.decode(Uint8Array.of(byte));
      if (char !== '\uFFFD' && char.length === 1 && !table.has(char.charCodeAt(0))) table.set(char.charCodeAt(0), byte);
    }
    encoders.set(encoding, table);
  }
  return table;
}
