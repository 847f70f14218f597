import type { AnyRule } from '../rule';
import duplicateSentence from './duplicate-sentence';
import nearDuplicateSentence from './near-duplicate-sentence';
import strayPeriod from './stray-period';
import unbalancedQuotes from './unbalanced-quotes';
import unbalancedBrackets from './unbalanced-brackets';
import quoteStyle from './quote-style';
import arabicPunctuation from './arabic-punctuation';
import punctuationSpacing from './punctuation-spacing';
import repeatedPunctuation from './repeated-punctuation';
import repeatedWord from './repeated-word';
import hamza from './hamza';
import spellingConsistency from './spelling-consistency';
import mixedDigits from './mixed-digits';
import tatweel from './tatweel';
import invisibleCharacters from './invisible-characters';
import persianLetters from './persian-letters';
import longSentence from './long-sentence';
import colonBeforeQuote from './colon-before-quote';
import nameConsistency from './name-consistency';

/** Every rule, in the order findings of equal position are listed. */
export const rules: readonly AnyRule[] = [
  duplicateSentence,
  nearDuplicateSentence,
  strayPeriod,
  unbalancedQuotes,
  unbalancedBrackets,
  quoteStyle,
  arabicPunctuation,
  punctuationSpacing,
  repeatedPunctuation,
  repeatedWord,
  hamza,
  spellingConsistency,
  mixedDigits,
  tatweel,
  invisibleCharacters,
  persianLetters,
  longSentence,
  colonBeforeQuote,
  nameConsistency,
];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(rules.map((rule) => [rule.id, rule]));
