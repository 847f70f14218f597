import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generatedFiles, RULE_DOCS_DIR } from '../../../scripts/generate-docs';

// The rule pages and the config schema are generated from the rule metadata and committed. When a rule
// changes, regenerate them with `npm run docs` and commit the result.

const root = join(__dirname, '..', '..', '..');
const REGENERATE = 'stale: run `npm run docs` and commit the result';

describe('generated files', () => {
  const files = generatedFiles();
  for (const [path, content] of files) {
    it(`${path} is up to date`, () => {
      const file = join(root, path);
      assert.ok(existsSync(file), `${path} is missing: run \`npm run docs\``);
      assert.ok(readFileSync(file, 'utf8') === content, `${path} is ${REGENERATE}`);
    });
  }
  it(`${RULE_DOCS_DIR} holds no page for a rule that does not exist`, () => {
    const extra = readdirSync(join(root, RULE_DOCS_DIR)).filter((name) => name.endsWith('.md') && !files.has(`${RULE_DOCS_DIR}/${name}`));
    assert.deepEqual(extra, [], REGENERATE);
  });
});
