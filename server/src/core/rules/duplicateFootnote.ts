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
  check(model) {
    const first = new Map<string, number>();
    const results = [];
    for (const note of model.notes) {
      const firstStart = first.get(labelKey(note.label));
      if (firstStart === undefined) {
        first.set(labelKey(note.label), note.span.start);
        continue;
      }
      const firstNote = model.notes.find((n) => labelKey(n.label) === labelKey(note.label))!;
      results.push({
        span: noteLabelArea(model, note),
        message: `Note ${formatLabel(model, note.label)} is defined twice; the first definition is on line ${lineNumberOf(model, firstStart)}.`,
        related: [{ span: firstNote.labelSpan, message: `First definition of note ${formatLabel(model, note.label)}` }],
      });
    }
    return results;
  },
};
