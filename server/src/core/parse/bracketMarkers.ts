import { isInlineSpace } from '../text/chars';
import { isAnyDigit, normaliseNumberLabel } from '../text/cjk';
import type { Span } from '../model';

/** One label inside a bracket marker such as `[3, 4]` or `[3–5]`. */
export interface BracketLabel {
  label: string;
  labelSpan: Span;
}

export interface BracketMarker {
  span: Span;
  labels: BracketLabel[];
}

/** Longest bracket we look into; a marker is short, and the bound keeps scanning linear. */
const MAX_MARKER_LENGTH = 64;
/** A range such as `[3–40]` expands to at most this many labels. */
const MAX_RANGE_SIZE = 50;

function isRangeDash(code: number): boolean {
  return (
    code === 0x2d /* - */ || code === 0x2013 /* – */ || code === 0x2014 /* — */ ||
    code === 0xff0d /* － */ || code === 0xff5e /* ～ */ || code === 0x301c /* 〜 */ || code === 0x7e /* ~ */
  );
}

/** Brackets a numeric marker may stand in, opener to closer: `[1]`, `［1］`, `【1】`, `〔1〕`. */
const CLOSING_BRACKET = new Map<number, number>([
  [0x5b, 0x5d],
  [0xff3b, 0xff3d],
  [0x3010, 0x3011],
  [0x3014, 0x3015],
]);

export function isMarkerBracket(code: number): boolean {
  // Compared directly, not looked up: every character of the body is asked.
  return code === 0x5b || code === 0xff3b || code === 0x3010 || code === 0x3014;
}

/** `,` `;` and the full-width `，` `；` `、` between the labels of a group. */
function isLabelSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0xff0c || code === 0xff1b || code === 0x3001;
}

/**
 * Reads a numeric footnote marker starting at a bracket: `[9]`, `[3, 4]`,
 * `[3–5]`, `[3,4,7-9]`, and the same in full-width `［1］`, lenticular `【1】` or
 * tortoise-shell `〔1〕` brackets, with ASCII or full-width digits. Labels are
 * ASCII digits (`［１］` cites note `1`); each label span covers the digits as
 * written. Returns undefined for brackets that are not markers (`[sic]`, `[a]`,
 * `[table omitted]`). Labels of more than three digits are only accepted when
 * `acceptsLongLabel` says a note with that label exists, so a year in brackets
 * (`[2021]`) is never taken for a marker.
 */
export function readBracketMarker(
  text: string,
  at: number,
  limit: number,
  acceptsLongLabel: (label: string) => boolean = () => false,
): BracketMarker | undefined {
  const labels: BracketLabel[] = [];
  const end = scanBracketMarker(text, at, limit, acceptsLongLabel, labels);
  return end < 0 ? undefined : { span: { start: at, end }, labels };
}

/**
 * Where the bracket marker at `at` ends (as `readBracketMarker` reads it), or
 * -1 when there is none. Sentence splitting only steps over markers; making
 * their labels there, and again when the markers are read, was a fifth of
 * what reading a paragraph allocated.
 */
export function bracketMarkerEnd(text: string, at: number, limit: number, acceptsLongLabel: (label: string) => boolean): number {
  return scanBracketMarker(text, at, limit, acceptsLongLabel, undefined);
}

/**
 * Reads the marker at `at`, pushing its labels onto `labels` when given (some
 * may be pushed before the bracket turns out not to be a marker); returns its
 * end or -1.
 */
export function scanBracketMarker(
  text: string,
  at: number,
  limit: number,
  acceptsLongLabel: (label: string) => boolean,
  labels: BracketLabel[] | undefined,
): number {
  const closer = CLOSING_BRACKET.get(text.charCodeAt(at));
  if (closer === undefined) return -1;
  const end = Math.min(limit, at + MAX_MARKER_LENGTH);
  let i = at + 1;
  for (;;) {
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    const numberStart = i;
    while (i < end && isAnyDigit(text.charCodeAt(i))) i++;
    if (i === numberStart || i - numberStart > 5) return -1;
    const first = text.slice(numberStart, i);
    if (!isAcceptableLabel(first, acceptsLongLabel)) return -1;
    let j = i;
    while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
    if (j < end && isRangeDash(text.charCodeAt(j))) {
      j++;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      const lastStart = j;
      while (j < end && isAnyDigit(text.charCodeAt(j))) j++;
      if (j === lastStart) return -1;
      const last = text.slice(lastStart, j);
      if (!isAcceptableLabel(last, acceptsLongLabel)) return -1;
      const from = Number(normaliseNumberLabel(first));
      const to = Number(normaliseNumberLabel(last));
      if (to <= from || to - from >= MAX_RANGE_SIZE) return -1;
      if (labels) {
        labels.push({ label: String(from), labelSpan: { start: numberStart, end: i } });
        // Labels strictly inside a range have no characters of their own: point at the range.
        for (let n = from + 1; n < to; n++) labels.push({ label: String(n), labelSpan: { start: numberStart, end: j } });
        labels.push({ label: String(to), labelSpan: { start: lastStart, end: j } });
      }
      i = j;
    } else if (labels) {
      labels.push({ label: normaliseNumberLabel(first) ?? first, labelSpan: { start: numberStart, end: i } });
    }
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === closer) return i + 1;
    if (!isLabelSeparator(c)) return -1;
    i++;
  }
}

function isAcceptableLabel(written: string, acceptsLongLabel: (label: string) => boolean): boolean {
  const digits = normaliseNumberLabel(written);
  if (digits === undefined || digits === '0') return false;
  if (digits.length !== written.length) return false; // `[01]` is not a note number
  return digits.length <= 3 || acceptsLongLabel(digits);
}
