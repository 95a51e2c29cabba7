import type { Note, Span, TextField } from '../model';
import { foldSpaces, isInlineSpace, trimSpan } from '../text/chars';
import { circledNumber, isAnyDigit, isHan, normaliseNumberLabel, superscriptDigit } from '../text/cjk';
import { isChromeBlock } from './chrome';
import { isNotesHeading } from './headings';
import type { BlockList, Line } from './plainLines';

/** Where a note line's label stands and where its text begins. */
interface NoteStart {
  labelSpan: Span;
  start: number;
  textStart: number;
}

export type NoteStyle = 'bracket' | 'circled' | 'numbered' | 'superscript';

/** The closer for each bracket a note label may stand in: `[1]`, `［1］`, `【1】`, `〔1〕`. */
const LABEL_BRACKETS = new Map<string, string>([
  ['[', ']'],
  ['［', '］'],
  ['【', '】'],
  ['〔', '〕'],
]);

/** A note number longer than this is no note number. */
const MAX_LABEL_DIGITS = 5;

/**
 * `[12] Text…`, `［12］Text…` (bracket style). With `circled`, `① Text…`; with
 * `numbered`, `12. Text…` or `12、Text…`; with `superscript`, `¹² Text…`. The
 * last three only count under a Notes heading, where they cannot be an
 * ordinary list.
 */
export function readNoteStart(text: string, line: Line, style: NoteStyle): NoteStart | undefined {
  let i = line.start;
  while (i < line.end && isInlineSpace(text.charCodeAt(i))) i++;
  const start = i;
  if (style === 'circled') {
    if (i >= line.end || circledNumber(text.charCodeAt(i)) === 0) return undefined;
    let textStart = i + 1;
    while (textStart < line.end && isInlineSpace(text.charCodeAt(textStart))) textStart++;
    return { labelSpan: { start: i, end: i + 1 }, start, textStart };
  }
  const closer = style === 'bracket' ? LABEL_BRACKETS.get(text[i]) : undefined;
  if (style === 'bracket') {
    if (closer === undefined) return undefined;
    i++;
  }
  const labelStart = i;
  const isLabelDigit = style === 'superscript' ? isSuperscriptDigit : isAnyDigit;
  while (i < line.end && i - labelStart <= MAX_LABEL_DIGITS && isLabelDigit(text.charCodeAt(i))) i++;
  if (i === labelStart || i - labelStart > MAX_LABEL_DIGITS) return undefined;
  const labelEnd = i;
  // A superscript number needs nothing after it: `¹ Text`, `¹Text`.
  if (style === 'bracket') {
    if (text[i] !== closer) return undefined;
    i++;
  } else if (style === 'numbered') {
    const mark = text[i];
    if (mark !== '.' && mark !== ')' && mark !== '、' && mark !== '．') return undefined;
    i++;
    // "12. Text", and "12.王毅" in Chinese notes, which put no space after the number.
    if (i < line.end && !isInlineSpace(text.charCodeAt(i)) && mark !== '、' && !isHan(text.charCodeAt(i)) && !isOpeningQuote(text[i])) return undefined;
  }
  while (i < line.end && isInlineSpace(text.charCodeAt(i))) i++;
  return { labelSpan: { start: labelStart, end: labelEnd }, start, textStart: i };
}

function isSuperscriptDigit(code: number): boolean {
  return superscriptDigit(code) >= 0;
}

/** `《` `“` `「`: a Chinese note may open with a title or a quotation right after its number. */
function isOpeningQuote(ch: string): boolean {
  return ch === '《' || ch === '“' || ch === '「' || ch === '『';
}

export interface PlainNotesList {
  /** Index of the first block of the list (the heading's block when there is one). */
  firstBlock: number;
  heading?: TextField;
  notes: Note[];
  span: Span;
}

/**
 * Finds the notes list at the end of a plain-text essay: the trailing run of
 * blocks that start with a note label, optionally under a Notes heading, before
 * any trailing site chrome. A block between two note blocks that starts without
 * a label continues the note before it.
 */
export function findNotesList(text: string, blocks: BlockList, bodyStart: number): PlainNotesList | undefined {
  let last = blocks.length - 1;
  while (last >= bodyStart && isChromeBlock(text, blocks.at(last))) last--;
  for (const style of ['bracket', 'circled', 'numbered', 'superscript'] as const) {
    const found = findListOfStyle(text, blocks, bodyStart, last, style);
    if (found) return found;
  }
  return undefined;
}

function findListOfStyle(
  text: string,
  blocks: BlockList,
  bodyStart: number,
  last: number,
  style: NoteStyle,
): PlainNotesList | undefined {
  const startsNote = (b: number) => readNoteStart(text, blocks.at(b).line(0), style) !== undefined;
  const headingOf = (b: number): TextField | undefined => {
    const line = blocks.at(b).line(0);
    const span = trimSpan(text, line.start, line.end);
    const content = text.slice(span.start, span.end);
    return isNotesHeading(content) ? { text: content, span } : undefined;
  };
  let first = -1;
  for (let b = last; b >= bodyStart; b--) {
    if (startsNote(b)) {
      first = b;
      continue;
    }
    // A heading block whose later lines are notes ("References\n[1] …").
    if (blocks.at(b).lineCount > 1 && headingOf(b) && readNoteStart(text, blocks.at(b).line(1), style)) {
      first = b;
      break;
    }
    if (first !== -1 && b - 1 >= bodyStart && startsNote(b - 1) && !headingOf(b)) continue;
    break;
  }
  if (first === -1) return undefined;
  let heading: TextField | undefined;
  let firstBlock = first;
  let skipFirstLine = false;
  if (!startsNote(first)) {
    heading = headingOf(first);
    skipFirstLine = true;
  } else if (first - 1 >= bodyStart && blocks.at(first - 1).lineCount === 1 && headingOf(first - 1)) {
    heading = headingOf(first - 1);
    firstBlock = first - 1;
  }
  // Numbered, circled and superscript lists are ordinary lists unless a Notes heading says otherwise.
  if (style !== 'bracket' && !heading) return undefined;

  const notes: Note[] = [];
  let noteStart: NoteStart | undefined;
  let noteEnd = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks.at(b);
    for (let n = skipFirstLine && b === first ? 1 : 0; n < block.lineCount; n++) {
      const line = block.line(n);
      const start = readNoteStart(text, line, style);
      if (start) {
        if (noteStart) notes.push(noteOf(text, noteStart, noteEnd));
        noteStart = start;
      }
      if (noteStart) noteEnd = line.end;
    }
  }
  if (noteStart) notes.push(noteOf(text, noteStart, noteEnd));
  const spanStart = heading ? heading.span.start : blocks.at(first).start;
  return { firstBlock, heading, notes, span: { start: spanStart, end: blocks.at(last).end } };
}

/** The note that starts at `start` and runs to the end of its last line, `end`. */
function noteOf(text: string, start: NoteStart, end: number): Note {
  const textSpan = trimSpan(text, start.textStart, end);
  return {
    label: noteLabel(text, start.labelSpan),
    text: foldSpaces(text.slice(textSpan.start, textSpan.end)),
    span: { start: start.start, end: textSpan.end > start.labelSpan.end ? textSpan.end : end },
    // A span of the note's own, not the one `readNoteStart` made: those made while
    // looking for the list's start are dropped at once, and mixed with them the
    // kept ones were never seen as long-lived by the engine.
    labelSpan: { start: start.labelSpan.start, end: start.labelSpan.end },
    textSpan: textSpan.end > textSpan.start ? textSpan : { start: start.textStart, end: start.textStart },
    citedBy: [],
  };
}

/** The label as ASCII digits: `［１］` and `①` are note 1. */
export function noteLabel(text: string, labelSpan: Span): string {
  const written = text.slice(labelSpan.start, labelSpan.end);
  return normaliseNumberLabel(written) ?? written;
}
