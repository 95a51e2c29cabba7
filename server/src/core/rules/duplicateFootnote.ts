import type { Note } from '../model';
import type { Rule } from './rule';
import { labelKey } from '../parse/linking';
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
    const first = new Map<string, Note>();
    const results = [];
    for (const note of model.notes) {
      const firstNote = first.get(labelKey(note.label));
      if (firstNote === undefined) {
        first.set(labelKey(note.label), note);
        continue;
      }
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
