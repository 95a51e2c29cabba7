import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { removeUnusedNotes } from '../../server/src/core/fixes/removeUnusedNotes';
import { renumberNotes } from '../../server/src/core/fixes/renumber';
import { applySafeFixes } from '../../server/src/core/fixes/safeFixes';
import type { EssayModel, Span } from '../../server/src/core/model';
import { generateEssay, seededRandom } from '../support/essayGenerator';
import { renumbered } from '../support/fixes';

const ESSAYS_PER_RUN = Number(process.env.POLICY_REVIEW_PROPERTY_RUNS ?? 2000);

describe('renumbering notes: examples', () => {
  it('numbers notes in order of first citation and moves the notes list to match', () => {
    const text = 'A Title\n\nIt grew.[2] It fell.[1] It rose.[3]\n\n[1] First source.\n\n[2] Second source.\n\n[3] Third source.\n';
    assert.equal(renumbered(text), 'A Title\n\nIt grew.[1] It fell.[2] It rose.[3]\n\n[1] Second source.\n\n[2] First source.\n\n[3] Third source.\n');
  });

  it('closes gaps, keeps uncited notes after the cited ones, and gives undefined markers fresh numbers', () => {
    const text = 'A Title\n\nIt grew.[4] It fell.[9]\n\n[2] Never cited.\n[4] Cited.\n';
    assert.equal(renumbered(text), 'A Title\n\nIt grew.[1] It fell.[3]\n\n[1] Cited.\n[2] Never cited.\n');
  });

  it('rewrites lists in their order and ranges as sorted runs (a dash for three or more)', () => {
    const text = 'A Title\n\nFirst.[5] Then [2, 1] and [2–4].\n\n[1] a\n[2] b\n[3] c\n[4] d\n[5] e\n';
    assert.equal(renumbered(text), 'A Title\n\nFirst.[1] Then [2, 3] and [2, 4, 5].\n\n[1] e\n[2] b\n[3] a\n[4] c\n[5] d\n');
  });

  it('renumbers Markdown footnotes and moves their definitions, CRLF kept', () => {
    const text = 'It grew.[^2] It fell.[^1]\r\n\r\n[^1]: One.\r\n\r\n[^2]: Two.\r\n';
    assert.equal(renumbered(text, 'markdown'), 'It grew.[^1] It fell.[^2]\r\n\r\n[^1]: Two.\r\n\r\n[^2]: One.\r\n');
  });

  it('refuses word labels and duplicate notes with a reason', () => {
    const words = renumberNotes(analyseEssay('It grew.[^smith]\n\n[^smith]: S.\n', { format: 'markdown' }).model);
    assert.deepEqual(words, { ok: false, reason: 'Only numbered notes can be renumbered; this essay uses word labels.' });
    const twice = renumberNotes(analyseEssay('A Title\n\nIt grew.[1]\n\n[1] a\n[1] b\n').model);
    assert.equal(twice.ok, false);
  });
});

/** The text with the given spans cut out: what must not change. */
function outside(text: string, spans: Span[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    pieces.push(text.slice(at, span.start));
    at = span.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

const editable = (model: EssayModel): Span[] => [
  ...model.markers.map((m) => ({ start: m.span.start + 1, end: m.span.end - 1 })),
  ...model.notes.map((n) => n.span),
];
const noteBodies = (model: EssayModel) => model.notes.map((n) => model.text.slice(n.labelSpan.end, n.span.end)).sort();
/** What each bracket cites, as the sorted source texts of its notes (undefined labels as "?"). */
const citedSources = (model: EssayModel) => {
  const byBracket = new Map<number, string[]>();
  for (const marker of model.markers) {
    const note = model.notes[marker.note];
    const body = note ? model.text.slice(note.labelSpan.end, note.span.end) : '?';
    byBracket.set(marker.span.start, [...(byBracket.get(marker.span.start) ?? []), body]);
  }
  return [...byBracket.values()].map((bodies) => [...new Set(bodies)].sort().join(' | '));
};
const count = (findings: { rule: string }[], rule: string) => findings.filter((f) => f.rule === rule).length;

describe('renumbering notes: properties over generated essays', () => {
  it(`holds for ${ESSAYS_PER_RUN} generated essays`, () => {
    const random = seededRandom(20261128);
    let renumberedCount = 0;
    for (let run = 0; run < ESSAYS_PER_RUN; run++) {
      const { text, format } = generateEssay(random);
      const before = analyseEssay(text, { format });
      const result = renumberNotes(before.model);
      const context = `essay ${run}:\n${text}`;
      assert.ok(result.ok, context);
      const sortedEdits = [...result.edits].sort((a, b) => a.span.start - b.span.start);
      for (let i = 1; i < sortedEdits.length; i++) assert.ok(sortedEdits[i].span.start >= sortedEdits[i - 1].span.end, `overlapping edits\n${context}`);
      const newText = applyEdits(text, result.edits);
      const after = analyseEssay(newText, { format });
      if (result.edits.length > 0) renumberedCount++;

      assert.deepEqual(outside(newText, editable(after.model)), outside(text, editable(before.model)), `text outside labels and notes changed\n${context}`);
      assert.deepEqual(noteBodies(after.model), noteBodies(before.model), `a note's text was lost or doubled\n${context}`);
      assert.deepEqual(citedSources(after.model), citedSources(before.model), `a marker now points at another source\n${context}`);
      const targets = [...result.mapping.values()];
      assert.equal(new Set(targets).size, targets.length, `mapping is not one-to-one\n${context}`);
      const again = renumberNotes(after.model);
      assert.ok(again.ok && again.edits.length === 0, `a second run changes something\n${context}\n${newText}`);
      assert.equal(count(after.findings, 'footnote-order'), 0, `still out of order\n${context}\n${newText}`);
      assert.ok(count(after.findings, 'undefined-footnote') <= count(before.findings, 'undefined-footnote'), `new undefined-footnote\n${context}`);
      assert.ok(count(after.findings, 'unused-footnote') <= count(before.findings, 'unused-footnote'), `new unused-footnote\n${context}`);
    }
    assert.ok(renumberedCount > ESSAYS_PER_RUN / 4, `only ${renumberedCount} essays needed renumbering: the generator is too tame`);
  });
});

describe('removing unused notes: properties over generated essays', () => {
  it(`holds for ${ESSAYS_PER_RUN} generated essays`, () => {
    const random = seededRandom(4242);
    let removedSome = 0;
    for (let run = 0; run < ESSAYS_PER_RUN; run++) {
      const { text, format } = generateEssay(random);
      const before = analyseEssay(text, { format });
      const edits = removeUnusedNotes(before.model);
      const context = `essay ${run}:\n${text}`;
      const newText = applyEdits(text, edits); // throws on overlapping edits
      const after = analyseEssay(newText, { format });
      const unused = before.model.notes.filter((n) => n.citedBy.length === 0);
      if (unused.length > 0) removedSome++;
      assert.equal(count(after.findings, 'unused-footnote'), 0, `an unused note is left\n${context}\n${newText}`);
      assert.deepEqual(noteBodies(after.model), noteBodies({ ...before.model, notes: before.model.notes.filter((n) => n.citedBy.length > 0) }), `a cited note was lost\n${context}`);
      assert.deepEqual(citedSources(after.model), citedSources(before.model), `a marker now points elsewhere\n${context}`);
      // Outside the notes list nothing moves: the body before the first note is untouched.
      const firstNote = before.model.notes[0]?.span.start ?? text.length;
      assert.equal(newText.slice(0, firstNote), text.slice(0, firstNote), `the body changed\n${context}`);
      assert.equal(removeUnusedNotes(after.model).length, 0, `a second run changes something\n${context}`);
    }
    assert.ok(removedSome > ESSAYS_PER_RUN / 4, `only ${removedSome} essays had unused notes`);
  });
});

describe('policy-review fix (safe fixes): idempotent over generated essays', () => {
  it(`a second run changes nothing, for ${ESSAYS_PER_RUN / 3} generated essays`, () => {
    const random = seededRandom(777);
    for (let run = 0; run < ESSAYS_PER_RUN / 3; run++) {
      const { text, format } = generateEssay(random);
      const once = applySafeFixes(text, format);
      const twice = applySafeFixes(once.text, format);
      assert.equal(twice.text, once.text, `essay ${run}:\n${text}`);
      assert.deepEqual(twice.changes, []);
    }
  });
});
