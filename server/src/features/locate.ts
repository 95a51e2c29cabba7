// What stands at a cursor: a marker, a note's label, a finding. Positions come
// from the editor; the model speaks offsets.
import type { EssayModel, Marker, Note, Position, Span } from '../core/model';
import { labelKey } from '../core/parse/linking';
import { noteLabelArea } from '../core/rules/noteEdits';
import type { Finding } from '../core/rules/rule';
import { firstAtLeast } from '../core/text/spans';

export function offsetOf(model: EssayModel, position: Position): number {
  return model.lines.offsetAt(position);
}

/** A span holds the cursor when the cursor is inside it or right after its last character. */
function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The marker under the cursor; in a group (`[3, 4]`) the label under it, else the group's first. */
export function markerAt(model: EssayModel, offset: number): Marker | undefined {
  const markers = model.markers;
  // Markers are in document order: start from the last one starting at or before the cursor.
  const after = firstAtLeast(markers, offset + 1, (m) => m.span.start);
  const candidates: Marker[] = [];
  for (let i = after - 1; i >= 0 && markers[i].span.end >= offset - 64; i--) {
    if (touches(markers[i].span, offset)) candidates.unshift(markers[i]);
  }
  if (candidates.length === 0) return undefined;
  // `[3][4]` with the cursor between them: the cursor is inside `[4]`, not after `[3]`.
  const inside = candidates.filter((m) => m.span.start <= offset && offset < m.span.end);
  const group = inside.length > 0 ? inside : candidates;
  const groupStart = group[group.length - 1].span.start;
  const sameGroup = group.filter((m) => m.span.start === groupStart);
  return sameGroup.find((m) => touches(m.labelSpan, offset)) ?? sameGroup[0];
}

/** The note whose label (`[9]`, `9.`, `[^note]:`) is under the cursor. */
export function noteLabelAt(model: EssayModel, offset: number): Note | undefined {
  return model.notes.find((note) => touches(noteLabelArea(model, note), offset));
}

/** A label under the cursor, whether in a marker or at the head of a note. */
export function labelAt(model: EssayModel, offset: number): { label: string; marker?: Marker; note?: Note } | undefined {
  const marker = markerAt(model, offset);
  if (marker) return { label: marker.label, marker };
  const note = noteLabelAt(model, offset);
  if (note) return { label: note.label, note };
  return undefined;
}

export function markersOf(model: EssayModel, label: string): Marker[] {
  const key = labelKey(label);
  return model.markers.filter((m) => labelKey(m.label) === key);
}

export function notesOf(model: EssayModel, label: string): Note[] {
  const key = labelKey(label);
  return model.notes.filter((n) => labelKey(n.label) === key);
}

export function findingAt(findings: Finding[], rule: Finding['rule'], offset: number): Finding | undefined {
  return findings.find((f) => f.rule === rule && touches(f.span, offset));
}

/** The title of the section holding an offset, or undefined before the first heading. */
export function sectionTitleAt(model: EssayModel, offset: number): string | undefined {
  let title: string | undefined;
  // Sections are in document order and nest: the last one whose span holds the offset is the innermost.
  for (const section of model.sections) {
    if (section.span.start > offset) break;
    if (offset < section.span.end) title = section.title;
  }
  return title;
}
