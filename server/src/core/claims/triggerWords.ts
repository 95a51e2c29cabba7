// The words the quick trigger test (trigger.ts) reads a sentence by, and the
// role each plays there. A claim written without a digit, currency or percent
// sign is anchored on one of these words, and most of them state one only beside
// a partner word: "two" needs a unit, a magnitude or a percent; "second" a
// superlative or a ranked role. Each partner list below is what the recogniser
// reads beside that kind of word; tests hold the two in step.

import {
  AGE_WORDS, CURRENCY_CODES, CURRENCY_NAMES, FRACTION_WORDS, MAGNITUDES, MEASURE_UNITS, MULTIPLE_VERBS, NUMBER_WORDS, ORDINAL_WORDS,
  PERCENT_WORDS, RANK_VERBS, RANKED_ROLES, SUPERLATIVES, VAGUE_MAGNITUDES,
} from './vocabulary';

/** "two": a claim only with a unit, magnitude, currency, percent, age or "times", or in a proportion ("one in three", see trigger.ts). */
export const SMALL_NUMBER = 1 << 0;
/** "second": a claim only with a superlative, "most"/"least" or a ranked role ("the first trade partner"). */
export const LONE_ORDINAL = 1 << 1;
/** "largest": a claim only with an ordinal, "since"/"ever", "world's" or a ranked role. */
export const LONE_SUPERLATIVE = 1 << 2;
/** "top": a claim only with a number word ("top five"). */
export const LONE_TOP = 1 << 3;
/** "third", "quarters": a share only after a count ("a third of", "two-thirds"), and as an ordinal like "second". */
export const LONE_FRACTION = 1 << 4;
/**
 * "2014", "G20", "COVID-19": a year, or a code glued to letters, written in digits. `classify`
 * sets it aside, so it is part of a claim only beside a unit, a currency or "times" (see trigger.ts).
 */
export const SET_ASIDE_NUMBER = 1 << 5;
/** A word that may state a claim on its own: "twenty", "doubled", "thousands", "half", "ranked". */
export const TRIGGER_ALONE = 1 << 12;
/** Every kind of word that needs a partner. */
export const NEEDS_PARTNER = SMALL_NUMBER | LONE_ORDINAL | LONE_SUPERLATIVE | LONE_TOP | LONE_FRACTION | SET_ASIDE_NUMBER;
/** The partner bits sit six places above the kinds they complete. */
export const PARTNER_SHIFT = 6;
const partnerOf = (kind: number): number => kind << PARTNER_SHIFT;

export const SMALL_NUMBERS = [...NUMBER_WORDS].filter(([, value]) => value < 10).map(([word]) => word);
/** "half" states a share on its own ("nearly half", "half of"); the other fraction words need a count before them. */
export const COUNTED_FRACTIONS = [...FRACTION_WORDS].filter((word) => word !== 'half');
const largeNumbers = [...NUMBER_WORDS].filter(([, value]) => value >= 10).map(([word]) => word);

const ROLES: [Iterable<string>, number][] = [
  [largeNumbers, TRIGGER_ALONE],
  // "a million", "a mln": after an article only magnitudes of three letters or more are read.
  [[...MAGNITUDES.keys()].filter((word) => word.length > 2), TRIGGER_ALONE],
  [VAGUE_MAGNITUDES, TRIGGER_ALONE],
  [['half'], TRIGGER_ALONE],
  [RANK_VERBS, TRIGGER_ALONE],
  [MULTIPLE_VERBS, TRIGGER_ALONE],
  [['twice', 'record', 'time'], TRIGGER_ALONE],

  [SMALL_NUMBERS, SMALL_NUMBER],
  // What `readUnit` and `classify` make a claim of after a spelled number; a duration counts only with an age word.
  [
    [...MAGNITUDES.keys(), ...PERCENT_WORDS, 'per', 'percentage', 'basis', 'bps', 'bp', ...CURRENCY_NAMES, ...MEASURE_UNITS, ...AGE_WORDS, 'times'],
    partnerOf(SMALL_NUMBER) | partnerOf(SET_ASIDE_NUMBER),
  ],
  // After digits also index points ("lost 2014 points"), and before them a currency code ("USD 2014",
  // "USD20") or "top" ("top-20").
  [['point', 'points', 'pts', 'top', ...CURRENCY_CODES], partnerOf(SET_ASIDE_NUMBER)],

  [[...ORDINAL_WORDS].filter((word) => !FRACTION_WORDS.has(word)), LONE_ORDINAL],
  // "third" and "fifth" are ordinals too, and take an ordinal's partners; a count before one is read in trigger.ts.
  [COUNTED_FRACTIONS, LONE_FRACTION],
  [[...SUPERLATIVES, 'most', 'least', ...RANKED_ROLES], partnerOf(LONE_ORDINAL) | partnerOf(LONE_FRACTION)],

  [SUPERLATIVES, LONE_SUPERLATIVE],
  [[...ORDINAL_WORDS, 'since', 'ever', "world's", "globe's", "planet's", ...RANKED_ROLES], partnerOf(LONE_SUPERLATIVE)],

  [['top'], LONE_TOP],
  [NUMBER_WORDS.keys(), partnerOf(LONE_TOP)],
];

/** Each trigger or partner word with its roles, as bits. */
export const TRIGGER_ROLES = new Map<string, number>();
for (const [words, role] of ROLES) for (const word of words) TRIGGER_ROLES.set(word, (TRIGGER_ROLES.get(word) ?? 0) | role);

/** The words that may anchor a claim: on their own, or beside a partner. */
export const ANCHOR_WORDS = [...TRIGGER_ROLES].filter(([, role]) => role & (TRIGGER_ALONE | NEEDS_PARTNER)).map(([word]) => word);
/** The words that complete an anchor that needs a partner. */
export const PARTNER_WORDS = [...TRIGGER_ROLES].filter(([, role]) => role >> PARTNER_SHIFT & NEEDS_PARTNER).map(([word]) => word);
