import type { EssayModel, Note } from '../model';
import type { TextEdit } from '../rules/rule';
import { removeNoteEdit } from '../rules/noteEdits';

/**
 * Merges a note into an earlier one that cites the same work: the later note's
 * markers take the earlier note's label and the later note goes. Returns no
 * edits when either note is gone or the two are one.
 */
export function mergeDuplicateNote(model: EssayModel, keepStart: number, dropStart: number): TextEdit[] {
  const keep = model.notes.find((n) => n.span.start === keepStart);
  const drop = model.notes.find((n) => n.span.start === dropStart);
  if (!keep || !drop || keep === drop || keep.label === drop.label) return [];
  const edits: TextEdit[] = drop.citedBy.map((m) => ({ span: model.markers[m].labelSpan, newText: keep.label }));
  // A bracket that cited both ("[1, 2]") would cite the first twice; that is left for the editor to see.
  edits.push(removeNoteEdit(model, drop as Note));
  return dedupe(edits);
}

/** Markers inside a range share one label span; one edit each. */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.span.start}:${e.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
