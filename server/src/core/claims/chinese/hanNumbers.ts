// Reads one number of Chinese text: Arabic digits (ASCII or full-width, with
// thousands commas and a decimal point) or a Han numeral (三十八, 两千, 十四亿,
// 二〇二二, 三点五). Every read is bounded or moves the caller past what it read.

import { digitValue, isAnyDigit } from '../../text/cjk';
import { HAN_DIGITS, HAN_MAGNITUDES, HAN_SMALL_UNITS } from './hanVocabulary';

export interface HanNumber {
  start: number;
  end: number;
  value: number;
  /** Written in Han characters. */
  han: boolean;
  /** Digits before the decimal point (Arabic numbers). */
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  /** More than one dot: a date or a code (`2022.6.16`). */
  dotted: boolean;
  /** Han digits read one by one without units, as years are written: `二〇二二`, `一九四九`. */
  sequential: boolean;
  /** A Han numeral that holds 万, 亿 or 兆: `十四亿`. */
  magnitude: boolean;
}

/** A Han numeral longer than this is not a quantity anyone writes; the bound keeps reads short. */
const MAX_HAN_NUMERAL = 16;

const isHanNumeralChar = (ch: string) => HAN_DIGITS.has(ch) || HAN_SMALL_UNITS.has(ch) || HAN_MAGNITUDES.has(ch);

/** A Han numeral may start here: a digit other than zero, or 十 (`十四`). */
export function startsHanNumeral(ch: string): boolean {
  return (HAN_DIGITS.has(ch) && ch !== '〇' && ch !== '零') || ch === '十';
}

export function readNumberAt(text: string, at: number): HanNumber | undefined {
  if (isAnyDigit(text.charCodeAt(at))) return readArabic(text, at);
  if (startsHanNumeral(text[at])) return readHan(text, at);
  return undefined;
}

function readArabic(text: string, at: number): HanNumber {
  const n = text.length;
  let i = at;
  let digits = '';
  while (i < n && isAnyDigit(text.charCodeAt(i))) digits += String(digitValue(text.charCodeAt(i++)));
  let grouped = false;
  if (digits.length <= 3) {
    // "4,300": a comma groups only when exactly three digits follow it.
    while (
      text[i] === ',' && isAnyDigit(text.charCodeAt(i + 1)) && isAnyDigit(text.charCodeAt(i + 2)) &&
      isAnyDigit(text.charCodeAt(i + 3)) && !isAnyDigit(text.charCodeAt(i + 4))
    ) {
      for (let k = 1; k <= 3; k++) digits += String(digitValue(text.charCodeAt(i + k)));
      grouped = true;
      i += 4;
    }
  }
  const intDigits = digits.length;
  let fraction = '';
  let dotted = false;
  if ((text[i] === '.' || text[i] === '．') && isAnyDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isAnyDigit(text.charCodeAt(i))) fraction += String(digitValue(text.charCodeAt(i++)));
    while ((text[i] === '.' || text[i] === '．') && isAnyDigit(text.charCodeAt(i + 1))) {
      dotted = true;
      i++;
      while (i < n && isAnyDigit(text.charCodeAt(i))) i++;
    }
  }
  const value = intDigits > 20 ? Infinity : Number(fraction ? `${digits}.${fraction.slice(0, 20)}` : digits);
  return {
    start: at, end: i, value, han: false, intDigits, grouped, decimal: fraction !== '' && !dotted, dotted, sequential: false,
    magnitude: false,
  };
}

function readHan(text: string, at: number): HanNumber {
  let end = at;
  while (end < text.length && end - at < MAX_HAN_NUMERAL && isHanNumeralChar(text[end])) end++;
  // "三点五": a decimal point written as 点, only between digits.
  let fraction = '';
  if ((text[end] === '点' || text[end] === '點') && HAN_DIGITS.has(text[end + 1] ?? '')) {
    let k = end + 1;
    while (k < text.length && k - end <= 6 && HAN_DIGITS.has(text[k])) fraction += String(HAN_DIGITS.get(text[k++]));
    end = k;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let unitsSeen = false;
  let sequentialDigits = '';
  let magnitude = false;
  let seenFraction = false;
  for (let i = at; i < end; i++) {
    const ch = text[i];
    if (ch === '点' || ch === '點') {
      seenFraction = true;
      break;
    }
    const d = HAN_DIGITS.get(ch);
    if (d !== undefined) {
      sequentialDigits += String(d);
      digit = digit >= 0 && !unitsSeen ? digit * 10 + d : d;
      continue;
    }
    const small = HAN_SMALL_UNITS.get(ch);
    if (small !== undefined) {
      unitsSeen = true;
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const big = HAN_MAGNITUDES.get(ch) ?? 1;
    unitsSeen = true;
    magnitude = true;
    const group = section + Math.max(digit, 0);
    if (big >= 1e8) total = (total + group) * big;
    else total += (group === 0 ? 1 : group) * big;
    section = 0;
    digit = -1;
  }
  let value = total + section + Math.max(digit, 0);
  if (seenFraction && fraction) {
    value = total + section + Math.max(digit, 0) + Number(`0.${fraction}`);
    // "一点五亿": the magnitude after the decimal applies to the whole number.
    const after = HAN_MAGNITUDES.get(text[end] ?? '');
    if (after !== undefined) {
      value *= after;
      magnitude = true;
      end++;
    }
  }
  const sequential = !unitsSeen && sequentialDigits.length >= 2;
  return {
    start: at, end, value, han: true, intDigits: 0, grouped: false, decimal: fraction !== '', dotted: false, sequential, magnitude,
  };
}
