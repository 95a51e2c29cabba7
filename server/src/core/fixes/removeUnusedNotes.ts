import type { EssayModel, Note } from '../model';
import { unusedNoteTest } from '../parse/linking';
import { isLineBreak, isSpace } from '../text/chars';
import type { TextEdit } from '../rules/rule';

/**
 * Removes every note no marker cites, each run of neighbouring unused notes in
 * one edit (so the edits never overlap), together with the gap that separated
 * it from the notes around it.
 */
export function removeUnusedNotes(model: EssayModel): TextEdit[] {
  const { notes, text } = model;
  const unused = unusedNoteTest(notes);
  const edits: TextEdit[] = [];
  for (let i = 0; i < notes.length; i++) {
    if (!unused(i)) continue;
    let j = i;
    while (j + 1 < notes.length && unused(j + 1)) j++;
    edits.push(removeRun(text, notes[i - 1], notes[i], notes[j], notes[j + 1]));
    i = j;
  }
  return edits;
}

function removeRun(text: string, previous: Note | undefined, first: Note, last: Note, next: Note | undefined): TextEdit {
  if (previous) return { span: { start: previous.span.end, end: last.span.end }, newText: '' };
  let start = first.span.start;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1)) && isSpace(text.charCodeAt(start - 1))) start--;
  if (!next) return { span: { start, end: last.span.end }, newText: '' };
  let end = next.span.start;
  while (end > last.span.end && !isLineBreak(text.charCodeAt(end - 1)) && isSpace(text.charCodeAt(end - 1))) end--;
  return { span: { start, end }, newText: '' };
}
