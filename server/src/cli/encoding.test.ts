import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from './encoding';

describe('decode', () => {
  const cases: { name: string; bytes: number[] | string; text?: string }[] = [
    { name: 'Arabic', bytes: 'قال الوزير إن الخطة جاهزة.\n', text: 'قال الوزير إن الخطة جاهزة.\n' },
    { name: 'ASCII only', bytes: 'Reuters, 2026\r\n', text: 'Reuters, 2026\r\n' },
    { name: 'a BOM, kept in the text', bytes: '\uFEFFخبر', text: '\uFEFFخبر' },
    { name: 'a letter outside the BMP, as a surrogate pair', bytes: 'نص 😀 𝑥', text: 'نص 😀 𝑥' },
    { name: 'an empty file', bytes: '', text: '' },
    { name: 'an encoded surrogate (CESU-8)', bytes: [0xd9, 0x86, 0xed, 0xa0, 0x80] },
    { name: 'an overlong slash', bytes: [0xc0, 0xaf] },
    { name: 'a character cut short at the end', bytes: [0xd9, 0x86, 0xd9] },
    { name: 'a windows-1256 byte', bytes: [0xc7, 0xe1] },
  ];
  for (const { name, bytes, text } of cases) {
    it(`${name}: ${text === undefined ? 'not valid UTF-8' : 'read as written'}`, () => {
      const decoded = decode(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Uint8Array.from(bytes), 'utf-8');
      if (text === undefined) assert.equal(decoded.kind, 'undecodable');
      else assert.deepEqual(decoded, { kind: 'text', text, encoding: 'utf-8' });
    });
  }
});
