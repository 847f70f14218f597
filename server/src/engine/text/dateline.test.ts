import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineCredit, datelineLength } from './dateline';

describe('datelines', () => {
  const cases: [text: string, length: number, credit: string | undefined][] = [
    ['بغداد (رويترز) - أعلنت الحكومة خطة جديدة.', 'بغداد (رويترز) - '.length, '(رويترز)'],
    ['  جدة (واس) – وصل الوفد.', '  جدة (واس) – '.length, '(واس)'],
    ['ريو دي جانيرو (أ ف ب) — افتتح المهرجان.', 'ريو دي جانيرو (أ ف ب) — '.length, '(أ ف ب)'],
    ['القاهرة - قالت الوزارة إن الأسعار مستقرة.', 'القاهرة - '.length, undefined],
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
});
