import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLamOnVerbalNoun, isPurposeLam } from './purpose-clause';

describe('isPurposeLam', () => {
  it('knows ل + a verbal noun of every derived form, a common Form I one, or an imperfect verb', () => {
    const purpose = [
      'لتحديد', 'لتعزيز', 'لتأمين', 'لتسوية', 'للتأكد', 'للتوصل', 'للمساعدة', 'لمواجهة', 'لإنهاء', 'لإعلان', 'لإعادة',
      'لانتخاب', 'للانسحاب', 'لاعتماد', 'لاتخاذ', 'للاطلاع', 'لاستعادة', 'للاستفادة', 'لدعم', 'للحد', 'للحصول',
      'لتعود', 'ليتمكن', 'لنواصل', 'لينضم', 'ليكون', 'لتكون', 'ليتم', 'ليصل', 'ليرد', 'لصياغة', 'لبناء', 'لرصد', 'لأداء',
    ];
    for (const word of purpose) assert.ok(isPurposeLam(word), word);
  });
  it('leaves particles, names and nouns that begin with ل', () => {
    const others = [
      'لكن', 'لذلك', 'لهذا', 'لقد', 'لم', 'لن', 'لا', 'لدى', 'للمرة', 'لبنان', 'لندن', 'ليبيا', 'لجنة', 'ليلة', 'ليلا',
      'لليبيا', 'لتركيا', 'لتونس', 'لإيران', 'لإسرائيل', 'للاتحاد', 'للتلفزيون', 'للتحالف', 'لنظام', 'للتيار', 'لتاريخ',
      'لنادي', 'للمنطقة', 'للمواطنين', 'لتحقيقات', 'للانتخابات', 'لينين', 'ليبرمان', 'ليوم', 'ليومين', 'لاعب',
      'لاجئين', 'لاحقا', 'لأكثر', 'لأول', 'لأسباب', 'ليس', 'ليست', 'لنا', 'لتلك', 'للتو',
      'للإذاعة', 'ليون', 'للتكون',
    ];
    for (const word of others) assert.ok(!isPurposeLam(word), word);
  });
  it('tells ل + a verbal noun (what may follow a name) apart from verbs and names shaped like imperfects', () => {
    for (const word of ['لبحث', 'لأداء', 'لمناقشة', 'للاستماع', 'لإعلان', 'لاتخاذ']) assert.ok(isLamOnVerbalNoun(word), word);
    for (const word of ['ليندنر', 'ليفاندوفسكي', 'ليتمكن', 'لتعزيز', 'لحود', 'لطفي', 'لمجرد', 'للاتحاد', 'لبنان']) assert.ok(!isLamOnVerbalNoun(word), word);
  });
});
