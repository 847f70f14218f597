import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Checker } from './check-file';
import { encode, type Encoding } from './encoding';

describe('Checker, --fix-dry-run', () => {
  const task = { path: 'a.txt', displayPath: 'a.txt', configKey: '' };
  const dryRun = (encoding: Encoding) => new Checker({ fixMode: 'dry-run', encoding, defaultLocale: 'en', configs: {} });
  const text = 'أعلنت الحكومـــة عن خطة جديدة.\n';

  it('says of the diff of a file in an old encoding that it is in UTF-8, and that --fix keeps the encoding', () => {
    for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
      const result = dryRun(encoding).checkBytes(task, encode(text, encoding), false);
      assert.match(result.diff ?? '', /^\+أعلنت الحكومة عن خطة جديدة\.$/m, encoding);
      assert.deepEqual(result.notices, [`the diff shows the text in UTF-8, not in the file's ${encoding}, so patch and git apply cannot apply it; --fix fixes the file in ${encoding}`]);
    }
  });

  it('says nothing of the diff of a UTF-8 file', () => {
    const result = dryRun('utf-8').checkBytes(task, encode(text, 'utf-8'), false);
    assert.ok(result.diff);
    assert.equal(result.notices, undefined);
  });
});
