import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from '../engine';
import { Checker } from './check-file';
import { takeWork } from './pool';
import type { FileResult } from './report';
import { mergeShares, RULE_SHARES, shareOf } from './rule-shares';

const byId = (id: string) => rules.find((rule) => rule.id === id)!;

describe('rule shares', () => {
  it('puts every rule in a share, and rules that share lazily computed work in the same one', () => {
    for (const rule of rules) assert.ok(shareOf(rule) >= 0 && shareOf(rule) < RULE_SHARES, rule.id);
    assert.equal(shareOf(byId('spelling-consistency')), shareOf(byId('name-consistency')), 'the names found');
    assert.equal(shareOf(byId('near-duplicate-sentence')), shareOf(byId('duplicate-sentence')), 'the sentence forms');
    for (let share = 0; share < RULE_SHARES; share++) assert.ok(rules.some((rule) => shareOf(rule) === share), `share ${share} has rules`);
  });

  it('merges the shares of a file into what one thread running every rule reports', () => {
    const text = [
      'قال الرئيس إيمانويل ماكرون إن المحادثات مستمرة.',
      'وأضاف ايمانويل ماكرون ان فرنسا ستشارك ، بما في ذلك في الدعم الانساني ,وغيره.',
      'وأضاف ايمانويل ماكرون ان فرنسا ستشارك ، بما في ذلك في الدعم الانساني ,وغيره.',
      '<!-- mudaqqiq-disable-next-line tatweel -- اقتباس كما ورد -->',
      'وكتب في الرسالة: «شكـــرا».',
    ].join('\n');
    const checker = new Checker({ fixMode: 'none', encoding: 'utf-8', defaultLocale: 'en', configs: {} });
    const task = { path: 'a.txt', displayPath: 'a.txt', configKey: '' };
    const bytes = Buffer.from(text);
    const merged = mergeShares(Array.from({ length: RULE_SHARES }, (_, share) => checker.checkBytes(task, bytes, false, share)));
    assert.deepEqual(merged, checker.checkBytes(task, bytes, false));
    const ruleIds = new Set(merged.messages.map((m) => m.ruleId));
    assert.ok(new Set([...ruleIds].map((id) => shareOf(byId(id)))).size === RULE_SHARES, `findings from every share: ${[...ruleIds]}`);
    assert.ok(merged.suppressed?.length, 'the silenced tatweel');
  });

  it("reports a file's failure once, without messages", () => {
    const failed: FileResult = { path: 'a.txt', messages: [], failure: 'cannot read it' };
    assert.deepEqual(mergeShares([{ path: 'a.txt', messages: [] }, failed]), failed);
  });
});

describe('takeWork', () => {
  it("takes the files of the thread's first share, then helps with the others, then stops", () => {
    const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const taken = [];
    for (let work = takeWork(counters, 3, 1); work; work = takeWork(counters, 3, 1)) taken.push(work);
    assert.deepEqual(taken, [0, 1, 2].map((index) => ({ index, share: 1 })).concat([0, 1, 2].map((index) => ({ index, share: 0 }))));
  });

  it('gives no share when the threads split the files, not the rules', () => {
    const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    assert.deepEqual(takeWork(counter, 1, 0), { index: 0, share: undefined });
    assert.equal(takeWork(counter, 1, 0), undefined);
  });
});
