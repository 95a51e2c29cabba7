import { labelKey } from '../parse/linking';
import type { EssayModel, Marker, Note, Span } from '../model';
import type { TextEdit } from '../rules/rule';

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
  // Markers: one edit per bracket; a group ("[3, 4]", "[5–7]") is rewritten as a whole.
  for (const group of markerGroups(markers)) {
    const first = group[0];
    if (group.length === 1 && first.labelSpan.end - first.labelSpan.start === digitsLength(text, first.labelSpan.start)) {
      const newLabel = mapping.get(canonical(first.label))!;
      if (text.slice(first.labelSpan.start, first.labelSpan.end) !== newLabel) edits.push({ span: first.labelSpan, newText: newLabel });
      continue;
    }
    const inner = bracketLabelsSpan(model, first);
    const written = text.slice(inner.start, inner.end);
    const rewritten = formatGroup(group.map((m) => Number(mapping.get(canonical(m.label)))), written);
    if (rewritten !== written) edits.push({ span: inner, newText: rewritten });
  }

  // Notes: slot i (in document order) receives the note whose new number is the i-th smallest.
  const bySlot = [...notes].sort((a, b) => Number(mapping.get(canonical(a.label))) - Number(mapping.get(canonical(b.label))));
  notes.forEach((slot, i) => {
    const incoming = bySlot[i];
    const newText = relabelledNote(text, incoming, mapping.get(canonical(incoming.label))!);
    if (text.slice(slot.span.start, slot.span.end) !== newText) edits.push({ span: slot.span, newText });
  });
  edits.sort((a, b) => a.span.start - b.span.start);
  return { ok: true, edits, mapping };
}

/** "007" and "7" are one note. */
function canonical(label: string): string {
  return String(Number(label));
}

function digitsLength(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i - start;
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

/** The labels inside a bracket: after `[` (or `[^` in Markdown), before `]`. */
export function bracketLabelsSpan(model: EssayModel, marker: Marker): Span {
  const start = model.text[marker.span.start + 1] === '^' ? marker.span.start + 2 : marker.span.start + 1;
  return { start, end: marker.span.end - 1 };
}

/**
 * Writes a group's new labels the way the essay wrote the old ones: a list keeps
 * its order and its comma; a group with a range is rewritten as sorted ranges
 * with the essay's dash, since the renumbered labels may no longer be consecutive.
 */
function formatGroup(labels: number[], written: string): string {
  const dash = /[–—-]/u.exec(written)?.[0];
  const comma = /[,;]\s*/u.exec(written)?.[0] ?? ', ';
  if (!dash) return labels.join(comma);
  const sorted = [...new Set(labels)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (dash && j - i >= 2) {
      parts.push(`${sorted[i]}${dash}${sorted[j]}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    }
    i = j + 1;
  }
  return parts.join(comma);
}

/** The note's own text with its label replaced. */
function relabelledNote(text: string, note: Note, newLabel: string): string {
  return text.slice(note.span.start, note.labelSpan.start) + newLabel + text.slice(note.labelSpan.end, note.span.end);
}
