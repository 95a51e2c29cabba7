// Fixes applied the way the editor applies them, for tests that compare texts.
import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { renumberNotes } from '../../server/src/core/fixes/renumber';
import type { EssayFormat } from '../../server/src/core/model';
import { ruleById } from '../../server/src/core/rules/registry';

/** The text after the fix of the first finding of `ruleId`, which must change something. */
export function fixFirst(text: string, ruleId: string, format: EssayFormat = 'plain'): string {
  const { model, findings } = analyseEssay(text, { format });
  const finding = findings.find((f) => f.rule === ruleId);
  assert.ok(finding?.fix, `no ${ruleId} finding with a fix`);
  const edits = ruleById(ruleId)!.fix!(model, finding.fix);
  assert.ok(edits.length > 0, `the ${ruleId} fix has no edits`);
  return applyEdits(text, edits);
}

/** The text with its notes renumbered in order of first citation, which must be possible. */
export function renumbered(text: string, format: EssayFormat = 'plain'): string {
  const result = renumberNotes(analyseEssay(text, { format }).model);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyEdits(text, result.edits);
}
