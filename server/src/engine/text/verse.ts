import { Attached } from '../attached';
import { firstIndexWhere } from '../bisect';
import type { Span } from '../types';
import type { Paragraph } from './article';
import { isArabicLetter } from './normalize';
import { isHaraka, verseNumberCloseAt } from './punctuation';
import { characterKind, holds } from './rare-characters';

// Quoted scripture and verse: text the copy desk leaves as it stands. A Quran verse is set in ornate
// brackets ﴿…﴾; a line of classical verse parts its two hemistichs with *** or a wide gap.

const ORNATE_MARKS = /[\uFD3E\uFD3F]/g;
const ORNATE_MARK = characterKind('\uFD3E\uFD3F');
const NO_VERSES: readonly Span[] = [];
const versesOfParagraph = new Attached<Paragraph, readonly Span[]>();

/** Whether the paragraph quotes a verse in ornate brackets: a pass over every word asks once a paragraph. */
export function hasOrnateBrackets(paragraph: Paragraph): boolean {
  return versesOf(paragraph).length > 0;
}

/**
 * Whether offset `at` of the text lies inside a verse of the paragraph in ornate brackets, after its
 * opening mark. By bisection over the paragraph's verses, for the rules that ask of every word.
 */
export function inOrnateBrackets(paragraph: Paragraph, at: number): boolean {
  const verses = versesOf(paragraph);
  if (verses.length === 0) return false;
  const next = firstIndexWhere(verses.length, (k) => verses[k].start >= at);
  return next > 0 && at <= verses[next - 1].end;
}

/**
 * The verses of the paragraph, each from its opening mark to its closing one (to the paragraph's end when
 * left open), worked out once a paragraph. The two marks are written in either order (﴿…﴾ or ﴾…﴿), so
 * they pair in turn, but for the verse numbers (﴿٩﴾) that a passage may hold within its brackets.
 */
function versesOf(paragraph: Paragraph): readonly Span[] {
  if (!holds(paragraph, ORNATE_MARK)) return NO_VERSES;
  let verses = versesOfParagraph.get(paragraph);
  if (!verses) {
    const found: Span[] = [];
    const { text, start } = paragraph;
    let open = -1;
    ORNATE_MARKS.lastIndex = 0;
    for (let m = ORNATE_MARKS.exec(text); m; m = ORNATE_MARKS.exec(text)) {
      // A verse number (﴿٩﴾) is a pair of its own; within an open verse, part of it.
      const numberClose = verseNumberCloseAt(text, m.index);
      if (numberClose !== -1) {
        if (open === -1) found.push({ start: start + m.index, end: start + numberClose });
        ORNATE_MARKS.lastIndex = numberClose + 1;
      } else if (open === -1) open = m.index;
      else {
        found.push({ start: start + open, end: start + m.index });
        open = -1;
      }
    }
    if (open !== -1) found.push({ start: start + open, end: paragraph.end });
    versesOfParagraph.set(paragraph, (verses = found));
  }
  return verses;
}

/** Hemistichs parted by two or three asterisks with spaces around them (not Markdown's **bold**). */
const ASTERISKS = /\S\s+\*{2,3}\s+\S/;
/** A wide gap between words: three spaces or more, or a tab. Verse parts its hemistichs with one, a table pasted as text its columns. */
export const WIDE_GAP = /\S(?: {3,}|\t)\S/;
/** Of a line parted by a wide gap, the share of Arabic letters that carry harakat for it to be verse. */
const VOWELLED_SHARE = 0.3;
/** The gap between hemistichs, with the spaces around it. */
const HEMISTICH_GAP = /[ \t]*(?: {3,}|\t)[ \t]*/;
/** Marks of prose: a line with one is no verse, whatever its gap. */
const PROSE_MARK = /[.،؛:,;]/;
/** Words in a hemistich of unvowelled verse: a metre holds from three to eight. */
const HEMISTICH_WORDS = { min: 3, max: 8 };
/** How much longer one hemistich may be written than the other: a metre makes them about as long, short words aside. */
const HEMISTICH_RATIO = 1.6;

const verseLines = new Attached<Paragraph, boolean>();

/**
 * A line of verse: its hemistichs parted by asterisks, or by a wide gap in a vowelled line, or in an
 * unvowelled one whose two halves are about as long and carry no mark of prose (a gap in a sentence is a
 * slip of spacing).
 */
export function isVerseLine(paragraph: Paragraph): boolean {
  let verse = verseLines.get(paragraph);
  if (verse === undefined) {
    const { text } = paragraph;
    verse = ASTERISKS.test(text) || (WIDE_GAP.test(text) && (isVowelled(text) || text.split('\n').every(isUnvowelledVerse)));
    verseLines.set(paragraph, verse);
  }
  return verse;
}

function isUnvowelledVerse(line: string): boolean {
  const halves = line.trim().split(HEMISTICH_GAP);
  if (halves.length !== 2 || PROSE_MARK.test(line)) return false;
  const words = halves.map((half) => half.split(/[ \t]+/).length);
  if (words.some((count) => count < HEMISTICH_WORDS.min || count > HEMISTICH_WORDS.max)) return false;
  const [shorter, longer] = halves.map((half) => half.length).sort((a, b) => a - b);
  return longer <= shorter * HEMISTICH_RATIO;
}

function isVowelled(text: string): boolean {
  let letters = 0;
  let harakat = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) letters++;
    else if (isHaraka(code)) harakat++;
  }
  return letters > 0 && harakat >= letters * VOWELLED_SHARE;
}
