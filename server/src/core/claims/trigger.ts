// The quick test that lets most sentences skip the claim recogniser. A claim
// needs a digit, a currency or percent sign, or a word that can anchor one (see
// triggerWords.ts). Most anchor words, and years and codes written in digits,
// state a claim only beside a partner word, so "the two countries", "in 2014,"
// and "the G20" are settled here, without cutting the sentence into tokens.
// Regexes find the candidate words (the engine searches far faster than a loop
// in script); each is then cut out as the tokenizer cuts words and looked up
// whole. Tests check that the quick test never hides a claim the recogniser finds.

import { isHyphenCode, isLetterCode, lowerWord, wordEnd } from './tokens';
import {
  ANCHOR_WORDS, COUNTED_FRACTIONS, LONE_FRACTION, NEEDS_PARTNER, PARTNER_SHIFT, PARTNER_WORDS, SET_ASIDE_NUMBER, SMALL_NUMBER,
  SMALL_NUMBERS, TRIGGER_ALONE, TRIGGER_ROLES,
} from './triggerWords';
import { CURRENCY_SYMBOLS, NUMBER_WORDS } from './vocabulary';

/** Whitespace as the tokenizer reads it (`isSpaceCode`), which also counts the zero-width space. */
const GAP = '[\\s\\u200b]+';

function oneOf(words: Iterable<string>): string {
  return `(?:${[...words].join('|')})`;
}

const TRIGGER = {
  // One class of the characters, split: the engine searches an ASCII class far faster than
  // one mixed with scattered wide characters, which a coarse range test mostly rules out.
  // `\b` sees no word start after "_" ("_doubled"), so a sentence with one is read whole.
  ascii: /[$%0-9_]/,
  signs: /[$%_]/,
  digitRuns: /\d+/g,
  // Also "K" (Kelvin), which lower-cases to "k" but which the word regexes, without the `u` flag,
  // do not match: a sentence with one is read whole. Also what `unusual` looks for.
  wideRange: /[\u00a3\u00a5\u00b0\u00b5\u0e3f\u2030\u20a6-\u20bd\u212a\u3007\u3400-\u9fff\uf900-\ufaff\uff05\uff10-\uff19]/,
  // Full-width percent and digits; in Chinese the Han numerals and the characters of ranks and doubling.
  wide: new RegExp(`[‰％０-９一二两兩三四五六七八九十第前最首翻\u212a${[...CURRENCY_SYMBOLS].filter((c) => c !== '$').join('')}]`),
  // Anchor words, whole ("ten", not "often" or "tension"); each found is then read as the tokenizer cuts it.
  anchors: new RegExp(`\\b${wholeWordAlternation(ANCHOR_WORDS)}`, 'gi'),
  partners: new RegExp(`\\b${wholeWordAlternation(PARTNER_WORDS)}`, 'gi'),
  // Han, read by the Chinese recogniser, and partner words outside ASCII, where `\b` sees no word start ("µg", "°C").
  unusual: /[\u00b0\u00b5\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/,
  // "one in three", "two people out of five", "nine of the ten": a small number, its unit (at most
  // four tokens: "jobless people a year"), then "of", "out of" or "in" right before another (see `proportion`).
  proportion: new RegExp(`\\b${oneOf(SMALL_NUMBERS)}(?:${GAP}[^\\s\\u200b]+){0,4}?${GAP}(?:out${GAP})?(?:of|in)${GAP}(?:the${GAP})?${oneOf(SMALL_NUMBERS)}`, 'i'),
  // "a third of", "two-thirds", "one quarter": a count right before the fraction word (see `fractionAt`).
  countedFraction: new RegExp(`\\b${oneOf(['a', 'one', ...NUMBER_WORDS.keys()])}(?:${GAP}|[-\\u2010-\\u2014\\u2212])${oneOf(COUNTED_FRACTIONS)}`, 'i'),
};

/** The sentence may hold a claim: `readClaims` finds none in a sentence this returns false for. */
export function mayHoldClaim(sentence: string): boolean {
  const t = TRIGGER;
  // Which kinds of partner-needing word the sentence has.
  let needs = 0;
  if (t.ascii.test(sentence)) {
    if (!onlySetAsideNumbers(sentence)) return true;
    needs = SET_ASIDE_NUMBER;
  }
  // Most sentences are ASCII: one coarse range test rules out both the wide triggers and `unusual`.
  const wideAtAll = t.wideRange.test(sentence);
  if (wideAtAll && t.wide.test(sentence)) return true;
  let smallNumbers = 0;
  t.anchors.lastIndex = 0;
  for (let found = t.anchors.exec(sentence); found; found = t.anchors.exec(sentence)) {
    const role = roleOfWordAt(sentence, found.index);
    if (role & TRIGGER_ALONE) return true;
    needs |= role & NEEDS_PARTNER;
    if (role & SMALL_NUMBER) smallNumbers++;
  }
  if (needs === 0) return false;
  if (smallNumbers >= 2 && t.proportion.test(sentence)) return true;
  if (needs & LONE_FRACTION && t.countedFraction.test(sentence)) return true;
  // A Chinese sentence is read by its own recogniser, which this test does not model.
  if (wideAtAll && t.unusual.test(sentence)) return true;
  t.partners.lastIndex = 0;
  for (let found = t.partners.exec(sentence); found; found = t.partners.exec(sentence)) {
    if ((roleOfWordAt(sentence, found.index) >> PARTNER_SHIFT) & needs) return true;
  }
  return false;
}

/**
 * Every digit in the sentence stands in a number that `classify` sets aside:
 * a year (four digits from 1000 to 2100: "in 2014,", "1945–1950") or a code
 * glued after letters ("G20", "COVID-19"). Neither may have a letter glued after
 * it ("2014th", "1990s", "2014°C", "G20th") nor a hyphen and a word ("a 2014-fold
 * rise"), and the sentence holds no `$`, `%` or `_`. Such a number is part of a
 * claim only beside a unit, a currency or "times", which the partner words cover.
 */
function onlySetAsideNumbers(sentence: string): boolean {
  const t = TRIGGER;
  if (t.signs.test(sentence)) return false;
  t.digitRuns.lastIndex = 0;
  for (let run = t.digitRuns.exec(sentence); run; run = t.digitRuns.exec(sentence)) {
    const start = run.index;
    const end = start + run[0].length;
    if (!isBareYear(run[0]) && !gluedAfterLetters(sentence, start)) return false;
    if (end < sentence.length && isLetterCode(sentence, end, sentence.charCodeAt(end))) return false;
    if (end + 1 < sentence.length && isHyphenCode(sentence.charCodeAt(end)) && isLetterCode(sentence, end + 1, sentence.charCodeAt(end + 1))) {
      return false;
    }
  }
  return true;
}

function isBareYear(digits: string): boolean {
  if (digits.length !== 4) return false;
  const year = Number(digits);
  return year >= 1000 && year <= 2100;
}

/** "G20", "COVID-19": the digits stand right after a letter, or after a hyphen right after one (an em dash reads apart). */
function gluedAfterLetters(sentence: string, start: number): boolean {
  if (start === 0) return false;
  const before = sentence.charCodeAt(start - 1);
  if (isLetterCode(sentence, start - 1, before)) return true;
  return start >= 2 && isHyphenCode(before) && before !== 0x2014 && isLetterCode(sentence, start - 2, sentence.charCodeAt(start - 2));
}

/** The roles of the word that starts at `start`, cut as the tokenizer cuts it: "tens" is not "ten". */
function roleOfWordAt(sentence: string, start: number): number {
  const word = sentence.slice(start, wordEnd(sentence, start));
  // Most words found are written in lower case already, as the list has them.
  return TRIGGER_ROLES.get(word) ?? TRIGGER_ROLES.get(lowerWord(word)) ?? 0;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  isWord: boolean;
}

/**
 * A regex source that matches any of `words` whole, written as a tree of shared
 * prefixes (`t(?:wo|hree|en(?:th)?)`): the same matches as `(?:two|three|ten|tenth)`
 * followed by `(?![a-z])`, but the regex engine reads each letter once instead of
 * trying every word in turn. A word is cut before its first character that is not
 * an ASCII letter: "world's" is found as "world", so "world’s" is too, and the word
 * read whole then decides.
 */
function wholeWordAlternation(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), isWord: false };
  for (const word of words) {
    const letters = /^[a-z]*/.exec(word.toLowerCase())?.[0] ?? '';
    if (letters === '') continue; // "°c", "µg": found by `wideLetterPartner`
    let node = root;
    for (const ch of letters) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), isWord: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.isWord = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => ch + source(child));
    if (branches.length === 0) return '';
    const alternatives = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!node.isWord) return alternatives;
    return branches.length === 1 && branches[0].length === 1 ? `${alternatives}?` : `(?:${alternatives})?`;
  };
  // A word ends where no ASCII letter follows: every word the tokenizer cuts ends so.
  return `${source(root)}(?![a-z])`;
}
