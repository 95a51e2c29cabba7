// A one-pass scanner that cuts a sentence into numbers, words, currency and
// percent signs, and single punctuation marks. Every character is looked at a
// bounded number of times, so the scan is linear whatever the input.

import { CURRENCY_SYMBOLS } from './vocabulary';

export type TokenType = 'number' | 'word' | 'currency' | 'percent' | 'punct';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes straightened; hyphen-like marks fold to "-". */
  lower: string;
  /** Whitespace (or nothing) stands between this token and the previous one. */
  spaced: boolean;
  /** For numbers: the numeric value (commas removed). */
  value: number;
  /** For numbers: digits before the decimal point. */
  intDigits: number;
  /** For numbers: written with thousands separators ("4,300"). */
  grouped: boolean;
  /** For numbers: has a decimal part ("146.8"). */
  decimal: boolean;
  /** For numbers: more than one dot ("1.2.3", "04.04.2022"): a code or a date, never a quantity. */
  dotted: boolean;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
const PERCENT = new Set(['%', '‰', '\uff05']);

export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0xfeff ||
    code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f
  );
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /\p{L}|\p{M}|°/u;
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code < 0x80) return false;
  return LETTER.test(text[i]);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  const push = (type: TokenType, start: number, end: number, lower: string, numeric?: Partial<Token>) => {
    tokens.push({
      type, start, end, text: text.slice(start, end), lower, spaced,
      value: NaN, intDigits: 0, grouped: false, decimal: false, dotted: false, ...numeric,
    });
    spaced = false;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(code)) {
      const numeric = scanNumber(text, i);
      i = numeric.end;
      push('number', start, i, text.slice(start, i), numeric);
      continue;
    }
    if (isLetterAt(text, i)) {
      i++;
      while (i < n) {
        if (isLetterAt(text, i)) i++;
        // "China’s", "don't": an apostrophe between letters stays inside the word.
        else if (APOSTROPHES.has(text[i]) && i + 1 < n && isLetterAt(text, i + 1)) i += 2;
        else break;
      }
      const word = text.slice(start, i).toLowerCase();
      push('word', start, i, word.indexOf('\u2019') >= 0 || word.indexOf('\u02bc') >= 0 ? word.replace(/[\u2019\u02bc]/g, "'") : word);
      continue;
    }
    const ch = text[i];
    i++;
    if (CURRENCY_SYMBOLS.has(ch)) push('currency', start, i, ch);
    else if (PERCENT.has(ch)) push('percent', start, i, '%');
    else if (HYPHENS.has(ch)) push('punct', start, i, ch === '\u2014' ? '—' : '-');
    else if (APOSTROPHES.has(ch)) push('punct', start, i, "'");
    else if (ch === '\u201c' || ch === '\u201d' || ch === '\u201e') push('punct', start, i, '"');
    else push('punct', start, i, ch);
  }
  return tokens;
}

/**
 * Reads "4,300", "146.8", "1,000,000" or "04.04.2022" from `at`. A comma only groups
 * when exactly three digits follow it, so "1,1,1" is three numbers, not one.
 */
function scanNumber(text: string, at: number): Partial<Token> & { end: number } {
  const n = text.length;
  let i = at;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  let digits = text.slice(at, i);
  let grouped = false;
  if (digits.length <= 3) {
    while (
      text[i] === ',' &&
      isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) &&
      !isDigitCode(text.charCodeAt(i + 4))
    ) {
      digits += text.slice(i + 1, i + 4);
      grouped = true;
      i += 4;
    }
  }
  const intDigits = digits.length;
  let decimal = false;
  let dotted = false;
  let fraction = '';
  if (text[i] === '.' && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
    fraction = text.slice(i + 1, j);
    decimal = true;
    i = j;
    // A second dot followed by digits: a version, a dotted date or a DOI piece.
    while (text[i] === '.' && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
      dotted = true;
      let k = i + 1;
      while (k < n && isDigitCode(text.charCodeAt(k))) k++;
      i = k;
    }
  }
  const value = digits.length > 20 ? Infinity : Number(fraction ? `${digits}.${fraction.slice(0, 20)}` : digits);
  return { end: i, value, intDigits, grouped, decimal: decimal && !dotted, dotted };
}
