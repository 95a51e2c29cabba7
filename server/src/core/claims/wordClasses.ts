// Which vocabulary lists a word belongs to, as bits looked up once per word
// token: the recogniser asks many lists about every word of a sentence, and one
// lookup with a bit test per question is far cheaper than a set lookup each time.

import {
  CURRENCY_CODES, DOLLAR_PREFIXES, HYPOTHETICAL_WORDS, MULTIPLE_VERBS, NUMBER_WORDS, ORDINAL_WORDS, RANK_VERBS,
  SUPERLATIVES, VAGUE_MAGNITUDES,
} from './vocabulary';

export const NUMBER_WORD = 1 << 0;
export const ORDINAL_WORD = 1 << 1;
export const SUPERLATIVE = 1 << 3;
export const RANK_VERB = 1 << 4;
export const MULTIPLE_VERB = 1 << 5;
export const HYPOTHETICAL_WORD = 1 << 6;
export const DOLLAR_PREFIX = 1 << 7;
export const CURRENCY_CODE = 1 << 8;
export const VAGUE_MAGNITUDE = 1 << 9;
/** "a", "an": may open a spelled quantity ("a million", "a hundred"). */
export const ARTICLE = 1 << 10;
/** Other words a word claim may start at: "top five", "record low", "all-time", "fell by half", "three times", "twice as". */
export const WORD_CLAIM_ANCHOR = 1 << 11;

/** "consider", "example", "instance": the words a worked example is recognised by (see `isIllustration`). */
export const ILLUSTRATION_ANCHOR = 1 << 12;

/** A word in none of these classes starts no quantity (see `readQuantity`). */
export const QUANTITY_START = DOLLAR_PREFIX | CURRENCY_CODE | VAGUE_MAGNITUDE | NUMBER_WORD | ARTICLE;
/** A word in none of these classes starts no word claim (see `findWordClaims`). */
export const WORD_CLAIM_START = ORDINAL_WORD | SUPERLATIVE | RANK_VERB | MULTIPLE_VERB | NUMBER_WORD | ARTICLE | WORD_CLAIM_ANCHOR;

const CLASSES: [Iterable<string>, number][] = [
  [NUMBER_WORDS.keys(), NUMBER_WORD],
  [ORDINAL_WORDS, ORDINAL_WORD],
  [SUPERLATIVES, SUPERLATIVE],
  [RANK_VERBS, RANK_VERB],
  [MULTIPLE_VERBS, MULTIPLE_VERB],
  [HYPOTHETICAL_WORDS, HYPOTHETICAL_WORD],
  [DOLLAR_PREFIXES, DOLLAR_PREFIX],
  [CURRENCY_CODES, CURRENCY_CODE],
  [VAGUE_MAGNITUDES, VAGUE_MAGNITUDE],
  [['a', 'an'], ARTICLE],
  [['top', 'record', 'all', 'by', 'in', 'times', 'twice', 'half', 'one'], WORD_CLAIM_ANCHOR],
  [['consider', 'example', 'instance'], ILLUSTRATION_ANCHOR],
];

const WORD_CLASSES = new Map<string, number>();
for (const [words, bit] of CLASSES) for (const word of words) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | bit);

/** One step of the hash the tokenizer takes of a word's lower-case form as it reads it. */
export function wordHashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = wordHashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * A filter over word hashes: a clear bit means no listed word has that hash, so
 * most words are settled without a map lookup (which would hash the string again).
 */
const FILTER_MASK = 4095;
const FILTER = new Uint8Array(FILTER_MASK + 1);
for (const word of WORD_CLASSES.keys()) FILTER[hashOf(word) & FILTER_MASK] = 1;

/** The classes of a lower-cased word (whose `hashOf` may be passed in): 0 for the many words in none of the lists. */
export function wordClassesOf(lower: string, hash = hashOf(lower)): number {
  return FILTER[hash & FILTER_MASK] === 0 ? 0 : (WORD_CLASSES.get(lower) ?? 0);
}
