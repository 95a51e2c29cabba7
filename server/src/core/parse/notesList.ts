import type { Note, Span, TextField } from '../model';
import { foldSpaces, isDigit, isInlineSpace, trimSpan } from '../text/chars';
import { isChromeLine } from './chrome';
import { isNotesHeading } from './headings';
import type { Block, Line } from './plainLines';

/** Where a note line's label stands and where its text begins. */
interface NoteStart {
  labelSpan: Span;
  start: number;
  textStart: number;
}

export type NoteStyle = 'bracket' | 'numbered';

/**
 * `[12] Text…` (bracket style). With `numbered`, also `12. Text…`, which only
 * counts under a Notes heading, where it cannot be an ordinary list.
 */
export function readNoteStart(text: string, line: Line, style: NoteStyle): NoteStart | undefined {
  let i = line.start;
  while (i < line.end && isInlineSpace(text.charCodeAt(i))) i++;
  const start = i;
  if (style === 'bracket') {
    if (text[i] !== '[') return undefined;
    i++;
  }
  const labelStart = i;
  while (i < line.end && i - labelStart <= 5 && isDigit(text.charCodeAt(i))) i++;
  if (i === labelStart || i - labelStart > 5) return undefined;
  const labelEnd = i;
  if (style === 'bracket') {
    if (text[i] !== ']') return undefined;
    i++;
  } else {
    if (text[i] !== '.' && text[i] !== ')') return undefined;
    i++;
    if (i < line.end && !isInlineSpace(text.charCodeAt(i))) return undefined;
  }
  while (i < line.end && isInlineSpace(text.charCodeAt(i))) i++;
  return { labelSpan: { start: labelStart, end: labelEnd }, start, textStart: i };
}

export interface PlainNotesList {
  /** Index of the first block of the list (the heading's block when there is one). */
  firstBlock: number;
  heading?: TextField;
  notes: Note[];
  span: Span;
}

function isChromeBlock(text: string, block: Block): boolean {
  return block.lines.every((line) => {
    const span = trimSpan(text, line.start, line.end);
    return isChromeLine(text.slice(span.start, span.end));
  });
}

/**
 * Finds the notes list at the end of a plain-text essay: the trailing run of
 * blocks that start with a note label, optionally under a Notes heading, before
 * any trailing site chrome. A block between two note blocks that starts without
 * a label continues the note before it.
 */
export function findNotesList(text: string, blocks: Block[], bodyStart: number): PlainNotesList | undefined {
  let last = blocks.length - 1;
  while (last >= bodyStart && isChromeBlock(text, blocks[last])) last--;
  for (const style of ['bracket', 'numbered'] as const) {
    const found = findListOfStyle(text, blocks, bodyStart, last, style);
    if (found) return found;
  }
  return undefined;
}

function findListOfStyle(
  text: string,
  blocks: Block[],
  bodyStart: number,
  last: number,
  style: NoteStyle,
): PlainNotesList | undefined {
  const startsNote = (b: number) => readNoteStart(text, blocks[b].lines[0], style) !== undefined;
  const headingOf = (b: number): TextField | undefined => {
    const line = blocks[b].lines[0];
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
    if (blocks[b].lines.length > 1 && headingOf(b) && readNoteStart(text, blocks[b].lines[1], style)) {
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
  } else if (first - 1 >= bodyStart && blocks[first - 1].lines.length === 1 && headingOf(first - 1)) {
    heading = headingOf(first - 1);
    firstBlock = first - 1;
  }
  // Numbered lists are ordinary lists unless a Notes heading says otherwise.
  if (style === 'numbered' && !heading) return undefined;

  const notes: Note[] = [];
  let current: { start: NoteStart; end: number } | undefined;
  const flush = () => {
    if (!current) return;
    const textSpan = trimSpan(text, current.start.textStart, current.end);
    notes.push({
      label: String(Number(text.slice(current.start.labelSpan.start, current.start.labelSpan.end))),
      text: foldSpaces(text.slice(textSpan.start, textSpan.end)),
      span: { start: current.start.start, end: textSpan.end > current.start.labelSpan.end ? textSpan.end : current.end },
      labelSpan: current.start.labelSpan,
      textSpan: textSpan.end > textSpan.start ? textSpan : { start: current.start.textStart, end: current.start.textStart },
      citedBy: [],
    });
    current = undefined;
  };
  for (let b = first; b <= last; b++) {
    blocks[b].lines.forEach((line, n) => {
      if (skipFirstLine && b === first && n === 0) return;
      const start = readNoteStart(text, line, style);
      if (start) {
        flush();
        current = { start, end: line.end };
      } else if (current) {
        current.end = line.end;
      }
    });
  }
  flush();
  const spanStart = heading ? heading.span.start : blocks[first].start;
  return { firstBlock, heading, notes, span: { start: spanStart, end: blocks[last].end } };
}
