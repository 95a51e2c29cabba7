// Reads one numeric phrase at a time from the token stream: an optional currency,
// a number (digits or words), an optional magnitude and the unit or noun after it.
// Every reader looks a bounded number of tokens ahead and the caller moves past
// what was read, so reading a whole sentence is linear.

import type { Token } from './tokens';
import { CURRENCY_CODE, DOLLAR_PREFIX, NUMBER_WORD, QUANTITY_START, VAGUE_MAGNITUDE } from './wordClasses';
import {
  CURRENCY_LETTER_MAGNITUDES, CURRENCY_NAMES, FUNCTION_WORDS, IRREGULAR_PLURALS,
  MAGNITUDES, MEASURE_UNITS, NUMBER_WORDS, ORDINAL_SUFFIXES, PERCENT_WORDS, RATE_PERIODS, TIME_UNITS, UNIT_PREFIXES,
  VAGUE_MAGNITUDES,
} from './vocabulary';

/** What follows the number and says what it counts. */
export type QuantityUnit =
  | 'percent' // 38%, 38 percent, 38 per cent
  | 'points' // percentage points
  | 'indexPoints' // "the index lost 500 points"; "a plan with 10 points" is no statistic
  | 'basisPoints' // 500 basis points, 25-basis-point
  | 'measure' // 4,300 kilometers, 5 GW
  | 'time' // 6 months, 36.9 years
  | 'multiple' // 3-fold
  | 'rate' // 45 per 1,000 live births
  | 'noun' // 216,000 jobs, 150 languages
  | 'none';

/**
 * Why a number, whatever follows it, is not a quantity: it names, dates,
 * numbers or describes something instead of measuring it.
 */
export type NotAQuantity =
  | 'ordinal' // 2nd, 119th
  | 'decade' // 1990s
  | 'code' // G20, R48916, COVID-19, 9-1-1, 1.2.3, 052D
  | 'clock' // 10:30, 3 pm
  | 'adjective' // 10-year, 3- and 6-month, 200-page
  | null;

export interface Quantity {
  /** Token index where the phrase starts (currency or number). */
  first: number;
  /** Token index of the phrase's last token (inclusive). */
  last: number;
  /** Token index of the number itself (the first number word for spelled-out numbers). */
  number: number;
  value: number;
  spelled: boolean;
  currency: boolean;
  magnitude: boolean;
  /** "hundreds of thousands", "millions of": a count without a number. */
  vague: boolean;
  unit: QuantityUnit;
  notAQuantity: NotAQuantity;
}

const at = (tokens: Token[], i: number): Token | undefined => tokens[i];
const glued = (tokens: Token[], i: number): boolean => i < tokens.length && !tokens[i].spaced;
const isHyphen = (t: Token | undefined): boolean => !!t && t.type === 'punct' && t.lower === '-';

/** A lower-case noun in the plural: the thing a number counts ("jobs", "people"). */
export function isCountNoun(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !t.spaced) return false;
  const first = t.text[0];
  if (first !== first.toLowerCase()) return false;
  if (FUNCTION_WORDS.has(t.lower)) return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  return t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith("'s");
}

/** Reads the quantity that starts at token `i`, or returns null when none starts there. */
export function readQuantity(tokens: Token[], i: number): Quantity | null {
  const t = tokens[i];
  // Most words are in no list a quantity starts with: nothing below would read one.
  if (t.type === 'word' && (t.classes & QUANTITY_START) === 0) return null;
  let j = i;
  let currency = false;
  if (t.type === 'word' && t.classes & DOLLAR_PREFIX && at(tokens, i + 1)?.lower === '$' && glued(tokens, i + 1)) {
    currency = true;
    j = i + 2;
  } else if (t.type === 'currency') {
    currency = true;
    j = i + 1;
  } else if (t.type === 'word' && t.classes & CURRENCY_CODE && at(tokens, i + 1)?.type === 'number') {
    currency = true;
    j = i + 1;
  }
  const n = tokens[j];
  if (!n) return null;
  if (n.type === 'number') return readDigits(tokens, i, j, currency);
  if (n.type === 'word') return readSpelled(tokens, i, j, currency);
  return null;
}

function blank(first: number, number: number, value: number, currency: boolean): Quantity {
  return {
    first, last: number, number, value, spelled: false, currency, magnitude: false, vague: false,
    unit: 'none', notAQuantity: null,
  };
}

function readDigits(tokens: Token[], first: number, j: number, currency: boolean): Quantity {
  const num = tokens[j];
  const q = blank(first, j, num.value, currency);
  if (num.dotted) {
    q.notAQuantity = 'code';
    return q;
  }
  // Letters glued after the digits: "1.2tn", "5GW", "2nd", "1990s", "052D".
  const next = at(tokens, j + 1);
  if (next && next.type === 'word' && glued(tokens, j + 1)) {
    q.last = j + 1;
    const suffix = next.lower;
    if (ORDINAL_SUFFIXES.has(suffix) && !num.decimal) q.notAQuantity = 'ordinal';
    else if (suffix === 's' && !num.decimal) q.notAQuantity = 'decade';
    else if (suffix === 'am' || suffix === 'pm') q.notAQuantity = 'clock';
    else if (PERCENT_WORDS.has(suffix)) q.unit = 'percent'; // "3.5pc"
    else if (suffix === 'x') q.unit = 'multiple'; // "grew 3x"
    else if (MAGNITUDES.has(suffix) || (currency && CURRENCY_LETTER_MAGNITUDES.has(suffix))) {
      q.magnitude = true;
      return readUnit(tokens, q);
    } else if (MEASURE_UNITS.has(suffix)) q.unit = 'measure';
    else if (suffix === 'm' || suffix === 't') q.unit = 'measure'; // "400m" metres, "5t" tonnes (no currency before)
    else q.notAQuantity = 'code';
    return q;
  }
  if (isHyphen(next) && glued(tokens, j + 1)) {
    const after = at(tokens, j + 2);
    // "9-1-1", "2007-2009", "3-5 percent": a chain of numbers, read whole so it is not re-read.
    if (after && after.type === 'number' && glued(tokens, j + 2)) return readNumberChain(tokens, q);
    // "10-year", "25-basis-point", "4,300-kilometer", "3-fold": the number modifies what follows.
    if (after && after.type === 'word' && glued(tokens, j + 2)) return readCompound(tokens, q, j + 2);
    // "3- and 6-month measures": a suspended compound.
    q.last = j + 1;
    q.notAQuantity = 'adjective';
    return q;
  }
  // "9/11", "4/15/2023", "24/7": dates and codes; "1/3 of" is a share.
  if (next && next.lower === '/' && glued(tokens, j + 1) && at(tokens, j + 2)?.type === 'number' && glued(tokens, j + 2)) {
    q.last = j + 2;
    if (at(tokens, j + 3)?.lower === 'of' && !glued(tokens, j + 3) && num.value < tokens[j + 2].value && tokens[j + 2].value <= 10) {
      q.unit = 'rate';
      return q;
    }
    while (at(tokens, q.last + 1)?.lower === '/' && glued(tokens, q.last + 1) && at(tokens, q.last + 2)?.type === 'number' && glued(tokens, q.last + 2)) q.last += 2;
    q.notAQuantity = 'code';
    return q;
  }
  if (next && next.lower === ':' && glued(tokens, j + 1) && at(tokens, j + 2)?.type === 'number' && glued(tokens, j + 2)) {
    q.last = j + 2;
    q.notAQuantity = 'clock';
    return q;
  }
  return readMagnitudeAndUnit(tokens, q);
}

/** "9-1-1" is a code; "2007-2009" and "3-5" are ranges, which the range reader joins later. */
function readNumberChain(tokens: Token[], q: Quantity): Quantity {
  let k = q.number;
  let count = 1;
  while (isHyphen(at(tokens, k + 1)) && glued(tokens, k + 1) && at(tokens, k + 2)?.type === 'number' && glued(tokens, k + 2)) {
    k += 2;
    count++;
  }
  if (count >= 3) {
    q.last = k;
    q.notAQuantity = 'code';
    return q;
  }
  // A pair: return the first number alone; the second is read on its own and joined as a range.
  return readMagnitudeAndUnit(tokens, q);
}

function readCompound(tokens: Token[], q: Quantity, wordAt: number): Quantity {
  // Read up to three hyphen-joined words: "basis-point", "kilometer", "year-old".
  const words: string[] = [tokens[wordAt].lower];
  let k = wordAt;
  while (words.length < 3 && isHyphen(at(tokens, k + 1)) && glued(tokens, k + 1) && at(tokens, k + 2)?.type === 'word' && glued(tokens, k + 2)) {
    k += 2;
    words.push(tokens[k].lower);
  }
  q.last = k;
  const head = words[0];
  if (head === 'basis') q.unit = 'basisPoints';
  else if (PERCENT_WORDS.has(head)) q.unit = 'percent';
  else if (head === 'percentage') q.unit = 'points';
  else if (head === 'fold') q.unit = 'multiple';
  else if (MAGNITUDES.has(head)) q.magnitude = true; // "a 2-million-strong army", "a $4-billion deal"
  else if (MEASURE_UNITS.has(head) || MEASURE_UNITS.has(`${head}s`)) q.unit = 'measure';
  else q.notAQuantity = 'adjective';
  return q;
}

/** After the number: "million", then "%", "percent", a unit, a currency name or a counted noun. */
function readMagnitudeAndUnit(tokens: Token[], q: Quantity): Quantity {
  const word = at(tokens, q.last + 1);
  if (word && word.type === 'word' && MAGNITUDES.has(word.lower) && word.lower.length > 1) {
    q.magnitude = true;
    q.last += 1;
  }
  return readUnit(tokens, q);
}

function readUnit(tokens: Token[], q: Quantity): Quantity {
  const k = q.last + 1;
  const t = at(tokens, k);
  if (!t) return q;
  if (t.type === 'percent') {
    q.unit = 'percent';
    q.last = k;
    return q;
  }
  if (t.type !== 'word') return q;
  const w = t.lower;
  if (q.currency && (w === 'a' || w === 'per' || w === 'each' || w === 'annually')) return withRate(tokens, q);
  const w2 = at(tokens, k + 1)?.lower;
  if (PERCENT_WORDS.has(w)) return unit(q, 'percent', k);
  if (w === 'per' && w2 === 'cent') return unit(q, 'percent', k + 1);
  if (w === 'per' && at(tokens, k + 1)?.type === 'number') return unit(q, 'rate', countedNounEnd(tokens, k + 1));
  if (w === 'per' && w2 !== undefined && CURRENCY_NAMES.has(w2)) {
    // "139 rubles per dollar", "139 per dollar": an exchange rate.
    q.currency = true;
    q.last = k + 1;
    return q;
  }
  if (w === 'percentage' && (w2 === 'points' || w2 === 'point')) return unit(q, 'points', k + 1);
  if (w === 'basis' && (w2 === 'points' || w2 === 'point')) return unit(q, 'basisPoints', k + 1);
  if (w === 'bps' || w === 'bp') return unit(q, 'basisPoints', k);
  if ((w === 'points' || w === 'point' || w === 'pts') && !q.spelled) return unit(q, 'indexPoints', k);
  if (CURRENCY_NAMES.has(w)) {
    q.currency = true;
    q.last = k;
    return withRate(tokens, q);
  }
  if (UNIT_PREFIXES.has(w) && w2 !== undefined && MEASURE_UNITS.has(w2)) return withRate(tokens, unit(q, 'measure', k + 1));
  if (MEASURE_UNITS.has(w)) return withRate(tokens, unit(q, 'measure', k));
  if (TIME_UNITS.has(w)) return unit(q, 'time', k);
  const nounEnd = countedNounEnd(tokens, q.last);
  return nounEnd > q.last ? withRate(tokens, unit(q, 'noun', nounEnd)) : q;
}

/** The counted noun after `last` ("jobs"), with one modifier ("job vacancies", "live births"); else `last`. */
function countedNounEnd(tokens: Token[], last: number): number {
  const t = at(tokens, last + 1);
  if (isCountNoun(t)) return last + 1;
  if (t && t.type === 'word' && t.spaced && !FUNCTION_WORDS.has(t.lower) && t.text[0] === t.text[0].toLowerCase() && isCountNoun(at(tokens, last + 2))) {
    return last + 2;
  }
  return last;
}

function unit(q: Quantity, u: QuantityUnit, last: number): Quantity {
  q.unit = u;
  q.last = last;
  return q;
}

/** "barrels a day", "immigrants per year", "tons annually". */
function withRate(tokens: Token[], q: Quantity): Quantity {
  const a = at(tokens, q.last + 1);
  const b = at(tokens, q.last + 2);
  if (a && (a.lower === 'a' || a.lower === 'per' || a.lower === 'each') && b && RATE_PERIODS.has(b.lower)) q.last += 2;
  else if (a && (a.lower === 'annually' || a.lower === 'daily' || a.lower === 'yearly')) q.last += 1;
  else if (a && a.lower === '/' && b && RATE_PERIODS.has(b.lower) && glued(tokens, q.last + 2)) q.last += 2;
  return q;
}

/** "two million people", "a million", "twenty-five countries", "hundreds of thousands", "five percent". */
function readSpelled(tokens: Token[], first: number, j: number, currency: boolean): Quantity | null {
  const t = tokens[j];
  if (t.classes & VAGUE_MAGNITUDE) return readVague(tokens, first, j);
  let value = 0;
  let k = j;
  let read = false;
  if ((t.lower === 'a' || t.lower === 'an') && at(tokens, j + 1)?.type === 'word') {
    const m = tokens[j + 1].lower;
    if (m === 'hundred' || m === 'dozen' || (MAGNITUDES.has(m) && m.length > 2)) {
      value = 1;
      k = j + 1;
      read = true;
      if (m === 'hundred' || m === 'dozen') {
        value = NUMBER_WORDS.get(m) ?? 1;
      } else {
        const q = blank(first, j, value, currency);
        q.spelled = true;
        q.last = k;
        q.magnitude = true;
        return readUnit(tokens, q);
      }
    }
  }
  if (!read) {
    if (!(t.classes & NUMBER_WORD) || t.lower === 'hundred' || t.lower === 'dozen') return null;
    value = NUMBER_WORDS.get(t.lower) ?? 0;
    // "twenty-five", "two hundred": at most three more number words.
    for (let steps = 0; steps < 3; steps++) {
      const sep = at(tokens, k + 1);
      const nextAt = isHyphen(sep) && glued(tokens, k + 1) && glued(tokens, k + 2) ? k + 2 : k + 1;
      const nextWord = at(tokens, nextAt);
      if (!nextWord || nextWord.type !== 'word' || !NUMBER_WORDS.has(nextWord.lower)) break;
      const v = NUMBER_WORDS.get(nextWord.lower) ?? 0;
      if (nextWord.lower === 'hundred') value *= 100;
      else if (nextWord.lower === 'dozen') value *= 12;
      else if (value >= 20 && value % 10 === 0 && v < 10 && value < 100) value += v;
      else if (value >= 100 && value % 100 === 0 && v < 100) value += v;
      else break;
      k = nextAt;
    }
  }
  const q = blank(first, j, value, currency);
  q.spelled = true;
  q.last = k;
  return readMagnitudeAndUnit(tokens, q);
}

function readVague(tokens: Token[], first: number, j: number): Quantity | null {
  if (at(tokens, j + 1)?.lower !== 'of') return null;
  const head = tokens[j].lower;
  const q = blank(first, j, NaN, false);
  q.spelled = true;
  q.vague = true;
  q.magnitude = true;
  let k = j + 1; // at "of"
  const after = at(tokens, k + 1);
  if (after && after.type === 'word' && VAGUE_MAGNITUDES.has(after.lower) && after.lower !== 'tens' && after.lower !== 'hundreds') {
    // "hundreds of thousands", "tens of millions"
    k += 1;
    q.last = k;
    if (at(tokens, k + 1)?.lower !== 'of') return q;
    k += 1;
  } else if (head === 'tens') {
    return null;
  }
  // "thousands of jobs", "millions of dollars", "hundreds of thousands of people"
  const noun = at(tokens, k + 1);
  if (noun && noun.type === 'word' && !FUNCTION_WORDS.has(noun.lower) && noun.text[0] === noun.text[0].toLowerCase()) {
    if (CURRENCY_NAMES.has(noun.lower)) q.currency = true;
    q.last = k + 1;
  } else if (q.last === j && head === 'hundreds') {
    return null; // "hundreds of" alone is too vague to underline
  }
  return q;
}
