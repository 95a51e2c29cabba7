// Reads one figure of Chinese text — an optional currency, a number, its
// magnitude (万, 亿), an approximation (多, 余) and the unit or measure word after
// it — and says what kind of claim it states, if any. Each read looks a bounded
// distance past the number and the caller moves past it.

import type { ClaimKind } from '../../model';
import { isAsciiLetter, isInlineSpace } from '../../text/chars';
import { isAnyDigit } from '../../text/cjk';
import { MAGNITUDES, MEASURE_UNITS, PERCENT_WORDS } from '../vocabulary';
import { type HanNumber, readNumberAt } from './hanNumbers';
import {
  APPROXIMATE_SUFFIXES, CHANGE_LINKS, CHANGE_VERBS, CLASSIFIERS, CURRENCY_PREFIXES, CURRENCY_WORDS, LEADING_QUALIFIERS,
  MAGNITUDE_WORDS, MEASURE_WORDS, NAME_TAILS, PERCENT_SIGNS, POINT_WORDS, SHARE_LEADS, TIME_WORDS, TRAILING_QUALIFIERS,
  WordList,
} from './hanVocabulary';

type HanUnit = 'percent' | 'points' | 'multiple' | 'tenths' | 'share' | 'half' | 'money' | 'measure' | 'time' | 'age' | 'noun' | 'none';

export interface HanFigure {
  /** Where the claim's span starts (a leading qualifier such as 超过 included). */
  start: number;
  /** Where the number itself starts. */
  numberStart: number;
  /** Past the figure (unit and trailing qualifier included); the caller resumes here. */
  end: number;
  /** The claim it states, or undefined when it is none (a year, a date, a small count, a name). */
  kind?: ClaimKind;
  /** A plain number that may open a range (`5.5-6.5%`). */
  bare: boolean;
}

const MAX_LATIN_WORD = 12;

/** Magnitudes after a Han numeral and an approximation: `两千多万`, `三百余亿`. */
const HAN_TRAILING_MAGNITUDES = new WordList('万亿 萬億 亿 億 万 萬 兆');

/** `成` after a digit is a tenth (`三成` = 30%) unless it starts a word: `一成不变`, `两成为`. */
const NOT_TENTHS_AFTER = new Set(['不', '为', '為', '了', '立', '本', '功', '果', '员', '員', '绩', '績', '熟', '长', '長', '就', '都', '交', '型']);

/** Reads the figure starting at `at` (a currency sign or a number); undefined when no number starts there. */
export function readHanFigure(text: string, at: number): HanFigure | undefined {
  const prefix = CURRENCY_PREFIXES.at(text, at);
  let p = at + prefix.length;
  while (prefix && p < text.length && p - at - prefix.length < 1 && isInlineSpace(text.charCodeAt(p))) p++;
  const num = readNumberAt(text, p);
  if (!num) return undefined;
  const figure = readUnit(text, num, prefix !== '');
  const numberStart = num.start;
  let end = figure.end;
  end += TRAILING_QUALIFIERS.at(text, end).length;
  const start = prefix ? at : num.start - LEADING_QUALIFIERS.endingAt(text, num.start).length;
  const kind = classify(text, num, figure, at);
  return { start: kind ? start : at, numberStart, end, kind, bare: kind === undefined && figure.unit === 'none' && isOrdinaryNumber(text, num, at) && !isYear(num, figure) };
}

interface ReadUnit {
  unit: HanUnit;
  currency: boolean;
  magnitude: boolean;
  end: number;
}

function readUnit(text: string, num: HanNumber, currencyPrefix: boolean): ReadUnit {
  let p = num.end;
  let magnitude = num.magnitude;
  const result = (unit: HanUnit, end: number, currency = currencyPrefix): ReadUnit => ({ unit, currency, magnitude, end });
  if (text.startsWith('分之', p)) {
    // "四分之一", "三分之二": a share.
    const second = readNumberAt(text, p + 2);
    return result('share', second ? second.end : p + 2);
  }
  if (num.han && num.value === 1 && text[p] === '半') return result('half', p + 1);
  if (isInlineSpace(text.charCodeAt(p)) && !isInlineSpace(text.charCodeAt(p + 1))) p++; // "4324.8 億美元"
  // "4300多公里", "9100多万名", "140余个"
  const approximate = APPROXIMATE_SUFFIXES.at(text, p);
  const afterApproximate = p + approximate.length;
  // Digits take any magnitude (`146.8亿`, `3千`); a Han numeral holds its own up to 千 (`两千多万`).
  const word = num.han ? HAN_TRAILING_MAGNITUDES.at(text, afterApproximate) : MAGNITUDE_WORDS.at(text, afterApproximate);
  if (word) {
    magnitude = true;
    p = afterApproximate + word.length;
    // "24億5,220萬美元": a smaller group after the first.
    const more = isAnyDigit(text.charCodeAt(p)) ? readNumberAt(text, p) : undefined;
    if (more && !more.decimal) {
      const smaller = MAGNITUDE_WORDS.at(text, more.end);
      if (smaller) p = more.end + smaller.length;
    }
    p += APPROXIMATE_SUFFIXES.at(text, p).length;
  } else if (approximate) {
    p = afterApproximate;
  }
  const sign = PERCENT_SIGNS.at(text, p);
  if (sign) return result('percent', p + sign.length);
  const points = POINT_WORDS.at(text, p);
  if (points) return result('points', p + points.length);
  if (text[p] === '倍') return result('multiple', p + 1);
  if (text[p] === '成' && num.han && num.value >= 1 && num.value <= 9 && !NOT_TENTHS_AFTER.has(text[p + 1] ?? '')) return result('tenths', p + 1);
  const currency = CURRENCY_WORDS.at(text, p);
  if (currency) return result('money', p + currency.length, true);
  const measure = MEASURE_WORDS.at(text, p);
  if (measure) return result('measure', p + measure.length);
  if (text[p] === '岁' || text[p] === '歲') return result('age', p + 1);
  const time = TIME_WORDS.at(text, p);
  if (time) return result('time', p + time.length);
  const classifier = CLASSIFIERS.at(text, p);
  if (classifier) {
    if ((classifier === '国' || classifier === '國') && NAME_TAILS.at(text, p + 1)) return result('none', p + 1 + NAME_TAILS.at(text, p + 1).length);
    return result('noun', p + classifier.length);
  }
  const latin = readLatinUnit(text, p);
  if (latin) {
    if (MAGNITUDES.has(latin.word)) {
      magnitude = true;
      return result('none', latin.end);
    }
    if (PERCENT_WORDS.has(latin.word)) return result('percent', latin.end);
    if (MEASURE_UNITS.has(latin.word)) return result('measure', latin.end);
  }
  return result('none', p);
}

/** An ASCII word right after the number (one space allowed): `5GW`, `146.8 billion`. */
function readLatinUnit(text: string, at: number): { word: string; end: number } | undefined {
  let p = at;
  if (isInlineSpace(text.charCodeAt(p))) p++;
  const start = p;
  while (p < text.length && p - start < MAX_LATIN_WORD && isAsciiLetter(text.charCodeAt(p))) p++;
  if (p === start || isAsciiLetter(text.charCodeAt(p))) return undefined;
  return { word: text.slice(start, p).toLowerCase(), end: p };
}

/** Not glued to letters (`G20`, `COVID-19`), not a date or code (`2022.6.16`, `二〇二二`). */
function isOrdinaryNumber(text: string, num: HanNumber, at: number): boolean {
  if (num.dotted || num.sequential) return false;
  const before = text.charCodeAt(at - 1);
  if (isAsciiLetter(before)) return false;
  return !((before === 0x2d || before === 0x2010 || before === 0x2011) && isAsciiLetter(text.charCodeAt(at - 2)));
}

/** `1949年`, `2016，`: four digits that name a year, unless a magnitude or a unit measures them (`1045万人`, `2022亿元`). */
function isYear(num: HanNumber, read: ReadUnit): boolean {
  return (
    !num.han && !num.grouped && !num.decimal && num.intDigits === 4 && num.value >= 1000 && num.value <= 2100 &&
    !read.magnitude && !read.currency && (read.unit === 'none' || read.unit === 'time' || read.unit === 'noun')
  );
}

function classify(text: string, num: HanNumber, read: ReadUnit, at: number): ClaimKind | undefined {
  if (!isOrdinaryNumber(text, num, at) || isYear(num, read)) return undefined;
  const change = followsChangeVerb(text, at);
  switch (read.unit) {
    case 'percent':
      return change ? 'change' : 'percent';
    case 'tenths':
      return 'percent';
    case 'points':
      return 'change';
    case 'multiple':
      return change ? 'change' : 'other';
    case 'share':
      return 'other';
    case 'half':
      if (change) return 'change';
      return SHARE_LEADS.endingAt(text, at) || TRAILING_QUALIFIERS.at(text, read.end) ? 'other' : undefined;
    case 'money':
      return 'money';
    case 'measure':
      return 'measure';
    case 'age':
      return num.decimal ? 'measure' : undefined;
    case 'time':
      return undefined;
    case 'noun':
      if (read.currency) return 'money';
      return read.magnitude || (num.value >= 10 && Number.isInteger(num.value)) ? 'count' : undefined;
    default:
      if (read.currency) return 'money';
      if (read.magnitude) return 'count';
      return num.grouped || (!num.han && num.value >= 10000 && !num.decimal) ? 'count' : undefined;
  }
}

/** `增长9.8%`, `同比增长了一倍`, `较1952年的196美元少22%`, `增至1283亿美元`. */
function followsChangeVerb(text: string, at: number): boolean {
  let p = at - LEADING_QUALIFIERS.endingAt(text, at).length;
  for (let steps = 0; steps < 2; steps++) {
    const link = CHANGE_LINKS.endingAt(text, p);
    if (!link) break;
    p -= link.length;
  }
  return CHANGE_VERBS.endingAt(text, p) !== '';
}
