// Note numbers written back the way the essay wrote the labels they replace:
// `2`, full-width `２`, circled `②`, superscript `²`. Renumbering or merging
// notes keeps the essay's style, and never writes a marker the reader would
// no longer take for one.
import type { EssayModel, Marker, Note, Span } from '../model';
import { labelKey } from '../parse/linking';
import { isDigit } from '../text/chars';
import { circledDigitOf, circledNumber, isFullWidthDigit, normaliseNumberLabel, SUPERSCRIPT_DIGITS, superscriptDigit } from '../text/cjk';

type DigitStyle = 'ascii' | 'full-width' | 'circled' | 'superscript';

/** The style of the first digit in `written`. */
function digitStyleOf(written: string): DigitStyle {
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (isDigit(code)) return 'ascii';
    if (isFullWidthDigit(code)) return 'full-width';
    if (circledNumber(code) > 0) return 'circled';
    if (superscriptDigit(code) >= 0) return 'superscript';
  }
  return 'ascii';
}

/** `n` in the digits `written` uses, or undefined where they cannot write it: circled numbers stop at 50 (`㊿`). */
export function numberWrittenLike(n: number, written: string): string | undefined {
  const digits = String(n);
  switch (digitStyleOf(written)) {
    case 'circled':
      return circledDigitOf(n);
    case 'full-width':
      return digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'superscript':
      return digits.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
    default:
      return digits;
  }
}

/** A label written like `written`: a number in its digits, a word label (`smith`) as it is. */
export function labelWrittenLike(label: string, written: string): string | undefined {
  return /^\d+$/.test(label) ? numberWrittenLike(Number(label), written) : label;
}

/**
 * Whether a marker's label has characters of its own, so that a fix may
 * rewrite them: not a label inside a range ("4" of "[3–5]", whose span is the
 * range). `①`, `¹`, `１` are their numbers written otherwise.
 */
export function writtenOnItsOwn(text: string, marker: Marker): boolean {
  const written = text.slice(marker.labelSpan.start, marker.labelSpan.end);
  return labelKey(written) === labelKey(marker.label) || normaliseNumberLabel(written) === marker.label;
}

/** Why a number cannot be written in circled digits, for a fix that has to give up. */
export function unwritableNumberReason(n: number): string {
  return `Circled numbers stop at ㊿ (50); this would need note ${n}.`;
}

/** The markers sharing `marker`'s bracket, in document order: `[3, 4]` is two markers with one span. */
export function markersSharingBracket(markers: readonly Marker[], marker: Marker): Marker[] {
  return markers.filter((other) => other.span.start === marker.span.start);
}

/**
 * Where the labels of one group of markers stand: `3, 4` in `[3, 4]`, `3,4`
 * in `<sup>3,4</sup>`, `２` in `［２］`. The group's markers share one span
 * and each label span lies inside it; brackets and spaces around the labels
 * are left alone.
 */
export function labelsSpanOf(group: readonly Marker[]): Span {
  let start = group[0].labelSpan.start;
  let end = group[0].labelSpan.end;
  for (const marker of group) {
    start = Math.min(start, marker.labelSpan.start);
    end = Math.max(end, marker.labelSpan.end);
  }
  return { start, end };
}

const RANGE_DASH = /[–—\-－～〜~]/u;
const LIST_SEPARATOR = /[,;，；、]\s*/u;

/** The separator `written` puts between labels; full-width digits get a full-width comma. */
function separatorOf(written: string): string {
  return LIST_SEPARATOR.exec(written)?.[0] ?? (digitStyleOf(written) === 'full-width' ? '，' : ', ');
}

/** Labels as a list in the given order, written like `written`; undefined when a number cannot be. */
export function listWrittenLike(labels: readonly string[], written: string): string | undefined {
  const parts: string[] = [];
  for (const label of labels) {
    const part = labelWrittenLike(label, written);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return parts.join(separatorOf(written));
}

/**
 * A group's new numbers written the way the essay wrote the old ones: a list
 * keeps its order and its separator; a group with a range is rewritten as
 * sorted ranges with the essay's dash (for three or more), since the new
 * numbers may no longer be consecutive. Undefined when a number cannot be written.
 */
export function groupWrittenLike(numbers: readonly number[], written: string): string | undefined {
  const dash = RANGE_DASH.exec(written)?.[0];
  if (!dash) return listWrittenLike(numbers.map(String), written);
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const writtenNumbers = sorted.map((n) => numberWrittenLike(n, written));
  if (writtenNumbers.includes(undefined)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${writtenNumbers[i]}${dash}${writtenNumbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(writtenNumbers[k]!);
    i = j + 1;
  }
  return parts.join(separatorOf(written));
}

/**
 * A new marker citing `label`, written like the essay's marker nearest before
 * `at` (or its first): `[7]`, `［７］`, `⑦`, `⁷`, `<sup>7</sup>`, `[^7]`.
 * Undefined when that style cannot write the number.
 */
export function newMarkerLike(model: EssayModel, at: number, label: string): string | undefined {
  const brackets = model.format === 'markdown' ? `[^${label}]` : `[${label}]`;
  const { markers, text } = model;
  if (markers.length === 0) return brackets;
  let template = markers[0];
  for (const marker of markers) {
    if (marker.span.start >= at) break;
    template = marker;
  }
  const labels = labelsSpanOf(markersSharingBracket(markers, template));
  const written = text.slice(labels.start, labels.end);
  // A bare number glued to the text (`rose.12`, from a PDF) reads as a marker only beside its note: brackets say it is one.
  if (labels.start === template.span.start && labels.end === template.span.end && /^\d+$/.test(written)) return brackets;
  const newLabel = labelWrittenLike(label, written);
  return newLabel === undefined ? undefined : text.slice(template.span.start, labels.start) + newLabel + text.slice(labels.end, template.span.end);
}

/**
 * The start of a new note for `label`, written like `template`'s: `[7] `,
 * `7. `, `⑦ `, `［７］`, `[^7]: `. Undefined when that style cannot write the number.
 */
export function noteStartLike(text: string, template: Note, label: string): string | undefined {
  const newLabel = labelWrittenLike(label, text.slice(template.labelSpan.start, template.labelSpan.end));
  if (newLabel === undefined) return undefined;
  return text.slice(template.span.start, template.labelSpan.start) + newLabel + text.slice(template.labelSpan.end, template.textSpan.start);
}
