import { Attached } from '../attached';
import type { Paragraph } from './article';

// Characters that several rules look for and most paragraphs do not hold (tatweel, invisible characters,
// Persian letters, quotation marks and brackets, Latin punctuation). One pass over a paragraph finds every
// kind at once, and each of those rules skips a paragraph without its kind instead of scanning it again:
// a regex scan of every paragraph costs 1 to 6 ns a character, depending on the class.

/** By UTF-16 code unit: the bits of the kinds it belongs to. */
const kindsOfCode = new Uint32Array(0x10000);
let kindCount = 0;

/** A new kind made of `characters` (code units outside the surrogates); call at module load, before any check. */
export function characterKind(characters: string | readonly number[]): number {
  if (kindCount === 32) throw new Error('characterKind: at most 32 kinds');
  const kind = 1 << kindCount++;
  const codes = typeof characters === 'string' ? Array.from(characters, (ch) => ch.charCodeAt(0)) : characters;
  for (const code of codes) {
    if (code >= 0xd800 && code <= 0xdfff) throw new Error('characterKind: a surrogate');
    kindsOfCode[code] |= kind;
  }
  return kind;
}

/** A regex matching any one of `characters`: a rule that gates on characterKind(characters) then finds them with it. */
export function characterClass(characters: string, flags = ''): RegExp {
  return new RegExp(`[${characters.replace(/[\\\]^-]/g, '\\$&')}]`, flags);
}

const kindsOfParagraph = new Attached<Paragraph, number>();

/** Whether the paragraph holds a character of `kind`. */
export function holds(paragraph: Paragraph, kind: number): boolean {
  let kinds = kindsOfParagraph.get(paragraph);
  if (kinds === undefined) {
    const { text } = paragraph;
    kinds = 0;
    for (let i = 0; i < text.length; i++) kinds |= kindsOfCode[text.charCodeAt(i)];
    kindsOfParagraph.set(paragraph, kinds);
  }
  return (kinds & kind) !== 0;
}
