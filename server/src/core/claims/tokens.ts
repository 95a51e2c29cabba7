// A one-pass scanner that cuts a sentence into numbers, words, currency and
// percent signs, and single punctuation marks. Every character is looked at a
// bounded number of times, so the scan is linear whatever the input.

import { CURRENCY_SYMBOLS } from './vocabulary';
import { wordClassesOf, wordHashStep } from './wordClasses';

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
  /** For words: the vocabulary lists the word is in, as bits (see wordClasses.ts); 0 for other tokens. */
  classes: number;
}

/** A token with every field set in one order, so all tokens share one shape. */
class TokenRecord implements Token {
  value = NaN;
  intDigits = 0;
  grouped = false;
  decimal = false;
  dotted = false;
  classes = 0;

  constructor(
    public type: TokenType,
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public spaced: boolean,
  ) {}
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0xfeff ||
    code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f
  );
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** `'`, `’`, `ʼ` */
function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** `-` and the Unicode hyphens and dashes, which all read as "-" (the em dash as "—"). */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2014) || code === 0x2212;
}

const LETTER = /\p{L}|\p{M}|°/u;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a letter, 2 not one (the regex runs once per code unit). */
const LETTER_CACHE = new Uint8Array(0x10000);

/** A letter as words are cut: `\p{L}`, `\p{M}` or `°` ("°C"), one UTF-16 code unit at a time. */
export function isLetterCode(text: string, i: number, code: number): boolean {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code < 0x80) return false;
  let known = LETTER_CACHE[code];
  if (known === 0) {
    known = LETTER.test(text[i]) ? 1 : 2;
    LETTER_CACHE[code] = known;
  }
  return known === 1;
}

/** `A`–`Z` to `a`–`z`; every other code as it is. */
function foldAsciiLetter(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** A word as the vocabulary writes it: lower-case, with straight apostrophes. */
export function lowerWord(written: string): string {
  const word = written.toLowerCase();
  return word.indexOf('\u2019') >= 0 || word.indexOf('\u02bc') >= 0 ? word.replace(/[\u2019\u02bc]/g, "'") : word;
}

/** Where the word that starts at `start` ends, as `tokenize` cuts words: over letters, and an apostrophe between letters. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetterCode(text, i, c)) i++;
    else if (isApostropheCode(c) && i + 1 < n && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(code)) {
      const token = new TokenRecord('number', start, start, '', '', spaced);
      i = scanNumber(text, i, token);
      const written = text.slice(start, i);
      token.end = i;
      token.text = written;
      token.lower = written;
      tokens.push(token);
      spaced = false;
      continue;
    }
    if (isLetterCode(text, i, code)) {
      // Words in lower-case ASCII (most of them) are their own lower-case form. The hash of an
      // ASCII word's lower-case form is taken on the way, for the vocabulary filter.
      let lowerAscii = code >= 0x61 && code <= 0x7a;
      let ascii = code < 0x80;
      let hash = wordHashStep(0, foldAsciiLetter(code));
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetterCode(text, i, c)) {
          if (c < 0x61 || c > 0x7a) {
            lowerAscii = false;
            if (c >= 0x80) ascii = false;
          }
          hash = wordHashStep(hash, foldAsciiLetter(c));
          i++;
        } else if (isApostropheCode(c) && i + 1 < n && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) {
          // "China’s", "don't": an apostrophe between letters stays inside the word.
          const after = text.charCodeAt(i + 1);
          if (c !== 0x27) {
            ascii = false;
            lowerAscii = false;
          }
          if (after < 0x61 || after > 0x7a) {
            lowerAscii = false;
            if (after >= 0x80) ascii = false;
          }
          hash = wordHashStep(wordHashStep(hash, c), foldAsciiLetter(after));
          i += 2;
        } else break;
      }
      const written = text.slice(start, i);
      const lower = lowerAscii ? written : ascii ? written.toLowerCase() : lowerWord(written);
      const token = new TokenRecord('word', start, i, written, lower, spaced);
      token.classes = ascii ? wordClassesOf(lower, hash) : wordClassesOf(lower);
      tokens.push(token);
      spaced = false;
      continue;
    }
    i++;
    const ch = text[start];
    let type: TokenType = 'punct';
    let lower = ch;
    // `$` is the only ASCII currency symbol: other ASCII punctuation needs no set lookup.
    if (code === 0x24 || (code >= 0x80 && CURRENCY_SYMBOLS.has(ch))) type = 'currency';
    else if (code === 0x25 || code === 0x2030 || code === 0xff05) {
      type = 'percent';
      lower = '%';
    } else if (isHyphenCode(code)) lower = code === 0x2014 ? '—' : '-';
    else if (isApostropheCode(code)) lower = "'";
    else if (code === 0x201c || code === 0x201d || code === 0x201e) lower = '"';
    tokens.push(new TokenRecord(type, start, i, ch, lower, spaced));
    spaced = false;
  }
  return tokens;
}

/**
 * Reads "4,300", "146.8", "1,000,000" or "04.04.2022" from `at`. A comma only groups
 * when exactly three digits follow it, so "1,1,1" is three numbers, not one.
 * Sets the token's numeric fields and returns the offset past the number.
 */
function scanNumber(text: string, at: number, token: Token): number {
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
  token.value = value;
  token.intDigits = intDigits;
  token.grouped = grouped;
  token.decimal = decimal && !dotted;
  token.dotted = dotted;
  return i;
}
