// Every way a footnote marker is written in running text: bracketed numbers
// (`[9]`, `［9］`, `【9】`, `〔9〕`), circled numbers (`①`), superscript digits
// (`¹²`), `<sup>9</sup>`, and — only when the notes list has such a note — digits
// glued after sentence punctuation as PDF exports leave them (`objectives.9`).
// Each reader looks a bounded number of characters around one position.

import type { Marker, Span } from '../model';
import { isAsciiLetter, isDigit, isInlineSpace, isLineBreak } from '../text/chars';
import { circledNumber, isClauseMark, isHan, normaliseNumberLabel, superscriptDigit } from '../text/cjk';
import { type BracketLabel, type BracketMarker, bracketMarkerEnd, isMarkerBracket, readBracketMarker, scanBracketMarker } from './bracketMarkers';

export interface MarkerContext {
  /** A note with this (normalised) label exists: allows long labels and digits glued after punctuation. */
  hasNote: (label: string) => boolean;
  /** Read `objectives.9` as a marker when note 9 exists (plain text with a notes list). */
  gluedNumbers?: boolean;
}

const MAX_SUPERSCRIPT_DIGITS = 3;
const MAX_GLUED_DIGITS = 3;
/** `<sup>[12, 13]</sup>` at its longest. */
const MAX_SUP_ELEMENT = 64;

/** Letters before `²` or `³` that make it a power: `km²`, `m³`, `ft²`, `x²`. */
const POWER_BASES = new Set(['km', 'cm', 'mm', 'dm', 'nm', 'ft', 'mi', 'yd', 'in', 'sq']);

/** Words before a full stop that a number follows as a reference, not a note: `p.12`, `No.3`. */
const REFERENCE_ABBREVIATIONS = new Set(['p', 'pp', 'no', 'nos', 'vol', 'art', 'fig', 'ch', 'sec', 'para', 'op', 'cf']);

const LETTER = /\p{L}/u;

/** Punctuation a PDF export leaves a note number glued to: `objectives.1`, `said,”2`. */
function isGluePunctuation(code: number): boolean {
  return (
    code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f ||
    code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29
  );
}

/** A character that may start a marker (a cheap test before reading one). */
export function mayStartMarker(code: number): boolean {
  // Most characters are ASCII: `[`, `<` or a digit are the only ones there that may start a marker.
  if (code < 0x80) return code === 0x5b || code === 0x3c || isDigit(code);
  return (
    isMarkerBracket(code) || circledNumber(code) > 0 || superscriptDigit(code) >= 0 || code === 0x3c /* < */ || isDigit(code)
  );
}

/** The characters `mayStartMarker` accepts, as a regex to search with. */
const MARKER_START = /[\d<[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2460-\u2473\u3010\u3014\u3251-\u325f\u32b1-\u32bf\uff3b]/g;

/** Reads the marker starting at `at`, if one does. */
export function readMarkerAt(text: string, at: number, limit: number, context: MarkerContext): BracketMarker | undefined {
  const code = text.charCodeAt(at);
  if (isMarkerBracket(code)) return readBracketMarker(text, at, limit, context.hasNote);
  if (circledNumber(code) > 0) return readCircledMarker(text, at);
  if (superscriptDigit(code) >= 0) return readSuperscriptMarker(text, at, limit, context);
  if (code === 0x3c) return readSupElement(text, at, limit);
  if (context.gluedNumbers && isDigit(code)) return readGluedNumber(text, at, limit, context);
  return undefined;
}

/**
 * Appends the markers in `span` to `markers`, in order, one per label: a group
 * such as `[3, 4]` gives two markers that share the group's span.
 */
export function appendMarkers(markers: Marker[], text: string, span: Span, context: MarkerContext, paragraph: number): void {
  // The regex jumps to the next character that may start a marker, far faster than asking each
  // character; it searches the span's own slice, so it never runs on past the span.
  const inSpan = text.slice(span.start, span.end);
  for (let i = span.start; i < span.end; i++) {
    MARKER_START.lastIndex = i - span.start;
    if (!MARKER_START.test(inSpan)) break;
    i = span.start + MARKER_START.lastIndex - 1;
    const end = appendMarkerAt(markers, text, i, span.end, context, paragraph);
    if (end >= 0) {
      i = end - 1;
    } else if (isDigit(text.charCodeAt(i))) {
      // Not a glued marker: skip the rest of the number, so `2021` is never re-read as `021`, `21`, `1`.
      while (i + 1 < span.end && isDigit(text.charCodeAt(i + 1))) i++;
    }
  }
}

/**
 * Reads the marker starting at `at`, if one does, and appends one marker per
 * label to `markers`; returns where it ends, or -1. A bracket marker's labels
 * are read into a list kept for the purpose: a list and a group object per
 * marker, dropped at once, were a tenth of what reading a plain essay allocated.
 */
export function appendMarkerAt(markers: Marker[], text: string, at: number, limit: number, context: MarkerContext, paragraph: number): number {
  if (isMarkerBracket(text.charCodeAt(at))) {
    bracketLabels.length = 0;
    const end = scanBracketMarker(text, at, limit, context.hasNote, bracketLabels);
    if (end < 0) return -1;
    const span = { start: at, end };
    for (const { label, labelSpan } of bracketLabels) markers.push(newMarker(label, span, labelSpan, paragraph));
    return end;
  }
  const marker = readMarkerAt(text, at, limit, context);
  if (!marker) return -1;
  for (const { label, labelSpan } of marker.labels) markers.push(newMarker(label, marker.span, labelSpan, paragraph));
  return marker.span.end;
}

/** The labels of the bracket marker `appendMarkerAt` is reading. */
const bracketLabels: BracketLabel[] = [];

/** A marker of paragraph number `paragraph`, not yet placed in a sentence or linked to a note. */
export function newMarker(label: string, span: Span, labelSpan: Span, paragraph: number): Marker {
  return { label, span, labelSpan, sentence: -1, paragraph, note: -1 };
}

/**
 * Reads a marker and any markers glued right after it (`[23][24]`, `①②`),
 * returning the offset just past the last one, or `at` when there is none.
 */
export function skipMarkerCluster(text: string, at: number, limit: number, context: MarkerContext): number {
  let i = at;
  for (;;) {
    const end = i < limit ? markerEndAt(text, i, limit, context) : -1;
    if (end < 0) return i;
    i = end;
  }
}

/** Where the marker starting at `at` ends, or -1 when none does. */
function markerEndAt(text: string, at: number, limit: number, context: MarkerContext): number {
  // Bracket markers, the common kind, are stepped over without making their labels.
  if (isMarkerBracket(text.charCodeAt(at))) return bracketMarkerEnd(text, at, limit, context.hasNote);
  const marker = readMarkerAt(text, at, limit, context);
  return marker ? marker.span.end : -1;
}

function single(at: number, end: number, label: string, labelSpan: Span = { start: at, end }): BracketMarker {
  return { span: { start: at, end }, labels: [{ label, labelSpan }] };
}

/**
 * `①` cites note 1, unless it opens an item of an inline enumeration
 * (`措施如下：①加强……；②推进……`): at the start of a line or after a colon or
 * semicolon, a circled number counts items, not notes.
 */
function readCircledMarker(text: string, at: number): BracketMarker | undefined {
  let k = at - 1;
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--;
  if (k < 0 || isLineBreak(text.charCodeAt(k))) return undefined;
  const before = text.charCodeAt(k);
  if (before === 0xff1a || before === 0x3a || before === 0xff1b || before === 0x3b) return undefined;
  return single(at, at + 1, String(circledNumber(text.charCodeAt(at))));
}

/**
 * `¹`, `¹²`: a note number in superscript. Not after a unit or a variable, where
 * it is a power (`km²`, `x³`), and after a digit only when the note exists.
 */
function readSuperscriptMarker(text: string, at: number, limit: number, context: MarkerContext): BracketMarker | undefined {
  if (at > 0 && superscriptDigit(text.charCodeAt(at - 1)) >= 0) return undefined; // inside a run read from its start
  let end = at;
  while (end < limit && end - at < MAX_SUPERSCRIPT_DIGITS && superscriptDigit(text.charCodeAt(end)) >= 0) end++;
  if (end < limit && superscriptDigit(text.charCodeAt(end)) >= 0) return undefined; // too long for a note number
  const label = normaliseNumberLabel(text.slice(at, end));
  if (!label || label === '0' || label.length !== end - at) return undefined;
  let k = at;
  while (k > 0 && k > at - 3 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k < at && (k === 0 || !isAsciiLetter(text.charCodeAt(k - 1)))) {
    const word = text.slice(k, at).toLowerCase();
    if (word.length === 1 || POWER_BASES.has(word)) return undefined;
  }
  if (at > 0 && isDigit(text.charCodeAt(at - 1)) && !context.hasNote(label)) return undefined;
  return single(at, end, label);
}

/** `<sup>9</sup>`, `<sup>[9]</sup>`, `<sup>3,4</sup>` (Markdown with inline HTML). */
function readSupElement(text: string, at: number, limit: number): BracketMarker | undefined {
  const end = Math.min(limit, at + MAX_SUP_ELEMENT);
  if (text.slice(at, at + 5).toLowerCase() !== '<sup>') return undefined;
  let i = at + 5;
  const bracketed = text.charCodeAt(i) === 0x5b;
  if (bracketed) i++;
  const labels: BracketMarker['labels'] = [];
  for (;;) {
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    const label = normaliseNumberLabel(text.slice(start, i));
    if (!label || label === '0' || label.length !== i - start || i - start > 3) return undefined;
    labels.push({ label, labelSpan: { start, end: i } });
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x2c) break;
    i++;
  }
  if (bracketed) {
    if (text.charCodeAt(i) !== 0x5d) return undefined;
    i++;
  }
  if (text.slice(i, i + 6).toLowerCase() !== '</sup>' || i + 6 > end) return undefined;
  return { span: { start: at, end: i + 6 }, labels };
}

/**
 * `objectives.1`, `expected.”2`: digits glued after sentence punctuation that
 * follows a word of two or more letters, when a note with that number exists.
 * After a number (`in 2021,3`) they are a list of numbers, never a marker.
 */
function readGluedNumber(text: string, at: number, limit: number, context: MarkerContext): BracketMarker | undefined {
  let k = at - 1;
  while (k >= 0 && at - k <= 2 && isGluePunctuation(text.charCodeAt(k))) k--;
  if (k === at - 1 || k < 1) return undefined;
  if (!isWordLetter(text.charCodeAt(k)) || !isWordLetter(text.charCodeAt(k - 1))) return undefined;
  let w = k;
  while (w > 0 && k - w < 8 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  if (REFERENCE_ABBREVIATIONS.has(text.slice(w, k + 1).toLowerCase())) return undefined;
  let end = at;
  while (end < limit && isDigit(text.charCodeAt(end))) end++;
  if (end - at > MAX_GLUED_DIGITS) return undefined;
  if (end < limit) {
    const after = text.charCodeAt(end);
    if (isWordLetter(after) || after === 0x25 /* % */) return undefined;
    if ((after === 0x2e || after === 0x2c) && end + 1 < limit && isDigit(text.charCodeAt(end + 1))) return undefined;
  }
  const label = normaliseNumberLabel(text.slice(at, end));
  if (!label || label.length !== end - at || !context.hasNote(label)) return undefined;
  return single(at, end, label);
}

/** A letter of a word in an alphabetic script (not a Han character, which has no words to glue to). */
function isWordLetter(code: number): boolean {
  if (isAsciiLetter(code)) return true;
  if (code < 0xc0 || isHan(code) || isClauseMark(code)) return false;
  return LETTER.test(String.fromCharCode(code));
}
