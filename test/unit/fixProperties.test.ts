// The one-place fixes, checked the way renumbering is: over generated essays,
// each edit changes only what it means to, and a fresh reading agrees.
import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { markCitationNeeded } from '../../server/src/core/fixes/citationNeeded';
import { mergeDuplicateNote } from '../../server/src/core/fixes/mergeDuplicateNotes';
import { ruleById } from '../../server/src/core/rules/registry';
import type { TextEdit } from '../../server/src/core/rules/rule';
import { generateEssay, type Random, seededRandom } from '../support/essayGenerator';

const RUNS = Number(process.env.POLICY_REVIEW_PROPERTY_RUNS ?? 2000) / 4;
const FIGURES = ['rose 38 percent', 'reached US$ 4.2 billion', 'fell by 12 percent', 'employs 216,000 people'];

/** A generated essay with a few uncited figures sprinkled into its sentences. */
function essayWithClaims(random: Random): { text: string; format: 'plain' | 'markdown' } {
  const { text, format } = generateEssay(random);
  const notesAt = text.search(/\n(\[\^?\d+\]|Notes)/);
  const body = notesAt < 0 ? text : text.slice(0, notesAt);
  const withFigures = body.replace(/ (\w+)\./g, (match, word: string) => (random() < 0.3 ? ` ${word} ${FIGURES[Math.floor(random() * FIGURES.length)]}.` : match));
  return { text: withFigures + (notesAt < 0 ? '' : text.slice(notesAt)), format };
}

/** Inserting edits only: the old text is the new one with the inserted strings taken out. */
function withoutInsertions(text: string, edits: TextEdit[]): string {
  assert.ok(edits.every((e) => e.span.start === e.span.end), 'a fix that should only insert replaced text');
  return text;
}

describe('one-place fixes: properties over generated essays', () => {
  it(`add a citation: only insertions, the claim cited afterwards, no new undefined or unused notes (${RUNS} essays)`, () => {
    const random = seededRandom(5150);
    let fixed = 0;
    for (let run = 0; run < RUNS; run++) {
      const { text, format } = essayWithClaims(random);
      const before = analyseEssay(text, { format });
      const finding = before.findings.find((f) => f.rule === 'uncited-claim');
      if (!finding?.fix) continue;
      const edits = ruleById('uncited-claim')!.fix!(before.model, finding.fix);
      withoutInsertions(text, edits);
      const after = analyseEssay(applyEdits(text, edits), { format });
      const claim = after.model.claims.find((c) => c.text === before.model.claims.find((b) => b.span.start === finding.span.start)!.text && c.cited);
      assert.ok(claim, `the claim is still uncited\n${text}`);
      const count = (a: typeof before, rule: string) => a.findings.filter((f) => f.rule === rule).length;
      assert.ok(count(after, 'undefined-footnote') <= count(before, 'undefined-footnote'), text);
      assert.ok(count(after, 'unused-footnote') <= count(before, 'unused-footnote'), text);
      assert.equal(count(after, 'uncited-claim'), count(before, 'uncited-claim') - before.model.claims.filter((c) => !c.cited && c.sentence === before.model.claims.find((b) => b.span.start === finding.span.start)!.sentence).length, text);
      fixed++;
    }
    assert.ok(fixed > RUNS / 4, `only ${fixed} essays had an uncited claim`);
  });

  it(`[citation needed]: one insertion, and the sentence's claims are no longer reported (${RUNS} essays)`, () => {
    const random = seededRandom(6060);
    for (let run = 0; run < RUNS; run++) {
      const { text, format } = essayWithClaims(random);
      const before = analyseEssay(text, { format });
      const claim = before.model.claims.find((c) => !c.cited);
      if (!claim) continue;
      const edits = markCitationNeeded(before.model, claim.span.start);
      assert.equal(edits.length, 1);
      withoutInsertions(text, edits);
      const after = analyseEssay(applyEdits(text, edits), { format });
      const sentenceClaims = before.model.claims.filter((c) => c.sentence === claim.sentence && !c.cited).length;
      assert.equal(after.findings.filter((f) => f.rule === 'uncited-claim').length, before.findings.filter((f) => f.rule === 'uncited-claim').length - sentenceClaims, text);
    }
  });

  it(`merging notes: every marker keeps its source, one note fewer, nothing else moves (${RUNS} essays)`, () => {
    const random = seededRandom(7070);
    let merged = 0;
    for (let run = 0; run < RUNS; run++) {
      const { text, format } = generateEssay(random);
      const before = analyseEssay(text, { format });
      const cited = before.model.notes.filter((n) => n.citedBy.length > 0);
      if (cited.length < 2) continue;
      // Make the second cited note a copy of the first, then merge it back.
      const [keep, drop] = cited;
      const copy = applyEdits(text, [{ span: drop.textSpan, newText: text.slice(keep.textSpan.start, keep.textSpan.end) }]);
      const duplicated = analyseEssay(copy, { format });
      const keepNote = duplicated.model.notes.find((n) => n.label === keep.label)!;
      const dropNote = duplicated.model.notes.find((n) => n.label === drop.label)!;
      const result = applyEdits(copy, mergeDuplicateNote(duplicated.model, keepNote.span.start, dropNote.span.start));
      const after = analyseEssay(result, { format });
      assert.equal(after.model.notes.length, duplicated.model.notes.length - 1, result);
      const sources = (a: typeof before) => a.model.markers.map((m) => (m.note >= 0 ? a.model.notes[m.note].text : '?'));
      assert.deepEqual(sources(after), sources(duplicated), `${copy}\n---\n${result}`);
      merged++;
    }
    assert.ok(merged > RUNS / 4, `only ${merged} essays could be merged`);
  });
});
