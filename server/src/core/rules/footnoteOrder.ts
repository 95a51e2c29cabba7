import { renumberNotes } from '../fixes/renumber';
import type { Span } from '../model';
import type { RuleResult, Rule } from './rule';
import { formatLabel, lineNumberOf } from './rule';

const NUMERIC = /^\d+$/;

/**
 * Numbered notes should be first cited in order 1, 2, 3… and numbered without
 * gaps. An essay with word labels (`[^smith]`) has no order to keep.
 */
export const footnoteOrder: Rule = {
  id: 'footnote-order',
  description: 'Numbered notes are first cited out of order, or their numbering has a gap.',
  defaultSeverity: 'information',
  fixable: true,
  reads: 'markers-and-notes',
  check(model) {
    const results: RuleResult[] = [];
    // Where some labels are words, numbers are names too ([^2] beside [^smith]): no order to keep.
    if (!model.notes.every((note) => NUMERIC.test(note.label))) return results;
    // Out of order: a note first cited after a note with a higher number.
    const seen = new Set<string>();
    let highest: { label: number; start: number; span: Span } | undefined;
    for (const marker of model.markers) {
      if (!NUMERIC.test(marker.label) || marker.note === -1 || seen.has(marker.label)) continue;
      seen.add(marker.label);
      const label = Number(marker.label);
      if (highest && label < highest.label) {
        results.push({
          span: marker.span,
          message: `Note ${formatLabel(model, marker.label)} is first cited after note ${formatLabel(model, String(highest.label))} (line ${lineNumberOf(model, highest.start)}); notes should be numbered in order of first citation.`,
          related: [{ span: highest.span, message: `First citation of note ${formatLabel(model, String(highest.label))}` }],
          fix: { kind: 'renumber' },
        });
      } else {
        highest = { label, start: marker.span.start, span: marker.span };
      }
    }
    // Gaps: the numbered notes, in list order, should count 1, 2, 3…
    const numbered = model.notes.filter((note) => NUMERIC.test(note.label));
    let expected = 1;
    const labels = new Set<number>();
    for (const note of numbered) {
      const label = Number(note.label);
      if (labels.has(label)) continue; // duplicate-footnote reports it
      labels.add(label);
      if (label > expected) {
        const missing = label - expected === 1 ? `note ${formatLabel(model, String(expected))} is missing` : `notes ${formatLabel(model, String(expected))}–${formatLabel(model, String(label - 1))} are missing`;
        results.push({
          span: note.labelSpan,
          message: expected === 1 ? `The numbering of notes starts at ${formatLabel(model, note.label)}: ${missing}.` : `The numbering of notes jumps to ${formatLabel(model, note.label)}: ${missing}.`,
          related: [],
          fix: { kind: 'renumber' },
        });
      }
      if (label >= expected) expected = label + 1;
    }
    return results;
  },
  fix(model, data) {
    if (data.kind !== 'renumber') return [];
    const result = renumberNotes(model);
    return result.ok ? result.edits : [];
  },
};
