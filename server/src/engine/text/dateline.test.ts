import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineCredit, datelineCredits, datelineLength } from './dateline';

describe('datelines', () => {
  const cases: [text: string, length: number, credit: string | undefined][] = [
    ['بغداد (رويترز) - أعلنت الحكومة خطة جديدة.', 'بغداد (رويترز) - '.length, '(رويترز)'],
    ['  جدة (واس) – وصل الوفد.', '  جدة (واس) – '.length, '(واس)'],
    ['ريو دي جانيرو (أ ف ب) — افتتح المهرجان.', 'ريو دي جانيرو (أ ف ب) — '.length, '(أ ف ب)'],
    ['القاهرة - قالت الوزارة إن الأسعار مستقرة.', 'القاهرة - '.length, undefined],
    ['دبي، 14 أكتوبر/تشرين الأول (رويترز) - أطلقت الشركة منصة جديدة.', 'دبي، 14 أكتوبر/تشرين الأول (رويترز) - '.length, '(رويترز)'],
    ['القاهرة، 3 مايو 2025 - أعلنت الوزارة خطة جديدة.', 'القاهرة، 3 مايو 2025 - '.length, undefined],
    ['بيروت - "الوطنية" - أعلنت الرابطة الإضراب.', 'بيروت - "الوطنية" - '.length, undefined],
    ['عمّان (بترا) - أعلنت الوزارة حملة تطعيم.', 'عمّان (بترا) - '.length, '(بترا)'],
    ['مكة المكرمة، 10 ذو الحجة 1446هـ (واس) - بدأ الحجاج رمي الجمرات.', 'مكة المكرمة، 10 ذو الحجة 1446هـ (واس) - '.length, '(واس)'],
    ['قالت الوزارة إن الأسعار - وهي مرتفعة - مستقرة.', 0, undefined],
    ['قالت الوزارة إن الأسعار مستقرة منذ بداية العام رغم الضغوط المتزايدة على العملة المحلية في الأسواق - وفق بيان.', 0, undefined],
  ];
  for (const [text, length, credit] of cases) {
    it(text, () => {
      assert.equal(datelineLength(text), length);
      const span = datelineCredit(text);
      assert.equal(span && text.slice(span.start, span.end), credit);
    });
  }

  it('finds the credits of the paragraphs of a text, and only those', () => {
    const paragraphs = [
      'جدة (واس) - وصل الوفد (الرسمي) إلى المدينة.',
      'وقال المتحدث (الرسمي) إن الزيارة - وهي الأولى - ناجحة.',
      'قالت الوزارة إن الأسعار مستقرة منذ بداية العام رغم الضغوط المتزايدة على العملة المحلية (الدينار) - وفق بيان.',
      'بغداد (أ ف ب - رويترز) - أعلنت الحكومة خطة جديدة.',
    ];
    const text = `(عاجل)\n${paragraphs.join('\n\n')}`;
    const spans = paragraphs.map((paragraph) => {
      const start = text.indexOf(paragraph);
      return { start, end: start + paragraph.length };
    });
    assert.deepEqual(
      datelineCredits(text, spans).map(({ start, end }) => text.slice(start, end)),
      ['(واس)', '(أ ف ب - رويترز)'],
    );
  });
});
