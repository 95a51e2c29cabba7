import { isDigit, isInlineSpace } from '../text/chars';
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
  return code === 0x2d /* - */ || code === 0x2013 /* – */ || code === 0x2014 /* — */;
}

/**
 * Reads a numeric footnote marker starting at `text[at] === '['`: `[9]`, `[3, 4]`,
 * `[3–5]`, `[3,4,7-9]`. Returns undefined for brackets that are not markers
 * (`[sic]`, `[a]`, `[table omitted]`). Labels of more than three digits are only
 * accepted when `acceptsLongLabel` says a note with that label exists, so a year
 * in brackets (`[2021]`) is never taken for a marker.
 */
export function readBracketMarker(
  text: string,
  at: number,
  limit: number,
  acceptsLongLabel: (label: string) => boolean = () => false,
): BracketMarker | undefined {
  if (text.charCodeAt(at) !== 0x5b /* [ */) return undefined;
  const end = Math.min(limit, at + MAX_MARKER_LENGTH);
  const labels: BracketLabel[] = [];
  let i = at + 1;
  for (;;) {
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    const numberStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === numberStart || i - numberStart > 5) return undefined;
    const first = text.slice(numberStart, i);
    if (!isAcceptableLabel(first, acceptsLongLabel)) return undefined;
    let j = i;
    while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
    if (j < end && isRangeDash(text.charCodeAt(j))) {
      j++;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      const lastStart = j;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      if (j === lastStart) return undefined;
      const last = text.slice(lastStart, j);
      if (!isAcceptableLabel(last, acceptsLongLabel)) return undefined;
      const from = Number(first);
      const to = Number(last);
      if (to <= from || to - from >= MAX_RANGE_SIZE) return undefined;
      labels.push({ label: String(from), labelSpan: { start: numberStart, end: i } });
      // Labels strictly inside a range have no characters of their own: point at the range.
      for (let n = from + 1; n < to; n++) labels.push({ label: String(n), labelSpan: { start: numberStart, end: j } });
      labels.push({ label: String(to), labelSpan: { start: lastStart, end: j } });
      i = j;
    } else {
      labels.push({ label: first, labelSpan: { start: numberStart, end: i } });
    }
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 0x5d /* ] */) return { span: { start: at, end: i + 1 }, labels };
    if (c !== 0x2c /* , */ && c !== 0x3b /* ; */) return undefined;
    i++;
  }
}

function isAcceptableLabel(digits: string, acceptsLongLabel: (label: string) => boolean): boolean {
  if (digits.length > 1 && digits.charCodeAt(0) === 0x30) return false; // `[01]` is not a note number
  if (digits === '0') return false;
  return digits.length <= 3 || acceptsLongLabel(String(Number(digits)));
}

/**
 * Reads a marker and any markers glued right after it (`[23][24]`), returning
 * the offset just past the last one, or `at` when there is none.
 */
export function skipMarkerCluster(
  text: string,
  at: number,
  limit: number,
  acceptsLongLabel?: (label: string) => boolean,
): number {
  let i = at;
  for (;;) {
    const marker = readBracketMarker(text, i, limit, acceptsLongLabel);
    if (!marker) return i;
    i = marker.span.end;
  }
}
