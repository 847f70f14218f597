import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { foldLetters } from '../text/normalize';

// The shipped house-style name list is data that the name-consistency rule trusts: a form listed under
// two entries, or an adjective listed as a variant, would turn into findings a copy editor waves away.

interface NameEntry {
  preferred: string;
  kind: string;
  variants: string[];
  aliases: string[];
  aliasVariants?: Record<string, string[]>;
  surnames?: string[];
  takesArticle?: boolean;
}

const KINDS = ['organisation', 'person', 'place'];
const FIELDS = ['preferred', 'kind', 'variants', 'aliases', 'aliasVariants', 'surnames', 'takesArticle'];
// Arabic letters (no harakat, no tatweel), single spaces between words.
const PLAIN_ARABIC = /^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u064A]+)*$/;

const text = readFileSync(join(__dirname, 'default-names.json'), 'utf8');
const entries = JSON.parse(text) as NameEntry[];

// The article is dropped before letters are folded: ألباريس is a name, not ال + باريس.
const withoutArticle = (form: string) => form.replace(/^ال/, '');

/** How the rule compares names: letter forms folded, the article and the spaces inside a name ignored. */
function nameKey(form: string): string {
  return foldLetters(withoutArticle(form)).replace(/ /g, '');
}

/** Keys of the adjective (nisba) and plural forms built on a name: العراق → عراقي، سوريا → سورية، غزة → غزي. */
function inflectionKeysOf(form: string): Set<string> {
  const name = withoutArticle(form);
  const stems = [name];
  if (/[اة]$/.test(name)) stems.push(name.slice(0, -1));
  if (name.endsWith('يا')) stems.push(name.slice(0, -2));
  const inflected = stems.flatMap((stem) => ['ي', 'ية', 'يون', 'يين', 'يات'].map((suffix) => stem + suffix));
  if (name.endsWith('ي')) inflected.push(name + 'ة', name + 'ون', name + 'ين');
  const keys = new Set(inflected.map(nameKey));
  keys.delete(nameKey(form));
  return keys;
}

const aliasVariantsOf = (e: NameEntry) => Object.values(e.aliasVariants ?? {}).flat();
/** The forms that stand for the whole name: the rule groups these and may flag all but the preferred. */
const namesOf = (e: NameEntry) => [e.preferred, ...e.variants, ...e.aliases, ...aliasVariantsOf(e)];
/** Variants and aliases: forms a mention may be flagged in, so each must really be this name. */
const flaggableOf = (e: NameEntry) => [...e.variants, ...e.aliases, ...aliasVariantsOf(e)];
const allFormsOf = (e: NameEntry) => [...namesOf(e), ...(e.surnames ?? [])];

describe('default name list', () => {
  it('is valid JSON: an array of entries, written with 2-space indentation', () => {
    assert.ok(Array.isArray(entries));
    assert.equal(text, JSON.stringify(entries, null, 2) + '\n');
  });

  it('has at least 320 entries', () => {
    assert.ok(entries.length >= 320, `only ${entries.length} entries`);
  });

  it('gives every entry a preferred form, a valid kind and lists of strings', () => {
    for (const e of entries) {
      const where = JSON.stringify(e.preferred);
      assert.deepEqual(Object.keys(e).filter((k) => !FIELDS.includes(k)), [], `unknown field in ${where}`);
      assert.ok(typeof e.preferred === 'string' && e.preferred.length > 0, `no preferred form: ${JSON.stringify(e)}`);
      assert.ok(KINDS.includes(e.kind), `kind ${e.kind} of ${where}`);
      assert.ok(Array.isArray(e.variants) && Array.isArray(e.aliases), `variants and aliases of ${where}`);
      if (e.kind === 'person') assert.ok(Array.isArray(e.surnames), `surnames of ${where}`);
      else assert.equal(e.surnames, undefined, `surnames on the ${e.kind} ${where}`);
      for (const [alias, variants] of Object.entries(e.aliasVariants ?? {})) {
        assert.ok(e.aliases.includes(alias), `aliasVariants of ${where} names ${alias}, which is not an alias`);
        assert.ok(Array.isArray(variants) && variants.length > 0, `aliasVariants.${alias} of ${where}`);
      }
      for (const form of allFormsOf(e)) {
        assert.match(form, PLAIN_ARABIC, `form ${JSON.stringify(form)} of ${where}`);
      }
      // Only a one-word name without the article can take it (اليونيسف).
      if (e.takesArticle !== undefined) assert.ok(e.takesArticle && allFormsOf(e).some((form) => /^(?!ال)\S+$/.test(form)), `takesArticle of ${where}`);
    }
  });

  it('is sorted by kind, then by preferred form', () => {
    const collator = new Intl.Collator('ar');
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1], entries[i]];
      const order = a.kind === b.kind ? collator.compare(a.preferred, b.preferred) : a.kind < b.kind ? -1 : 1;
      assert.ok(order < 0, `${a.kind} ${a.preferred} before ${b.kind} ${b.preferred}`);
    }
  });

  it('has no preferred form twice', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const key = nameKey(e.preferred);
      assert.ok(!seen.has(key), `${e.preferred} and ${seen.get(key)}`);
      seen.set(key, e.preferred);
    }
  });

  it('lists no form under two entries, even with letter forms, the article and spaces folded', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const key of new Set(allFormsOf(e).map(nameKey))) {
        assert.ok(!owner.has(key), `a form of ${e.preferred} is also a form of ${owner.get(key)}`);
        owner.set(key, e.preferred);
      }
    }
  });

  it('lists no form twice in one entry, and never the preferred form as its own variant or alias', () => {
    for (const e of entries) {
      const forms = allFormsOf(e);
      assert.equal(new Set(forms).size, forms.length, `a form repeated in ${e.preferred}`);
      for (const form of flaggableOf(e)) assert.notEqual(form, e.preferred);
      for (const [alias, variants] of Object.entries(e.aliasVariants ?? {})) {
        for (const variant of variants) assert.notEqual(variant, alias);
      }
    }
  });

  it('keeps aliases apart from spellings: an alias that folds to another form of its entry is a variant', () => {
    for (const e of entries) {
      const spellingKeys = new Set([e.preferred, ...e.variants].map(nameKey));
      for (const alias of e.aliases) {
        assert.ok(!spellingKeys.has(nameKey(alias)), `alias ${alias} of ${e.preferred} is a spelling of it`);
      }
    }
  });

  it('lists no longer name as a variant: توتنهام هوتسبير is the club\'s full name, not a misspelling of توتنهام', () => {
    for (const e of entries) {
      const preferred = e.preferred.split(' ');
      for (const variant of e.variants) {
        const words = variant.split(' ');
        assert.ok(!(words.length > preferred.length && preferred.every((word, i) => words[i] === word)), `variant ${variant} of ${e.preferred} extends it`);
      }
    }
  });

  it('lists no variant or alias that is an inflection of a form of any entry (قطر/قطري, سوريا/سورية)', () => {
    const inflectionOwner = new Map<string, string>();
    for (const e of entries) {
      for (const form of allFormsOf(e)) {
        for (const key of inflectionKeysOf(form)) inflectionOwner.set(key, `${form} (${e.preferred})`);
      }
    }
    for (const e of entries) {
      for (const form of flaggableOf(e)) {
        const base = inflectionOwner.get(nameKey(form));
        assert.equal(base, undefined, `${form} of ${e.preferred} is an inflection of ${base}`);
      }
    }
  });

  it('gives surnames that are whole words of the full name', () => {
    for (const e of entries.filter((x) => x.kind === 'person')) {
      for (const surname of e.surnames ?? []) {
        const inName = [e.preferred, ...e.variants].some((name) => ` ${name} `.includes(` ${surname} `));
        assert.ok(inName, `surname ${surname} is not part of ${e.preferred}`);
      }
    }
  });
});
