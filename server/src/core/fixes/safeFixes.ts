import { analyseEssay } from '../analyse';
import type { EssayFormat } from '../model';
import type { ReviewOptions } from '../options';
import { applyEdits } from './applyEdits';
import { removeUnusedNotes } from './removeUnusedNotes';
import { renumberNotes } from './renumber';

export interface SafeFixResult {
  text: string;
  /** What was done, for the user: "removed 2 unused notes", "renumbered 12 notes". */
  changes: string[];
  /** Why a fix was not applied (word labels, duplicate notes). */
  skipped: string[];
}

/**
 * The fixes that need no judgement, applied in turn on fresh readings: unused
 * notes removed, then notes renumbered in order of first citation. Applying it
 * to its own result changes nothing.
 */
export function applySafeFixes(text: string, format: EssayFormat, options?: ReviewOptions): SafeFixResult {
  const changes: string[] = [];
  const skipped: string[] = [];
  let current = text;
  let model = analyseEssay(current, { format, options }).model;
  const removals = removeUnusedNotes(model);
  if (removals.length > 0) {
    const before = model.notes.length;
    current = applyEdits(current, removals);
    model = analyseEssay(current, { format, options }).model;
    const removed = before - model.notes.length;
    changes.push(`removed ${removed} unused note${removed === 1 ? '' : 's'}`);
  }
  const renumbering = renumberNotes(model);
  if (!renumbering.ok) {
    skipped.push(renumbering.reason);
  } else if (renumbering.edits.length > 0) {
    current = applyEdits(current, renumbering.edits);
    const moved = [...renumbering.mapping].filter(([from, to]) => from !== to).length;
    changes.push(`renumbered ${moved} note${moved === 1 ? '' : 's'} in order of first citation`);
  }
  return { text: current, changes, skipped };
}
