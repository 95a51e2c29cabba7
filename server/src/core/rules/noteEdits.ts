import type { EssayModel, Note, Span } from '../model';
import { isLineBreak, isSpace } from '../text/chars';
import type { TextEdit } from './rule';
import { noteStartLike } from '../fixes/labelWriting';

/** The line break the document already uses, so an edit does not mix styles. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** The label as written at the start of a note: `[3]`, `3.`, `[^note]:`. */
export function noteLabelArea(model: EssayModel, note: Note): Span {
  let end = note.labelSpan.end;
  const closer = model.text[end];
  if (closer === ']' || closer === '.' || closer === ')') end++;
  if (model.text[end] === ':') end++;
  return { start: note.span.start, end };
}

/**
 * Removes a note with the line break before it, so the notes list keeps its
 * spacing and no other character moves.
 */
export function removeNoteEdit(model: EssayModel, note: Note): TextEdit {
  const text = model.text;
  let start = note.span.start;
  // Take the indentation before the label too.
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1)) && isSpace(text.charCodeAt(start - 1))) start--;
  let end = note.span.end;
  const index = model.notes.indexOf(note);
  const previous = model.notes[index - 1];
  if (previous) {
    // Take the gap after the previous note, leave the gap before the next one.
    start = previous.span.end;
  } else {
    // First note: take everything up to the next note (or the end of its own line).
    const next = model.notes[index + 1];
    if (next) {
      end = next.span.start;
      while (end > note.span.end && !isLineBreak(text.charCodeAt(end - 1)) && isSpace(text.charCodeAt(end - 1))) end--;
    }
  }
  return { span: { start, end }, newText: '' };
}

/**
 * Appends a note for `label` to the notes list, started the way its last note
 * starts (`[7] `, `7. `, `⑦ `, `[^7]: `), or starts a notes list when the
 * essay has none. Undefined when the list's style cannot write the number
 * (circled numbers stop at 50).
 */
export function noteStubEdit(model: EssayModel, label: string): TextEdit | undefined {
  const text = model.text;
  const br = lineBreakOf(text);
  const last = model.notes[model.notes.length - 1];
  if (last) {
    const stub = noteStartLike(text, last, label);
    if (stub === undefined) return undefined;
    const previous = model.notes[model.notes.length - 2];
    const gap = previous ? text.slice(previous.span.end, last.span.start) : br + br;
    const separator = /\r?\n[ \t]*\r?\n/.test(gap) ? br + br : br;
    return { span: { start: last.span.end, end: last.span.end }, newText: separator + stub, cursorAt: (separator + stub).length };
  }
  const stub = model.format === 'markdown' ? `[^${label}]: ` : `[${label}] `;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const heading = model.format === 'markdown' ? '## Notes' : 'Notes';
  const newText = `${br}${br}${heading}${br}${br}${stub}`;
  return { span: { start: end, end }, newText, cursorAt: newText.length };
}
