import { Attached } from '../attached';
import type { Paragraph } from './article';
import { quotationAt, quotationsOf, type Quotation } from './pairs';
import { characterKind, holds } from './rare-characters';
import { hasOrnateBrackets, inOrnateBrackets } from './verse';

// A Quran verse quoted in a paragraph: in ornate brackets (verse.ts), or in ordinary quotation marks after
// the formula that introduces it. Kept apart from verse.ts, which the text model imports: the quotation
// pairs import the text model in turn.

/**
 * What introduces a Quran verse set in ordinary quotation marks: قوله تعالى، قال سبحانه وتعالى، ويقول سبحانه،
 * قال عز وجل، جل جلاله، إن الله تعالى يقول، الآية الكريمة، الآيتين الكريمتين، في سورة لقمان, a colon after.
 */
const INTRODUCES_VERSE = /(?:(?:تعالى|سبحانه|عز وجل|جل (?:جلاله|وعلا|شأنه))(?:\s+(?:يقول|قال))?|(?:آية|آيه|ايه|اية|آيات|ايات|آيتين|ايتين) الكريم(?:ة|ه|ات|تين)|سورة(?:\s+\p{L}+){1,2})\s*:?\s*$/u;
/** How far before a quotation's opening mark its introduction is looked for: the words and a colon. */
const VERSE_INTRODUCTION_REACH = 20;

/**
 * Whether the paragraph quotes a Quran verse, in ornate brackets or in a quotation that تعالى, عز وجل or the
 * sura's name introduces: a pass over every word asks once a paragraph before asking inQuotedVerse of a word.
 */
export function hasQuotedVerse(paragraph: Paragraph): boolean {
  if (hasOrnateBrackets(paragraph)) return true;
  // Asked by several rules of every paragraph, most of which quote nothing.
  if (!holds(paragraph, OPENING_MARKS)) return false;
  let quotes = quotesVerse.get(paragraph);
  if (quotes === undefined) {
    const { text } = paragraph;
    quotes = mayIntroduceVerse(text) && quotationsOf(paragraph).some((quotation) => isIntroducedVerse(paragraph, quotation));
    quotesVerse.set(paragraph, quotes);
  }
  return quotes;
}

const OPENING_MARKS = characterKind('«“"');
/** Any of INTRODUCES_VERSE's words, anywhere in the paragraph: the test most paragraphs fail, string searches first. */
const mayIntroduceVerse = (text: string) =>
  text.includes('تعالى') || text.includes('سبحانه') || text.includes('عز وجل') || text.includes('جل ') || text.includes('سورة') || (text.includes(' الكريم') && VERSE_NOUN.test(text));
const VERSE_NOUN = /ي(?:ة|ه|ات|تين) الكريم/u;
const quotesVerse = new Attached<Paragraph, boolean>();

/**
 * Whether offset `at` lies inside a Quran verse, quoted to the letter in its own spelling (هى، الصلوة):
 * in ornate brackets, or in a quotation that تعالى, عز وجل or the sura's name introduces (قوله تعالى «قال هى عصاى»).
 */
export function inQuotedVerse(paragraph: Paragraph, at: number): boolean {
  if (inOrnateBrackets(paragraph, at)) return true;
  const quotation = quotationAt(paragraph, at);
  return quotation !== undefined && isIntroducedVerse(paragraph, quotation);
}

function isIntroducedVerse(paragraph: Paragraph, quotation: Quotation): boolean {
  const open = quotation.open - paragraph.start;
  return INTRODUCES_VERSE.test(paragraph.text.slice(Math.max(0, open - VERSE_INTRODUCTION_REACH), open));
}
