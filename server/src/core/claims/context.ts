// The words around a quantity: qualifiers that belong to its span ("over",
// "more than"), verbs that make it a change ("rose", "fell by"), and the words
// that make it a policy target ("toward 2 percent", "the 2 percent inflation goal").
// Every check looks a fixed number of tokens away.

import type { Token } from './tokens';
import {
  CHANGE_WORDS, INTENT_WORDS, QUALIFIER_PAIRS, QUALIFIERS, TARGET_GAP_WORDS, TARGET_LEAD_GAP_WORDS, TARGET_LEAD_WORDS,
  TARGET_NOUNS,
} from './vocabulary';

/** Index of the first token of a qualifier standing right before `first`, or `first` when none does. */
export function qualifierStart(tokens: Token[], first: number): number {
  const prev = tokens[first - 1];
  if (!prev || prev.type !== 'word') return first;
  const pair = QUALIFIER_PAIRS.get(prev.lower);
  const before = tokens[first - 2];
  if (pair && before && before.type === 'word' && pair.has(before.lower)) {
    // "just over", "well above": a third word never belongs.
    return first - 2;
  }
  if (QUALIFIERS.has(prev.lower)) return first - 1;
  return first;
}

/** Words that may stand between a change verb and its amount: "increased on average by 2.5%". */
const CHANGE_GAP_WORDS = new Set(['by', 'to', 'on', 'average', 'an', 'a', 'of', 'some', 'from']);

/** "rose 0.4 percent", "increased on average by 7.3%", "fell to around 4 percent", "down from 8.3%". */
export function followsChangeWord(tokens: Token[], first: number): boolean {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (CHANGE_WORDS.has(t.lower)) return !isPhrasalUpDown(tokens, k);
    if (!CHANGE_GAP_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** "made up 17.5%", "sums up": "up"/"down" after these verbs is no change. */
const PHRASAL_VERBS = new Set(['made', 'make', 'makes', 'making', 'sum', 'sums', 'summed', 'broken', 'break', 'breaks', 'set']);
function isPhrasalUpDown(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  return (w === 'up' || w === 'down') && PHRASAL_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * A figure stated as a goal rather than measured: "toward 2 percent inflation",
 * "achieving a sustainable level of 2 percent", "the 2 percent inflation goal",
 * "PCE inflation of 2 percent is our goal", "on a path to 2 percent".
 */
export function isPolicyTarget(tokens: Token[], first: number, last: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 5 && tokens[k].type === 'word' && TARGET_LEAD_GAP_WORDS.has(tokens[k].lower); steps++) k--;
  if (k >= 0 && tokens[k].type === 'word' && TARGET_LEAD_WORDS.has(tokens[k].lower)) return true;
  if (followsIntent(tokens, first)) return true;
  k = last + 1;
  for (let steps = 0; k < tokens.length && steps < 4 && isTargetGap(tokens[k]); steps++) k++;
  const noun = tokens[k];
  return !!noun && noun.type === 'word' && TARGET_NOUNS.has(noun.lower);
}

/** An intent verb up to eight words back, with no punctuation between: "aims to limit warming to 1.5 degrees". */
function followsIntent(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (INTENT_WORDS.has(t.lower)) return tokens[k + 1]?.lower === 'to';
  }
  return false;
}

function isTargetGap(t: Token): boolean {
  if (t.type === 'word') return TARGET_GAP_WORDS.has(t.lower) || t.lower.endsWith("'s");
  // "the FOMC's (FOMC) 2 percent goal" never has brackets after the figure, but a hyphen may: "2-percent-inflation goal".
  return t.lower === '-';
}
