import { labelKey } from '../parse/linking';
import type { EssayModel, Marker, Note } from '../model';
import type { TextEdit } from '../rules/rule';
import { groupWrittenLike, labelsSpanOf, numberWrittenLike, unwritableNumberReason } from './labelWriting';

export type RenumberResult =
  | { ok: true; edits: TextEdit[]; mapping: Map<string, string> }
  | { ok: false; reason: string };

const NUMERIC = /^\d+$/;

/**
 * Renumbers notes in order of first citation: every marker label is rewritten
 * and the notes move into the new order, each into the place ("slot") the note
 * with that position held, so the text between notes stays exactly as it was.
 * Notes no marker cites follow the cited ones; markers whose note does not exist
 * get fresh numbers after every note, so they stay visibly undefined and never
 * start pointing at some other note. Returns no edits when nothing would change.
 */
export function renumberNotes(model: EssayModel): RenumberResult {
  const { notes, markers, text } = model;
  if (notes.length === 0 && markers.length === 0) return { ok: true, edits: [], mapping: new Map() };
  if (!notes.every((n) => NUMERIC.test(n.label)) || !markers.every((m) => NUMERIC.test(m.label))) {
    return { ok: false, reason: 'Only numbered notes can be renumbered; this essay uses word labels.' };
  }
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(labelKey(note.label))) return { ok: false, reason: `Note [${note.label}] is defined twice; resolve the duplicate before renumbering.` };
    seen.add(labelKey(note.label));
  }

  // The new order: notes by first citation, then uncited notes in list order, then undefined labels.
  const mapping = new Map<string, string>();
  let next = 1;
  const assign = (label: string) => {
    if (!mapping.has(label)) mapping.set(label, String(next++));
  };
  for (const marker of markers) if (marker.note !== -1) assign(canonical(marker.label));
  for (const note of notes) assign(canonical(note.label));
  for (const marker of markers) if (marker.note === -1) assign(canonical(marker.label));

  const edits: TextEdit[] = [];
  // Markers: one edit per group; a bracket with several labels ("[3, 4]", "[5–7]") is rewritten as a whole.
  // Every number is written in the digits the essay used there (`2`, `２`, `②`, `²`).
  for (const group of markerGroups(markers)) {
    const inner = labelsSpanOf(group);
    const written = text.slice(inner.start, inner.end);
    const numbers = group.map((m) => Number(mapping.get(canonical(m.label))));
    const rewritten = group.length === 1 ? numberWrittenLike(numbers[0], written) : groupWrittenLike(numbers, written);
    if (rewritten === undefined) return { ok: false, reason: unwritableNumberReason(Math.max(...numbers)) };
    if (rewritten !== written) edits.push({ span: inner, newText: rewritten });
  }

  // Notes: slot i (in document order) receives the note whose new number is the i-th smallest.
  const bySlot = [...notes].sort((a, b) => Number(mapping.get(canonical(a.label))) - Number(mapping.get(canonical(b.label))));
  for (const [i, slot] of notes.entries()) {
    const incoming = bySlot[i];
    const number = Number(mapping.get(canonical(incoming.label)));
    const newLabel = numberWrittenLike(number, text.slice(incoming.labelSpan.start, incoming.labelSpan.end));
    if (newLabel === undefined) return { ok: false, reason: unwritableNumberReason(number) };
    const newText = relabelledNote(text, incoming, newLabel);
    if (text.slice(slot.span.start, slot.span.end) !== newText) edits.push({ span: slot.span, newText });
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  return { ok: true, edits, mapping };
}

/** "007" and "7" are one note. */
function canonical(label: string): string {
  return String(Number(label));
}

/** Markers sharing one bracket, in document order. */
function markerGroups(markers: Marker[]): Marker[][] {
  const groups: Marker[][] = [];
  for (const marker of markers) {
    const last = groups[groups.length - 1];
    if (last && last[0].span.start === marker.span.start) last.push(marker);
    else groups.push([marker]);
  }
  return groups;
}

/** The note's own text with its label replaced. */
function relabelledNote(text: string, note: Note, newLabel: string): string {
  return text.slice(note.span.start, note.labelSpan.start) + newLabel + text.slice(note.labelSpan.end, note.span.end);
}
