import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { ConfigError } from '../config';
import defaultEntries from './default-names.json';
import { buildNameList, defaultNameList, mergeNameEntries, nameListFor, nameListSchema, parseNameEntries, withEntry, type NameEntry } from './list';

const entry = (preferred: string, extra: Partial<NameEntry> = {}): NameEntry => ({ preferred, kind: 'place', variants: [], aliases: [], ...extra });

describe('name list', () => {
  describe('parseNameEntries', () => {
    it('fills in the optional arrays and tidies spaces', () => {
      assert.deepEqual(parseNameEntries([{ preferred: ' واشنطن ', kind: 'place' }]), [entry('واشنطن')]);
    });
    it('keeps surnames and alias spellings', () => {
      const [parsed] = parseNameEntries([
        { preferred: 'الولايات المتحدة', kind: 'place', aliases: ['أميركا'], aliasVariants: { أميركا: ['أمريكا'] } },
      ]);
      assert.deepEqual(parsed.aliasVariants, { أميركا: ['أمريكا'] });
    });
    const rejects: [string, unknown, RegExp][] = [
      ['a file path the loader did not read', 'names.json', /file path must be read by the config loader/],
      ['an object instead of an array', { preferred: 'x' }, /expected an array/],
      ['an entry without a preferred form', [{ kind: 'place' }], /names\[0\]\.preferred/],
      ['an unknown kind', [{ preferred: 'عمان', kind: 'country' }], /names\[0\]\.kind: expected one of person, organisation, place/],
      ['an unknown field', [{ preferred: 'عمان', kind: 'place', spelling: [] }], /unknown field "spelling"/],
      ['variants that are not strings', [{ preferred: 'عمان', kind: 'place', variants: [1] }], /names\[0\]\.variants/],
      ['a takesArticle that is not true or false', [{ preferred: 'يونيسف', kind: 'organisation', takesArticle: 'yes' }], /names\[0\]\.takesArticle: expected true or false/],
      ['alias spellings of a name that is not an alias', [{ preferred: 'عمان', kind: 'place', aliasVariants: { مسقط: ['مسكت'] } }], /not one of the entry's aliases/],
    ];
    for (const [what, value, message] of rejects) {
      it(`rejects ${what} with a ConfigError that says where`, () => {
        assert.throws(() => parseNameEntries(value), (e: unknown) => e instanceof ConfigError && message.test(e.message));
      });
    }
  });

  describe('nameListSchema', () => {
    const validate = new Ajv({ allErrors: true }).compile(nameListSchema);
    it('accepts the shipped list', () => {
      assert.ok(validate(defaultEntries), JSON.stringify(validate.errors));
    });
    it('accepts a newsroom list with only the required fields', () => {
      assert.ok(validate([{ preferred: 'عمّان', kind: 'place' }]));
    });
    it('rejects what parseNameEntries rejects', () => {
      for (const bad of [[{ kind: 'place' }], [{ preferred: 'عمان', kind: 'country' }], [{ preferred: 'عمان', kind: 'place', spelling: [] }], 'names.json']) {
        assert.equal(validate(bad), false, JSON.stringify(bad));
      }
    });
  });

  describe('merging a newsroom list over the default list', () => {
    const defaults = [entry('واشنطن', { variants: ['واشنطون'] }), entry('بيروت'), entry('أميركا', { variants: ['أمريكا'] })];
    it('replaces a default entry whose preferred form or variant the newsroom entry names, and adds the rest', () => {
      const newsroom = [entry('أمريكا', { variants: ['أميركا'] }), entry('واشنطون'), entry('النبطية')];
      assert.deepEqual(
        mergeNameEntries(defaults, newsroom).map((e) => e.preferred),
        ['بيروت', 'أمريكا', 'واشنطون', 'النبطية'],
      );
    });
    it('compares letter-folded forms', () => {
      assert.deepEqual(mergeNameEntries(defaults, [entry('واشنطن')]).map((e) => e.preferred), ['بيروت', 'أميركا', 'واشنطن']);
    });
    it('withEntry puts one entry into a newsroom list, replacing the one it renames', () => {
      const list = [entry('ايران'), entry('بيروت')];
      assert.deepEqual(withEntry(list, entry('إيران', { variants: ['ايران'] })).map((e) => e.preferred), ['بيروت', 'إيران']);
    });
  });

  describe('nameListFor', () => {
    it('is the default list when the config names none', () => {
      assert.equal(nameListFor(undefined), defaultNameList());
      assert.ok(defaultNameList().entries.length >= 320);
    });
    it('builds the merged list once per list value', () => {
      const newsroom = [entry('النبطية')];
      const first = nameListFor(newsroom);
      assert.equal(nameListFor(newsroom), first);
      assert.notEqual(nameListFor([entry('النبطية')]), first);
      assert.ok(first.entries.some((e) => e.preferred === 'النبطية'));
    });
    it('throws a ConfigError for an invalid newsroom list', () => {
      assert.throws(() => nameListFor([{ preferred: '' }]), ConfigError);
    });
  });

  describe('lookup', () => {
    const list = buildNameList([
      { preferred: 'أنطونيو غوتيريش', kind: 'person', variants: ['أنطونيو غوتيريس'], aliases: [], surnames: ['غوتيريش'] },
      { preferred: 'الحوثيون', kind: 'organisation', variants: [], aliases: ['أنصار الله'] },
    ]);
    const forms = (word: string) => (list.byFirstWord.get(word) ?? []).map((f) => `${f.role}:${f.text}→${f.house}`);
    it('indexes every form by its folded first word', () => {
      assert.deepEqual(forms('انطونيو'), ['preferred:أنطونيو غوتيريش→أنطونيو غوتيريش', 'variant:أنطونيو غوتيريس→أنطونيو غوتيريش']);
    });
    it('derives the surname as each variant spells it', () => {
      assert.deepEqual(forms('غوتيريس'), ['surname:غوتيريس→غوتيريش']);
    });
    it('knows a plural name in its other case as correctly written', () => {
      assert.deepEqual(forms('الحوثيين'), ['preferred:الحوثيين→الحوثيين']);
    });
    it('collects listed first names of people', () => {
      assert.ok(list.firstNames.has('انطونيو'));
    });
  });
});
