// Claims written mostly in words: rankings ("top five trading partners", "the
// world's seventh-largest stock exchange", "Russia's first trade partner",
// "record-low inventories"), fractions ("two-thirds of", "half of"), multiples
// ("doubled", "three times as many"). Each pattern looks a few tokens around one
// anchor word, so the scan is linear.

import { qualifierStart } from './context';
import type { Candidate } from './ranges';
import type { Token } from './tokens';
import {
  CHANGE_WORDS, FRACTION_WORDS, FUNCTION_WORDS, NUMBER_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, PERIOD_NOUNS, RANKED_ROLES,
  TIMES_COMPARATIVES,
} from './vocabulary';
import { MULTIPLE_VERB, NUMBER_WORD, ORDINAL_WORD, RANK_VERB, SUPERLATIVE, WORD_CLAIM_START } from './wordClasses';

const word = (t: Token | undefined): string => (t && t.type === 'word' ? t.lower : '');
/** `t` is a word in the lists of `classes` (a set lookup of `word(t)`, done once in the tokenizer). */
const isIn = (t: Token | undefined, classes: number): boolean => !!t && t.type === 'word' && (t.classes & classes) !== 0;
const glued = (tokens: Token[], i: number): boolean => i < tokens.length && !tokens[i].spaced;

/** Index of the token after an ordinal at `i` ("seventh", "2nd"), or -1. */
function afterOrdinal(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.type === 'word' && t.classes & ORDINAL_WORD) return i + 1;
  if (t.type === 'number' && ORDINAL_SUFFIXES.has(word(tokens[i + 1])) && glued(tokens, i + 1)) return i + 2;
  return -1;
}

/** Skips a hyphen glued between two words ("seventh-largest", "record-low"). */
function skipHyphen(tokens: Token[], i: number): number {
  return tokens[i]?.lower === '-' && glued(tokens, i) && glued(tokens, i + 1) ? i + 1 : i;
}

/** Extends over up to `max` lower-case content words: "stock exchange", "trading partners". */
function extendOverNouns(tokens: Token[], last: number, max: number): number {
  let k = last;
  for (let steps = 0; steps < max; steps++) {
    const t = tokens[k + 1];
    if (!t || t.type !== 'word' || FUNCTION_WORDS.has(t.lower) || t.text[0] !== t.text[0].toLowerCase()) break;
    k++;
  }
  return k;
}

function isNumberLike(t: Token | undefined): boolean {
  return !!t && (t.type === 'number' || (t.type === 'word' && NUMBER_WORDS.has(t.lower)));
}

export function findWordClaims(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (first: number, last: number, kind: Candidate['kind']) => out.push({ first, last, kind, numeric: false });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'number') continue;
    // Most words are in no list a word claim starts with: none of the patterns below would match.
    if (t.type === 'word' && (t.classes & WORD_CLAIM_START) === 0) continue;
    const w = t.lower;

    const rank = rankAt(tokens, i);
    if (rank) {
      add(rank.first, rank.last, 'rank');
      i = rank.last;
      continue;
    }
    if (t.type !== 'word') continue;

    if (t.classes & MULTIPLE_VERB) {
      add(i, i, 'change');
      continue;
    }
    // "fell by half", "cut in half", "fell by a third", "rose by two-thirds"
    if ((w === 'by' || w === 'in') && CHANGE_WORDS.has(word(tokens[i - 1]))) {
      const share = shareAfter(tokens, i + 1);
      if (share > 0) {
        add(i, share, 'change');
        i = share;
        continue;
      }
    }
    // "three times as many", "2.5 times higher", "twice as large"
    if (w === 'times' && isNumberLike(tokens[i - 1]) && TIMES_COMPARATIVES.has(word(tokens[i + 1]))) {
      add(i - 1, i + 1, 'other');
      continue;
    }
    if (w === 'twice' && (word(tokens[i + 1]) === 'as' || word(tokens[i + 1]) === 'the')) {
      add(i, i + 1, 'other');
      continue;
    }
    const fraction = fractionAt(tokens, i);
    if (fraction) {
      add(fraction.first, fraction.last, 'other');
      i = fraction.last;
    }
  }
  return out;
}

interface Stretch {
  first: number;
  last: number;
}

function rankAt(tokens: Token[], i: number): Stretch | null {
  const w = word(tokens[i]);
  // "seventh-largest stock exchange", "second-highest percentage", "second and third most widely spoken languages"
  const ordinalEnd = afterOrdinal(tokens, i);
  if (ordinalEnd > 0) {
    let k = skipHyphen(tokens, ordinalEnd);
    const link = word(tokens[k]);
    if ((link === 'and' || link === 'or' || tokens[k]?.lower === ',') && afterOrdinal(tokens, k + 1) > 0) {
      k = skipHyphen(tokens, afterOrdinal(tokens, k + 1));
    }
    const next = word(tokens[k]);
    if (isIn(tokens[k], SUPERLATIVE)) return { first: i, last: extendOverNouns(tokens, k, 2) };
    if (next === 'most' || next === 'least') return { first: i, last: extendOverNouns(tokens, k, 3) };
  }
  // "top five trading partners", "top-10 economies"
  if (w === 'top') {
    const k = skipHyphen(tokens, i + 1);
    if (isNumberLike(tokens[k]) && !(tokens[k].type === 'number' && tokens[k].intDigits === 4)) {
      return { first: i, last: extendOverNouns(tokens, k, 2) };
    }
  }
  // "record-low vehicle inventories", "a record high", "all-time low"
  if (w === 'record' || (w === 'all' && word(tokens[skipHyphen(tokens, i + 1)]) === 'time')) {
    const k = skipHyphen(tokens, w === 'record' ? i + 1 : skipHyphen(tokens, i + 1) + 1);
    const level = word(tokens[k]);
    if (level === 'high' || level === 'low' || level === 'highs' || level === 'lows' || level === 'levels' || level === 'level' || level === 'highest' || level === 'lowest') {
      return { first: i, last: extendOverNouns(tokens, k, 2) };
    }
  }
  // "ranked highest", "ranks third", "ranked as the second-largest"
  if (isIn(tokens[i], RANK_VERB)) {
    let k = i + 1;
    if (word(tokens[k]) === 'as') k++;
    if (word(tokens[k]) === 'the') k++;
    const next = tokens[k];
    if (next && (isIn(next, SUPERLATIVE) || afterOrdinal(tokens, k) > 0 || word(next) === 'top' || word(next) === 'no' || word(next) === 'number')) {
      const inner = afterOrdinal(tokens, k) > 0 ? rankAt(tokens, k) : null;
      const end = inner ? inner.last : afterOrdinal(tokens, k) > 0 ? afterOrdinal(tokens, k) - 1 : k;
      return { first: i, last: end };
    }
  }
  const superlative = isIn(tokens[i], SUPERLATIVE);
  if (superlative || isIn(tokens[i], ORDINAL_WORD)) {
    // "the lowest level since 1961", "the highest on record"
    if (superlative) {
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const next = word(tokens[k]);
        if (next === 'since') return { first: i, last: tokens[k + 1]?.type === 'number' ? k + 1 : k };
        if (next === 'ever' || (next === 'on' && word(tokens[k + 1]) === 'record')) return { first: i, last: next === 'on' ? k + 1 : k };
        if (!next || FUNCTION_WORDS.has(next)) break;
      }
    }
    const before = tokens[i - 1];
    const owner = word(before);
    // "the world's largest …": the comparison is global, so it is a ranking whatever follows.
    if (superlative && (owner === "world's" || owner === "globe's" || owner === "planet's")) {
      return { first: i - 1, last: extendOverNouns(tokens, i, 2) };
    }
    // "the largest exporter", "Russia's first trade partner", "China's largest trading partner"
    const possessive = owner.endsWith("'s") || owner === 'its' || owner === 'their';
    if (possessive || owner === 'the') {
      for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
        const t = tokens[k];
        if (t.type !== 'word' || FUNCTION_WORDS.has(t.lower)) break;
        if (RANKED_ROLES.has(t.lower)) {
          if (t.lower.startsWith('partner') && k === i + 1) break; // "the first partner" alone names an order
          return { first: possessive && owner.endsWith("'s") ? i - 1 : i, last: k };
        }
      }
    }
  }
  return null;
}

/** Index of the fraction word in "half", "a third", "two-thirds", "one quarter" starting at `i`, or -1. */
function shareAfter(tokens: Token[], i: number): number {
  const w = word(tokens[i]);
  if (w === 'half') return i;
  if (w !== 'a' && w !== 'one' && !NUMBER_WORDS.has(w)) return -1;
  const k = skipHyphen(tokens, i + 1);
  return FRACTION_WORDS.has(word(tokens[k])) ? k : -1;
}

/** "two-thirds of GDP", "three quarters of", "a fifth of", "half of the population", "one-third". */
function fractionAt(tokens: Token[], i: number): Stretch | null {
  const w = word(tokens[i]);
  let first = -1;
  let fractionAtIndex = -1;
  // "half of", and "nearly half" without "of"
  if (w === 'half' && (word(tokens[i + 1]) === 'of' || qualifierStart(tokens, i) < i)) {
    first = i;
    fractionAtIndex = i;
  } else if ((isIn(tokens[i], NUMBER_WORD) || w === 'a' || w === 'one') && w !== 'zero') {
    const k = skipHyphen(tokens, i + 1);
    if (FRACTION_WORDS.has(word(tokens[k])) && word(tokens[k]) !== 'half' && word(tokens[k + 1]) === 'of') {
      // "a third of" needs the article; "two second of" is not a fraction.
      if (w === 'a' && word(tokens[k]).endsWith('s')) return null;
      if (w !== 'a' && w !== 'one' && !word(tokens[k]).endsWith('s') && k === i + 1) return null;
      first = i;
      fractionAtIndex = k;
    }
  }
  if (first < 0) return null;
  // "the second half of 2023", "the first three quarters of 2023": periods, not shares.
  const before = word(tokens[first - 1]);
  if (ORDINAL_WORDS.has(before) || before === 'last' || before === 'final' || before === 'latter' || before === 'former' || before === 'past' || before === 'next') return null;
  const ofAt = fractionAtIndex + 1;
  if (word(tokens[ofAt]) !== 'of') return { first, last: fractionAtIndex };
  let k = ofAt + 1;
  const det = word(tokens[k]);
  if (det === 'the' || det === 'a' || det === 'this' || det === 'last' || det === 'next' || det === 'that') k++;
  const object = tokens[k];
  if (!object) return null;
  if (object.type === 'number' && object.intDigits === 4 && !object.grouped) return null;
  if (PERIOD_NOUNS.has(word(object))) return null;
  let last = ofAt;
  if (object.type === 'word' && !FUNCTION_WORDS.has(object.lower) && k === ofAt + 1) last = k;
  return { first, last };
}
