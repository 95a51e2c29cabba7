import type { EssayModel } from '../model';
import type { TextEdit } from '../rules/rule';
import { removeNoteEdit } from '../rules/noteEdits';
import { labelsSpanOf, labelWrittenLike, listWrittenLike, markersSharingBracket, writtenOnItsOwn } from './labelWriting';

/**
 * Merges a note into an earlier one that cites the same work: the later note's
 * markers take the earlier note's label and the later note goes. Returns no
 * edits when either note is gone or the two are one.
 */
export function mergeDuplicateNote(model: EssayModel, keepStart: number, dropStart: number): TextEdit[] {
  const keep = model.notes.find((n) => n.span.start === keepStart);
  const drop = model.notes.find((n) => n.span.start === dropStart);
  if (!keep || !drop || keep === drop || keep.label === drop.label) return [];
  const edits: TextEdit[] = [];
  const rewritten = new Set<number>();
  for (const m of drop.citedBy) {
    const marker = model.markers[m];
    const group = markersSharingBracket(model.markers, marker);
    if (group.every((other) => writtenOnItsOwn(model.text, other))) {
      const written = model.text.slice(marker.labelSpan.start, marker.labelSpan.end);
      const newLabel = labelWrittenLike(keep.label, written);
      if (newLabel === undefined) return []; // a circled marker cannot cite a note past ㊿
      edits.push({ span: marker.labelSpan, newText: newLabel });
    } else if (!rewritten.has(marker.span.start)) {
      // A range cannot lose one label in place: the bracket becomes a list, every citation kept.
      rewritten.add(marker.span.start);
      const labels = labelsSpanOf(group);
      const list = listWrittenLike(group.map((other) => (other.label === drop.label ? keep.label : other.label)), model.text.slice(labels.start, labels.end));
      if (list === undefined) return [];
      edits.push({ span: labels, newText: list });
    }
  }
  // A bracket that cited both ("[1, 2]") would cite the first twice; that is left for the editor to see.
  edits.push(removeNoteEdit(model, drop));
  return edits;
}
