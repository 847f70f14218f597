import type { AnyRule, ResolvedConfig } from '../engine';
import type { FileResult, Message } from './report';

// On a few cores and a CI-sized run, most of a thread's time goes on V8 warming the rules up: every thread
// compiles every rule it runs, again. Threads that split the rules between them, each checking every file
// for its share, compile each rule once; what they do twice is read and parse each file, a small part of
// the work. Past a few hundred megabytes the warm-up is paid off and splitting the files is faster again
// (see pool.ts).

/** How many shares the rules are split into. */
export const RULE_SHARES = 2;

/**
 * The share a rule belongs to, of about equal time on news copy: the rules that read words against the
 * name list and lexicons (names, spelling), which share the names found and what each word's record
 * keeps; and the rest, a little lighter, which read characters, punctuation, quotes and whole sentences.
 */
export function shareOf(rule: AnyRule): number {
  return rule.category === 'names' || rule.category === 'spelling' ? 0 : 1;
}

/** The configuration with only the rules of `share`. */
export function onlyShare(config: ResolvedConfig, share: number): ResolvedConfig {
  return { ...config, rules: config.rules.filter(({ rule }) => shareOf(rule) === share) };
}

/**
 * One file's result from the results of every share, as one thread running all the rules gives it: the
 * messages in the engine's order (by place, then rule), the file's own notices and problems once.
 */
export function mergeShares(results: readonly FileResult[]): FileResult {
  const failed = results.find((result) => result.failure !== undefined);
  if (failed) return failed;
  const merged: FileResult = { ...results[0], messages: inEngineOrder(results.flatMap((result) => result.messages)) };
  const suppressed = results.flatMap((result) => result.suppressed ?? []);
  if (suppressed.length > 0) merged.suppressed = inEngineOrder(suppressed);
  return merged;
}

/** Sorted as lint sorts findings; stable, so one rule's findings at one place keep their order. */
function inEngineOrder<T extends Message>(messages: T[]): T[] {
  return messages.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
}
