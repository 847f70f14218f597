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
/** A record with the hash of its text, compared before the text itself. */
interface StoredSpelling extends Spelling {
  readonly hash: number;
}
let records: (StoredSpelling | undefined)[] = new Array(FIRST_TABLE_SIZE);
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
  for (let record = records[slot]; record !== undefined; record = records[slot]) {
    if (record.hash === hash && spells(record.text, text, start, end)) return record;
    slot = (slot + 1) & mask;
  }
  if (count >= MAX_SPELLINGS) {
    resize(FIRST_TABLE_SIZE, []);
    count = 0;
    epoch++;
  } else if (2 * (count + 1) > records.length) {
    resize(2 * records.length, records);
  } else {
    return add(text.slice(start, end), hash, slot);
  }
  return spellingAt(text, start, end, hash);
}

function add(written: string, hash: number, slot: number): StoredSpelling {
  const text = detached(written);
  const light = normalizeLight(text);
  const record: StoredSpelling = { text, light, folded: foldLetters(light), derived: [], index: count++, epoch, hash };
  records[slot] = record;
  return record;
}

/** A table of `size` slots holding `kept`. */
function resize(size: number, kept: readonly (StoredSpelling | undefined)[]): void {
  records = new Array(size);
  mask = size - 1;
  for (const record of kept) {
    if (record === undefined) continue;
    let slot = record.hash & mask;
    while (records[slot] !== undefined) slot = (slot + 1) & mask;
    records[slot] = record;
  }
}

function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
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
  private epoch = 0;

  constructor(
    private readonly width: number,
    private readonly derive: (spelling: Spelling, values: Int32Array, at: number) => void,
  ) {
    this.values = new Int32Array((MAX_SPELLINGS + 1) * width).fill(UNSET);
  }

  /** Where the spelling's row starts in `values`: valid until the next call. */
  row(spelling: Spelling): number {
    if (spelling.epoch !== this.epoch) {
      if (spelling.epoch < this.epoch) {
        const at = MAX_SPELLINGS * this.width;
        this.derive(spelling, this.values, at);
        return at;
      }
      this.clear();
      this.epoch = spelling.epoch;
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
