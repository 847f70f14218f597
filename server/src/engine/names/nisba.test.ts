import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNameList, type NameEntry } from './list';
import { nisbaVariantOf } from './nisba';

const place = (preferred: string, variants: string[], extra: Partial<NameEntry> = {}): NameEntry => ({ preferred, kind: 'place', variants, aliases: [], ...extra });

const list = buildNameList([
  place('موريتانيا', ['موريطانيا']),
  place('الدنمارك', ['الدانمارك']),
  place('سنغافورة', ['سنجافورة']),
  place('كيغالي', ['كيجالي']),
  place('دكا', ['داكا']),
  place('الاتحاد السوفييتي', ['الاتحاد السوفياتي']),
  place('الولايات المتحدة', [], { aliases: ['أميركا'], aliasVariants: { أميركا: ['أمريكا'] } }),
  { preferred: 'جورج بوش', kind: 'person', variants: ['جورج بوج'], aliases: [] },
]);

/** The word with its variant stem in the house spelling, or undefined when it is no listed nisba variant. */
function respelled(word: string): string | undefined {
  const variant = nisbaVariantOf(list, word);
  return variant && word.slice(0, variant.stemStart) + variant.stem.house + word.slice(variant.stemEnd);
}

describe('nisbaVariantOf', () => {
  it('finds the nisba of a variant spelling of a place, with proclitics, the article and every ending', () => {
    assert.equal(respelled('الموريطاني'), 'الموريتاني');
    assert.equal(respelled('والدانماركية'), 'والدنماركية');
    assert.equal(respelled('للسنجافوريين'), 'للسنغافوريين');
    assert.equal(respelled('السوفياتيتان'), 'السوفييتيتان');
    assert.equal(respelled('وأمريكيات'), 'وأميركيات');
  });
  it('leaves the house spelling, places in ي, short stems, people and what only ends like a nisba', () => {
    for (const word of ['الموريتاني', 'الدنماركي', 'كيجالي', 'الكيجالية', 'داكي', 'البوجي', 'أمريكا', 'الأمريكتين', 'تمريكي']) assert.equal(respelled(word), undefined, word);
  });
});
