import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { otherCompoundWritings } from './forms';

describe('otherCompoundWritings', () => {
  const writings = (name: string) => otherCompoundWritings(name.split(' ')).map((words) => words.join(' '));
  const cases: [string, string, string[]][] = [
    ['a name without a compound has none', 'جون سميث', []],
    ['عبد joined or apart', 'عبد القادر', ['عبدالقادر']],
    ['a joined عبدال… split', 'عبدالقادر مساهل', ['عبد القادر مساهل']],
    ['a compound\'s tail joined to the word before it', 'جار الله', ['جارالله']],
    ['الدين joined to a head it makes a given name with, or apart', 'نور الدين بن عياد', ['نور الدين بنعياد', 'نورالدين بن عياد', 'نورالدين بنعياد']],
    ['الدين after another name is a word of its own', 'أحمد الدين', []],
    ['a joined …الدين split', 'صلاحالدين أحمد', ['صلاح الدين أحمد']],
    ['العبد of a family name joined or apart', 'رانيا العبدالله', ['رانيا العبد الله']],
    ['العبد apart, joined', 'محمد العبد العالي', ['محمد العبدالعالي']],
    ['each compound either way', 'عبد العزيز بن سلمان', ['عبد العزيز بنسلمان', 'عبدالعزيز بن سلمان', 'عبدالعزيز بنسلمان']],
    ['a head before another compound stays apart', 'عبد الله بن عبد الرحمن', ['عبد الله بن عبدالرحمن', 'عبدالله بن عبد الرحمن', 'عبدالله بن عبدالرحمن']],
  ];
  for (const [why, name, expected] of cases) it(why, () => assert.deepEqual(writings(name), expected));

  it('writes a name of many compounds all one way or all the other, not every mix of them', () => {
    assert.deepEqual(writings('عبد الله عبد الرحمن عبد العزيز عبد الكريم'), ['عبدالله عبدالرحمن عبدالعزيز عبدالكريم']);
  });
});
