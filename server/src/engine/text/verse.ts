import { Attached } from '../attached';
import type { Paragraph } from './article';
import { isArabicLetter } from './normalize';
import { isHaraka } from './punctuation';

// Quoted scripture and verse: text the copy desk leaves as it stands. A Quran verse is set in ornate
// brackets ﴿…﴾; a line of classical verse parts its two hemistichs with *** or a wide gap.

const ORNATE = /[\uFD3E\uFD3F]/;
const ORNATE_MARKS = /[\uFD3E\uFD3F]/g;

export function hasOrnateBrackets(text: string): boolean {
  return ORNATE.test(text);
}

/**
 * Whether offset `at` of `text` lies inside a verse in ornate brackets. The two marks are written in
 * either order (﴿…﴾ or ﴾…﴿), so an odd number of them before `at` means inside.
 */
export function inOrnateBrackets(text: string, at: number): boolean {
  if (!hasOrnateBrackets(text)) return false;
  let marks = 0;
  ORNATE_MARKS.lastIndex = 0;
  for (let m = ORNATE_MARKS.exec(text); m && m.index < at; m = ORNATE_MARKS.exec(text)) marks++;
  return marks % 2 === 1;
}

/** Hemistichs parted by two or three asterisks with spaces around them (not Markdown's **bold**). */
const ASTERISKS = /\S\s+\*{2,3}\s+\S/;
/** Hemistichs parted by a wide gap: three spaces or more, or a tab, between words. */
const WIDE_GAP = /\S(?: {3,}|\t)\S/;
/** Of a line parted by a wide gap, the share of Arabic letters that carry harakat for it to be verse. */
const VOWELLED_SHARE = 0.3;

const verseLines = new Attached<Paragraph, boolean>();

/**
 * A line of verse: its hemistichs parted by asterisks, or by a wide gap in a vowelled line (a gap in
 * unvowelled prose is a slip of spacing).
 */
export function isVerseLine(paragraph: Paragraph): boolean {
  let verse = verseLines.get(paragraph);
  if (verse === undefined) verseLines.set(paragraph, (verse = ASTERISKS.test(paragraph.text) || (WIDE_GAP.test(paragraph.text) && isVowelled(paragraph.text))));
  return verse;
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
