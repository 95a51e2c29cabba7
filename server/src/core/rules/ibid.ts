import type { Note } from '../model';
import type { Rule, RuleResult } from './rule';
import { formatLabel } from './rule';
import { firstNoteOfLabel, labelKey } from '../parse/linking';

/**
 * "Ibid." and "supra note N" only work when what they point at is clear: an
 * Ibid. after a note citing several works is ambiguous, and a note N that does
 * not exist points nowhere.
 */
export const ibid: Rule = {
  id: 'ibid',
  description: 'An Ibid. follows a note that cites several works, or points at a note that does not exist.',
  defaultSeverity: 'warning',
  fixable: false,
  reads: 'markers-and-notes',
  check(model) {
    const results: RuleResult[] = [];
    // The first note of each label, found once (a lookup per note is quadratic in a list of 50,000
    // notes), and only when a note refers to another: most essays have none.
    let firstByLabel: Map<string, number> | undefined;
    const firstNoteLabelled = (label: string): Note | undefined => {
      const index = (firstByLabel ??= firstNoteOfLabel(model.notes)).get(labelKey(label));
      return index === undefined ? undefined : model.notes[index];
    };
    model.notes.forEach((note, i) => {
      const source = note.source;
      if (!source) return;
      const isIbid = /^\s*(?:ibid|id)\b/iu.test(note.text);
      if (isIbid && i === 0) {
        results.push({ span: note.span, message: `Note ${formatLabel(model, note.label)} says Ibid. but no note comes before it.`, related: [] });
        return;
      }
      if (source.refersTo === undefined) return;
      const target = firstNoteLabelled(source.refersTo);
      if (!target) {
        results.push({ span: note.span, message: `Note ${formatLabel(model, note.label)} refers to note ${formatLabel(model, source.refersTo)}, which does not exist.`, related: [] });
        return;
      }
      if (isIbid && (target.source?.alsoCites?.length ?? 0) > 0) {
        results.push({
          span: note.span,
          message: `Note ${formatLabel(model, note.label)} says Ibid. after note ${formatLabel(model, target.label)}, which cites several works: name the one meant.`,
          related: [{ span: target.span, message: `Note ${formatLabel(model, target.label)} cites several works` }],
        });
      }
    });
    return results;
  },
};
