// Matching forms of Arabic text (editorial-rules.md §0). Reports always point at the original text; these
// forms are only for comparing. Both folds are one pass over a lookup table: they run on every word of
// every article, so they must not allocate when nothing changes.

const DROP = 0xffff;
const DOUBLE_QUOTE = 0x22;

function buildTable(foldLetterForms: boolean): Uint16Array {
  const table = new Uint16Array(0x700);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let c = 0x064b; c <= 0x0652; c++) table[c] = DROP; // harakat
  table[0x0670] = DROP; // superscript alef
  table[0x0640] = DROP; // tatweel
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d;
    table[0x06f0 + d] = 0x30 + d;
  }
  for (const q of [0x27, 0xab, 0xbb]) table[q] = DOUBLE_QUOTE;
  if (foldLetterForms) {
    for (const alef of [0x0623, 0x0625, 0x0622, 0x0671]) table[alef] = 0x0627; // أ إ آ ٱ → ا
    table[0x0649] = 0x064a; // ى → ي
    table[0x06cc] = 0x064a; // Persian ی → ي
    table[0x0629] = 0x0647; // ة → ه
    table[0x0624] = 0x0621; // ؤ → ء
    table[0x0626] = 0x0621; // ئ → ء
    table[0x06a9] = 0x0643; // Persian ک → ك
    // ڤ and ڥ write the /v/ of a foreign word, which ف writes as well: كييڤ is كييف.
    table[0x06a4] = 0x0641; // ڤ → ف
    table[0x06a5] = 0x0641; // ڥ → ف
  }
  return table;
}

const LIGHT = buildTable(false);
const LETTERS = buildTable(true);

/** Harakat, the superscript alef and tatweel: what the matching forms leave out. */
export function isDroppedMark(code: number): boolean {
  return code < LIGHT.length && LIGHT[code] === DROP;
}

function mapCode(table: Uint16Array, code: number): number {
  if (code < table.length) return table[code];
  if (code >= 0x2018 && code <= 0x201f) return DOUBLE_QUOTE; // curly quotes
  return code;
}

function fold(table: Uint16Array, text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (mapCode(table, code) !== code) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const mapped = mapCode(table, text.charCodeAt(i));
    if (mapped !== DROP) out += String.fromCharCode(mapped);
  }
  return out;
}

/** Drop harakat and tatweel, fold Arabic-Indic and Persian digits to 0–9 and every quote mark to `"`. */
export function normalizeLight(text: string): string {
  return fold(LIGHT, text);
}

/**
 * The light form plus the letter folds used to compare words and names: أ إ آ ٱ → ا, ى → ي, ة → ه,
 * ؤ ئ → ء, Persian ی ک → ي ك, ڤ ڥ → ف.
 */
export function foldLetters(text: string): string {
  return fold(LETTERS, text);
}

const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/**
 * A rough stem for comparing content words: letter-folded, without the conjunctions و/ف, the prepositions
 * ب/ل/ك and the article ال. Keeps at least three letters so short words are not eaten.
 */
export function contentStem(word: string): string {
  const folded = foldLetters(word);
  for (const prefix of PROCLITICS) {
    if (folded.length - prefix.length >= 3 && folded.startsWith(prefix)) return folded.slice(prefix.length);
  }
  return folded;
}

/** Arabic letters proper: not tatweel, harakat or digits. */
export function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a && code !== 0x0640) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff);
}

export function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabicLetter(text.charCodeAt(i))) return true;
  return false;
}
