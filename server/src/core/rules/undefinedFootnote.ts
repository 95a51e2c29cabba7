import type { Rule } from './rule';
import { formatLabel, lineNumberOf } from './rule';
import { noteStubEdit } from './noteEdits';

/** A marker whose note does not exist: the reader has nowhere to go. */
export const undefinedFootnote: Rule = {
  id: 'undefined-footnote',
  description: 'A footnote marker points to a note that does not exist.',
  defaultSeverity: 'error',
  fixable: true,
  reads: 'markers-and-notes',
  check(model) {
    const undefinedMarkers = model.markers.filter((marker) => marker.note === -1);
    // Most essays have none: nothing more to count.
    if (undefinedMarkers.length === 0) return [];
    const lastNote = model.notes[model.notes.length - 1];
    const where = lastNote ? ` (the notes list ends with ${formatLabel(model, lastNote.label)} on line ${lineNumberOf(model, lastNote.span.start)})` : ' (the essay has no notes list)';
    // Labels per bracket, counted once: asking per marker is quadratic in an essay of 100,000 markers.
    const labelsAt = new Map<number, number>();
    for (const m of model.markers) labelsAt.set(m.span.start, (labelsAt.get(m.span.start) ?? 0) + 1);
    return undefinedMarkers.map((marker) => ({
        // In a group (`[3, 4]`) only the missing label is underlined.
        span: labelsAt.get(marker.span.start)! > 1 ? marker.labelSpan : marker.span,
        message: `Footnote ${formatLabel(model, marker.label)} has no note${where}.`,
        related: [],
        fix: { kind: 'add-note', label: marker.label },
      }));
  },
  fix(model, data) {
    if (data.kind !== 'add-note' || model.notes.some((n) => n.label === data.label)) return [];
    const stub = noteStubEdit(model, data.label);
    return stub ? [stub] : [];
  },
};
