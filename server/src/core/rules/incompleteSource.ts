import type { Rule, RuleResult } from './rule';
import { formatLabel } from './rule';

/** When at least this many notes, and at least half of them, are cut off, one grouped finding says so. */
const GROUP_AT_LEAST = 3;

/**
 * A note an editor cannot follow up: no date, no title, or a dangling comma
 * where the URL was cut off. A whole notes list cut off by an export is one
 * problem with one fix (re-export), so it gets one grouped finding, not twenty.
 */
export const incompleteSource: Rule = {
  id: 'incomplete-source',
  description: 'A note has no date or no title, or ends in a dangling comma where its URL was cut off.',
  defaultSeverity: 'information',
  fixable: false,
  reads: 'markers-and-notes',
  check(model) {
    const results: RuleResult[] = [];
    const citations = model.notes.filter((note) => note.source && note.source.refersTo === undefined);
    const truncated = citations.filter((note) => note.source!.truncated);
    const grouped = truncated.length >= GROUP_AT_LEAST && truncated.length * 2 >= citations.length;
    if (grouped) {
      const first = truncated[0];
      const all = truncated.length === citations.length ? `All ${truncated.length} notes` : `${truncated.length} of ${citations.length} notes`;
      results.push({
        span: first.span,
        message: `${all} end in a dangling comma: their URLs were probably cut off when the essay was exported. Re-export the notes with their links.`,
        related: truncated.slice(1).map((note) => ({ span: note.span, message: `Note ${formatLabel(model, note.label)} is cut off too` })),
      });
    }
    for (const note of citations) {
      const source = note.source!;
      const missing: string[] = [];
      if (!source.title) missing.push('no title');
      if (!source.date) missing.push('no date');
      const cutOff = source.truncated && !grouped;
      // Commentary notes ("For example, …") are not citations: nothing to complete.
      if (!source.title && !source.url && source.authors.length === 0 && !source.container) continue;
      if (missing.length === 0 && !cutOff) continue;
      const parts = [...missing];
      if (cutOff) parts.push('a dangling comma where its URL was probably cut off');
      results.push({
        span: note.span,
        message: `Note ${formatLabel(model, note.label)} has ${joinWithAnd(parts)}.`,
        related: [],
      });
    }
    return results;
  },
};

function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
