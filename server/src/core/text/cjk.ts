// Characters of Chinese text and of the other ways notes are numbered: Han
// ideographs, full-width digits and brackets, circled and superscript numbers.
// Plain functions over char codes, so every scanner using them stays linear.

/** A Han ideograph (CJK Unified Ideographs, Extension A, Compatibility Ideographs). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** `０`–`９` */
export function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** An ASCII or a full-width digit. */
export function isAnyDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isFullWidthDigit(code);
}

/** The value of an ASCII or full-width digit. */
export function digitValue(code: number): number {
  return isFullWidthDigit(code) ? code - 0xff10 : code - 0x30;
}

/** `①`–`⑳`, `㉑`–`㉟`, `㊱`–`㊿`: the number a circled digit stands for, or 0. */
export function circledNumber(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return 0;
}

/** The circled digit for `n` (`①` for 1, `㊿` for 50), or undefined past 50: the inverse of `circledNumber`. */
export function circledDigitOf(n: number): string | undefined {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return undefined;
}

/** `⁰¹²³⁴⁵⁶⁷⁸⁹`: the digit a superscript stands for, or -1. */
export function superscriptDigit(code: number): number {
  if (code === 0x2070) return 0;
  if (code === 0xb9) return 1;
  if (code === 0xb2) return 2;
  if (code === 0xb3) return 3;
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070;
  return -1;
}

/** `⁰¹²³⁴⁵⁶⁷⁸⁹` by the digit they stand for. */
export const SUPERSCRIPT_DIGITS = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';

/** Full-width `，` `；` `：` `、` and their ASCII forms: the marks between clauses. */
export function isClauseMark(code: number): boolean {
  return code === 0xff0c || code === 0xff1b || code === 0xff1a || code === 0x3001 || code === 0x2c || code === 0x3b || code === 0x3a;
}

/** ASCII digits that `String(Number(…))` gives back unchanged: no leading zero, no rounding. */
const PLAIN_NUMBER = /^(?:0|[1-9]\d{0,14})$/;

/**
 * A note label as ASCII digits without leading zeros: `１２` → `12`, `①` → `1`,
 * `¹²` → `12`. Returns undefined when `raw` is not a number in one of these forms.
 */
export function normaliseNumberLabel(raw: string): string | undefined {
  // Plain ASCII digits without a leading zero (most labels) are their own normal form.
  if (PLAIN_NUMBER.test(raw)) return sharedNumberLabel(raw);
  if (raw.length === 1 && circledNumber(raw.charCodeAt(0)) > 0) return String(circledNumber(raw.charCodeAt(0)));
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isAnyDigit(code)) digits += String(digitValue(code));
    else if (superscriptDigit(code) >= 0) digits += String(superscriptDigit(code));
    else return undefined;
  }
  return digits.length === 0 ? undefined : sharedNumberLabel(String(Number(digits)));
}

/** Note numbers below this share one label string each. */
const SHARED_LABEL_LIMIT = 10_000;
const sharedLabels: string[] = [];

/**
 * One string per note number, shared by every marker and note that carries it.
 * A 5 MB essay holds 9,000 labels, and each string of its own was one more
 * object for the garbage collector to copy while the essay was read. Labels
 * this short are copies, never views into the essay, so the table holds no
 * document.
 */
function sharedNumberLabel(label: string): string {
  if (label.length > 4) return label;
  let value = 0;
  for (let i = 0; i < label.length; i++) value = value * 10 + label.charCodeAt(i) - 0x30;
  if (value >= SHARED_LABEL_LIMIT) return label;
  return (sharedLabels[value] ??= label);
}
