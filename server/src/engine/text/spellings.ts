import { detached } from '../bounded-cache';
import { foldLetters, normalizeLight } from './normalize';

// One record per distinct written word, shared by every word written that way in every article: its
// matching forms (editorial-rules.md §0) are worked out once, and each rule keeps what it derives from a
// word (a lexicon entry, a stem, a class) on the record through `perSpelling`, so the rules that read
// every word of every article do one lookup per distinct word, not one per word and rule.

export interface Spelling {
  /** The word as written. */
  readonly text: string;
  /** normalizeLight: harakat and tatweel dropped, digits and quote marks folded. */
  readonly light: string;
  /** foldLetters: the light form with the letter forms folded (أ إ آ → ا, ى → ي, ة → ه …). */
  readonly folded: string;
  /** What each perSpelling function derived from it, by slot. */
  readonly derived: unknown[];
  /**
   * A number below MAX_SPELLINGS, unique among the records of one `epoch`, for data kept in typed arrays
   * (see SpellingNumbers): numbers are given out again once the table below is emptied.
   */
  readonly index: number;
  readonly epoch: number;
}

// The records, in an open-addressing table keyed by the word's letters in the text: a word already
// known is found without cutting it out of its sentence. The table starts small and doubles when half
// full, so it stays as small as the vocabulary seen, which keeps lookups in the cache. Emptied at
// MAX_SPELLINGS, which starts a new epoch; words parsed before keep their records.
const MAX_TABLE_BITS = 17;
/** Half the largest table, so probes stay short: the vocabulary of many articles. */
export const MAX_SPELLINGS = 1 << (MAX_TABLE_BITS - 1);
const FIRST_TABLE_SIZE = 1 << 12;
let records: (Spelling | undefined)[] = new Array(FIRST_TABLE_SIZE);
// What a probe compares is kept beside the records in typed arrays, so that finding a word reads no
// record, nor its text: those lie all over the heap, and reading them missed the cache for most words.
// Each slot has SLOT_WIDTH numbers: the hash of its record's text, where the text's letters start in
// `letters`, and their count, 0 for an empty slot. `letters` holds every record's, one after another.
const SLOT_WIDTH = 3;
const HASH = 0;
const LETTERS_START = 1;
const LENGTH = 2;
let slotFacts = new Int32Array(FIRST_TABLE_SIZE * SLOT_WIDTH);
let letters = new Uint16Array(1 << 16);
let lettersUsed = 0;
let mask = FIRST_TABLE_SIZE - 1;
let count = 0;
let epoch = 0;
let slots = 0;

/** Word hashes are FNV-1a over the UTF-16 code units, worked out by the caller as it scans the word. */
export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The shared record of the word text.slice(start, end), whose hash is `hash`. */
export function spellingAt(text: string, start: number, end: number, hash: number): Spelling {
  let slot = hash & mask;
  for (let at = slot * SLOT_WIDTH; slotFacts[at + LENGTH] !== 0; at = slot * SLOT_WIDTH) {
    if (slotFacts[at + HASH] === hash && slotFacts[at + LENGTH] === end - start && spells(slotFacts[at + LETTERS_START], text, start, end)) return records[slot]!;
    slot = (slot + 1) & mask;
  }
  if (count >= MAX_SPELLINGS) {
    resize(FIRST_TABLE_SIZE, false);
    count = 0;
    lettersUsed = 0;
    epoch++;
  } else if (2 * (count + 1) > records.length) {
    resize(2 * records.length, true);
  } else {
    return add(text, start, end, hash, slot);
  }
  return spellingAt(text, start, end, hash);
}

function add(text: string, start: number, end: number, hash: number, slot: number): Spelling {
  const written = detached(text.slice(start, end));
  const light = normalizeLight(written);
  const record: Spelling = { text: written, light, folded: foldLetters(light), derived: [], index: count++, epoch };
  records[slot] = record;
  if (lettersUsed + written.length > letters.length) {
    const grown = new Uint16Array(2 * (lettersUsed + written.length));
    grown.set(letters.subarray(0, lettersUsed));
    letters = grown;
  }
  const at = slot * SLOT_WIDTH;
  slotFacts[at + HASH] = hash;
  slotFacts[at + LETTERS_START] = lettersUsed;
  slotFacts[at + LENGTH] = written.length;
  for (let i = 0; i < written.length; i++) letters[lettersUsed++] = written.charCodeAt(i);
  return record;
}

/** A table of `size` slots, holding the records of the one it replaces when `keep`, else empty. */
function resize(size: number, keep: boolean): void {
  const [keptRecords, keptFacts] = [records, slotFacts];
  records = new Array(size);
  slotFacts = new Int32Array(size * SLOT_WIDTH);
  mask = size - 1;
  if (!keep) return;
  for (let from = 0; from < keptRecords.length; from++) {
    if (keptRecords[from] === undefined) continue;
    const facts = keptFacts.subarray(from * SLOT_WIDTH, (from + 1) * SLOT_WIDTH);
    let slot = facts[HASH] & mask;
    while (records[slot] !== undefined) slot = (slot + 1) & mask;
    records[slot] = keptRecords[from];
    slotFacts.set(facts, slot * SLOT_WIDTH);
  }
}

/** Whether text.slice(start, end) is written with the letters from `from` on (as many as it has). */
function spells(from: number, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (letters[from++] !== text.charCodeAt(i)) return false;
  return true;
}

const UNSET = -0x80000000;

/**
 * A 32-bit integer worked out once per spelling and kept in a typed array by Spelling.index: read without
 * touching anything but the record itself, for the passes that look at every word. `derive` may return
 * any int32 but -2^31; records of an older epoch are worked out each time.
 */
export class SpellingNumbers {
  private readonly values = new Int32Array(MAX_SPELLINGS).fill(UNSET);
  private epoch = 0;

  constructor(private readonly derive: (spelling: Spelling) => number) {}

  of(spelling: Spelling): number {
    if (spelling.epoch !== this.epoch) {
      if (spelling.epoch < this.epoch) return this.derive(spelling);
      this.clear();
      this.epoch = spelling.epoch;
    }
    let value = this.values[spelling.index];
    if (value === UNSET) this.values[spelling.index] = value = this.derive(spelling);
    return value;
  }

  /** Forgets every value: they are worked out again. */
  clear(): void {
    this.values.fill(UNSET);
  }
}

/**
 * Like SpellingNumbers, a row of `width` of them worked out together: a pass that wants several numbers
 * of every word reads one row, a cache line or two, where several SpellingNumbers would each cost a read
 * of their own. `derive` fills values[at, at + width) and must not write -2^31 at `at`. Not what
 * SpellingNumbers is built on: a row's index costs its lookups a quarter more.
 */
export class SpellingRows {
  /** The rows, one after another; the last serves a record of an older epoch. */
  readonly values: Int32Array;
  private keptEpoch = 0;

  constructor(
    private readonly width: number,
    private readonly derive: (spelling: Spelling, values: Int32Array, at: number) => void,
  ) {
    this.values = new Int32Array((MAX_SPELLINGS + 1) * width).fill(UNSET);
  }

  /** The epoch of the records whose rows are kept: a row is another record's once it changes. */
  get epoch(): number {
    return this.keptEpoch;
  }

  /** Where the spelling's row starts in `values`: valid until the next call. */
  row(spelling: Spelling): number {
    if (spelling.epoch !== this.keptEpoch) {
      if (spelling.epoch < this.keptEpoch) {
        const at = MAX_SPELLINGS * this.width;
        this.derive(spelling, this.values, at);
        return at;
      }
      this.clear();
      this.keptEpoch = spelling.epoch;
    }
    const at = spelling.index * this.width;
    if (this.values[at] === UNSET) this.derive(spelling, this.values, at);
    return at;
  }

  /** Forgets every row: they are worked out again. */
  clear(): void {
    this.values.fill(UNSET);
  }
}

/**
 * `derive` worked out once per spelling: the returned function looks the value up on the record and
 * derives it on first use. `derive` must not return undefined (return null for "nothing").
 */
export function perSpelling<T>(derive: (spelling: Spelling) => T): (spelling: Spelling) => T {
  const slot = slots++;
  return (spelling) => {
    let value = spelling.derived[slot] as T | undefined;
    if (value === undefined) spelling.derived[slot] = value = derive(spelling);
    return value;
  };
}
