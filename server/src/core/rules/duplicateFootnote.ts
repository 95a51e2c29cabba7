import type { Rule } from './rule';
import { firstNoteOfLabel, labelKey } from '../parse/linking';
import { formatLabel, lineNumberOf } from './rule';
import { noteLabelArea } from './noteEdits';

/** Two notes with one label: markers can only reach the first. */
export const duplicateFootnote: Rule = {
  id: 'duplicate-footnote',
  description: 'Two notes in the notes list share one label.',
  defaultSeverity: 'error',
  fixable: false,
  reads: 'markers-and-notes',
  check(model) {
    const first = firstNoteOfLabel(model.notes);
    const results = [];
    for (const [i, note] of model.notes.entries()) {
      const firstIndex = first.get(labelKey(note.label))!;
      if (firstIndex === i) continue;
      const firstNote = model.notes[firstIndex];
      const firstStart = firstNote.span.start;
      results.push({
        span: noteLabelArea(model, note),
        message: `Note ${formatLabel(model, note.label)} is defined twice; the first definition is on line ${lineNumberOf(model, firstStart)}.`,
        related: [{ span: firstNote.labelSpan, message: `First definition of note ${formatLabel(model, note.label)}` }],
      });
    }
    return results;
  },
};
