import type { Rule } from './rule';
import { unusedNoteTest } from '../parse/linking';
import { formatLabel } from './rule';
import { removeNoteEdit } from './noteEdits';

/** A note no marker cites: either a marker was lost or the note is stale. */
export const unusedFootnote: Rule = {
  id: 'unused-footnote',
  description: 'A note in the notes list is never cited by a marker.',
  defaultSeverity: 'warning',
  fixable: true,
  reads: 'markers-and-notes',
  check(model) {
    const unused = unusedNoteTest(model.notes);
    return model.notes
      .filter((_, i) => unused(i))
      .map((note) => ({
        span: note.span,
        message: `Note ${formatLabel(model, note.label)} is never cited.`,
        related: [],
        unnecessary: true,
        fix: { kind: 'remove-note', label: note.label, noteStart: note.span.start },
      }));
  },
  fix(model, data) {
    if (data.kind !== 'remove-note') return [];
    const note = model.notes.find((n) => n.label === data.label && n.span.start === data.noteStart);
    if (!note || note.citedBy.length > 0) return [];
    return [removeNoteEdit(model, note)];
  },
};
