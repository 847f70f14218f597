import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// Each case runs in a child process: lowering threads cannot be undone without privileges. The child
// reports the nice value of its own thread and of every other thread it has (/proc/<pid>/task/<tid>/stat).
const CHILD = `
const { readdirSync, readFileSync } = require('node:fs');
const { availableParallelism } = require('node:os');
const { lowerHelperThreads } = require(${JSON.stringify(join(__dirname, 'helper-priority.ts'))});
lowerHelperThreads(Number(process.argv[1]));
const nice = (id) => Number(readFileSync('/proc/self/task/' + id + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
const others = readdirSync('/proc/self/task').filter((id) => Number(id) !== process.pid);
console.log(JSON.stringify({ cores: availableParallelism(), own: nice(process.pid), others: others.map(nice) }));
`;

function niceValues(checkingThreads: number, pinToOneCore = false): { cores: number; own: number; others: number[] } {
  const node = [process.execPath, '--import', 'tsx', '-e', CHILD, String(checkingThreads)];
  const run = pinToOneCore ? spawnSync('taskset', ['--cpu-list', '0', ...node], { encoding: 'utf8' }) : spawnSync(node[0], node.slice(1), { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

describe('lowerHelperThreads', { skip: process.platform !== 'linux' && 'the nice value of a thread is Linux only' }, () => {
  it("lowers V8's helper threads below the checking thread when a core is left for them", () => {
    const { cores, own, others } = niceValues(1);
    assert.equal(own, 0);
    assert.ok(others.length > 0);
    assert.deepEqual(others, others.map(() => (cores > 1 ? 10 : 0)));
  });

  it('leaves them alone when every core checks', () => {
    const { cores, own, others } = niceValues(2);
    assert.equal(own, 0);
    assert.deepEqual(others, others.map(() => (cores > 2 ? 10 : 0)));
  });

  it('leaves them alone on one core, where they would starve', () => {
    const { cores, own, others } = niceValues(1, true);
    assert.equal(cores, 1);
    assert.equal(own, 0);
    assert.deepEqual(others, others.map(() => 0));
  });
});
