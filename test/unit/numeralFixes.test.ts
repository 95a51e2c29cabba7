// Renumbering and merging notes in essays that number them in other digits
// than `[1]`: circled `①`, superscript `¹`, full-width `［１］`, `<sup>1</sup>`.
// A fix writes each new number the way the essay wrote the one it replaces.
import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { mergeDuplicateNote } from '../../server/src/core/fixes/mergeDuplicateNotes';
import { renumberNotes } from '../../server/src/core/fixes/renumber';
import type { EssayModel } from '../../server/src/core/model';
import { circledDigitOf, SUPERSCRIPT_DIGITS } from '../../server/src/core/text/cjk';
import { seededRandom, type Random } from '../support/essayGenerator';
import { fixFirst, renumbered } from '../support/fixes';

function merged(text: string, keep: number, drop: number): string {
  const { model } = analyseEssay(text);
  return applyEdits(text, mergeDuplicateNote(model, model.notes[keep].span.start, model.notes[drop].span.start));
}

describe('renumbering notes written in other digits', () => {
  it('keeps circled numbers circled, in the text and in the notes list', () => {
    const text = '标题\n\n中国的出口增长了百分之五②。进口下降①。\n\n注释\n\n① 国家统计局，2021年。\n② 海关总署，2022年。\n';
    assert.equal(renumbered(text), '标题\n\n中国的出口增长了百分之五①。进口下降②。\n\n注释\n\n① 海关总署，2022年。\n② 国家统计局，2021年。\n');
  });

  it('keeps superscript markers superscript', () => {
    const text = 'Title\n\nExports grew 5 percent.² Imports fell 3 percent.¹\n\nNotes\n\n1. Source one, 2021.\n2. Source two, 2022.\n';
    assert.equal(renumbered(text), 'Title\n\nExports grew 5 percent.¹ Imports fell 3 percent.²\n\nNotes\n\n1. Source two, 2022.\n2. Source one, 2021.\n');
  });

  it('keeps full-width digits full-width, in a group with its full-width comma', () => {
    const text = 'Title\n\nExports grew 5 percent［２，３］. Imports fell［１］.\n\nNotes\n\n［１］Source one, 2021.\n［２］Source two, 2022.\n［３］Source three, 2022.\n';
    assert.equal(
      renumbered(text),
      'Title\n\nExports grew 5 percent［１，２］. Imports fell［３］.\n\nNotes\n\n［１］Source two, 2022.\n［２］Source three, 2022.\n［３］Source one, 2021.\n',
    );
  });

  it('rewrites only the labels of a <sup> group, and leaves the spaces inside a bracket', () => {
    const sup = 'Exports grew.<sup>2,3</sup> Imports fell.<sup>1</sup>\n\n[^1]: One, 2021.\n[^2]: Two, 2022.\n[^3]: Three, 2022.\n';
    assert.equal(renumbered(sup, 'markdown'), 'Exports grew.<sup>1,2</sup> Imports fell.<sup>3</sup>\n\n[^1]: Two, 2022.\n[^2]: Three, 2022.\n[^3]: One, 2021.\n');
    const spaced = 'Title\n\nExports grew [ 3, 2 ]. Imports fell [1].\n\n[1] One, 2021.\n[2] Two, 2022.\n[3] Three, 2022.\n';
    assert.equal(renumbered(spaced), 'Title\n\nExports grew [ 1, 2 ]. Imports fell [3].\n\n[1] Three, 2022.\n[2] Two, 2022.\n[3] One, 2021.\n');
  });

  it('refuses, with a reason, when a circled marker would need a number past ㊿', () => {
    // 55 notes, the first cited last, by a circled marker: renumbered, it would cite note 55.
    const sentences = Array.from({ length: 54 }, (_, i) => `Item ${i + 2} grew 5 percent.${superscript(i + 2)} `).join('');
    const notes = Array.from({ length: 55 }, (_, i) => `${i + 1}. Source ${i + 1}, 2021.`).join('\n');
    const text = `Title\n\n${sentences}The last item fell 3 percent①.\n\nNotes\n\n${notes}\n`;
    const { model } = analyseEssay(text);
    assert.equal(model.markers[model.markers.length - 1].note, 0, 'the circled marker cites note 1');
    assert.deepEqual(renumberNotes(model), { ok: false, reason: 'Circled numbers stop at ㊿ (50); this would need note 55.' });
  });
});

describe('merging duplicate notes written in other digits', () => {
  it('points a circled marker at the kept note in circled digits', () => {
    const text = '标题\n\n出口增长了百分之五①。进口下降了百分之三②。\n\n注释\n\n① 国家统计局，“年度报告”，2021年。\n② 国家统计局，“年度报告”，2021年。\n';
    assert.equal(merged(text, 0, 1), '标题\n\n出口增长了百分之五①。进口下降了百分之三①。\n\n注释\n\n① 国家统计局，“年度报告”，2021年。\n');
  });

  it('points a superscript marker at the kept note in superscript', () => {
    const text = 'Title\n\nExports grew 5 percent.¹ Imports fell 3 percent.²\n\nNotes\n\n1. Doe, "Trade Review," 2022.\n2. Doe, "Trade Review," 2022.\n';
    assert.equal(merged(text, 0, 1), 'Title\n\nExports grew 5 percent.¹ Imports fell 3 percent.¹\n\nNotes\n\n1. Doe, "Trade Review," 2022.\n');
  });

  it('turns a full-width range into a full-width list', () => {
    const text = 'Title\n\nExports grew［１～３］.\n\nNotes\n\n［１］One, 2020.\n［２］Doe, "Trade Review," 2022.\n［３］Doe, "Trade Review," 2022.\n';
    assert.equal(merged(text, 1, 2), 'Title\n\nExports grew［１，２，２］.\n\nNotes\n\n［１］One, 2020.\n［２］Doe, "Trade Review," 2022.\n');
  });
});

type Numerals = {
  name: string;
  marker: (n: number) => string;
  note: (n: number, body: string) => string;
  heading: string;
  sentence: (i: number, marker: string) => string;
  /** A marker's label as this style writes it. */
  digits: RegExp;
  /** A note's label as this style writes it. */
  noteDigits: RegExp;
};

const superscript = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const NUMERALS: Numerals[] = [
  { name: 'circled', marker: (n) => circledDigitOf(n)!, note: (n, body) => `${circledDigitOf(n)} ${body}`, heading: '注释', sentence: (i, m) => `第${i}项增长了百分之五${m}。`, digits: /^[①-⑳㉑-㉟㊱-㊿]$/u, noteDigits: /^[①-⑳㉑-㉟㊱-㊿]$/u },
  { name: 'superscript', marker: superscript, note: (n, body) => `${n}. ${body}`, heading: 'Notes', sentence: (i, m) => `Item ${i} grew 5 percent.${m} `, digits: /^[⁰¹²³⁴-⁹]+$/u, noteDigits: /^\d+$/u },
  { name: 'superscript notes', marker: superscript, note: (n, body) => `${superscript(n)} ${body}`, heading: 'Notes', sentence: (i, m) => `Item ${i} grew 5 percent.${m} `, digits: /^[⁰¹²³⁴-⁹]+$/u, noteDigits: /^[⁰¹²³⁴-⁹]+$/u },
  { name: 'full-width', marker: (n) => `［${fullWidth(n)}］`, note: (n, body) => `［${fullWidth(n)}］${body}`, heading: 'Notes', sentence: (i, m) => `Item ${i} grew 5 percent${m}. `, digits: /^[０-９]+$/u, noteDigits: /^[０-９]+$/u },
];

/** An essay citing `count` notes in a random order, some more than once, every note cited. */
function shuffledEssay(numerals: Numerals, random: Random): { text: string; count: number } {
  const count = 2 + Math.floor(random() * 18);
  const order = Array.from({ length: count }, (_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cites = [...order, ...order.filter(() => random() < 0.3)];
  const body = cites.map((n, i) => numerals.sentence(i + 1, numerals.marker(n))).join('');
  const notes = Array.from({ length: count }, (_, i) => numerals.note(i + 1, `Source ${i + 1}, 20${10 + i}.`)).join('\n');
  return { text: `Title\n\n${body}\n\n${numerals.heading}\n\n${notes}\n`, count };
}

/** What each marker cites, in order, as its note's text. */
const citedBodies = (model: EssayModel) => model.markers.map((m) => model.notes[m.note]?.text ?? '?');
/** The text before the notes with every marker label masked: what renumbering must leave alone. */
const bodyWithoutLabels = (model: EssayModel) => {
  let out = '';
  let at = 0;
  for (const marker of model.markers) {
    out += `${model.text.slice(at, marker.labelSpan.start)}#`;
    at = marker.labelSpan.end;
  }
  return out + model.text.slice(at, model.notes[0].span.start);
};
/** Labels as written. */
const written = (model: EssayModel, items: readonly { labelSpan: { start: number; end: number } }[]) => items.map((x) => model.text.slice(x.labelSpan.start, x.labelSpan.end));

describe('renumbering notes written in other digits: properties', () => {
  for (const numerals of NUMERALS) {
    it(`${numerals.name}: markers cite what they cited, labels keep their digits, nothing else changes, a second run changes nothing (200 essays)`, () => {
      const random = seededRandom(numerals.name.length * 7919);
      for (let run = 0; run < 200; run++) {
        const { text, count } = shuffledEssay(numerals, random);
        const before = analyseEssay(text).model;
        assert.equal(before.notes.length, count, `the essay is not read as built\n${text}`);
        assert.ok(before.markers.every((m) => m.note >= 0), `a marker is not read as built\n${text}`);
        const newText = renumbered(text);
        const after = analyseEssay(newText);
        const context = `${text}\n→\n${newText}`;
        assert.deepEqual(citedBodies(after.model), citedBodies(before), `a marker now cites another note\n${context}`);
        assert.equal(bodyWithoutLabels(after.model), bodyWithoutLabels(before), `text other than labels changed\n${context}`);
        assert.deepEqual(after.model.notes.map((n) => n.text).sort(), before.notes.map((n) => n.text).sort(), `a note was lost or doubled\n${context}`);
        for (const label of written(after.model, after.model.markers)) assert.match(label, numerals.digits, `a marker in other digits\n${context}`);
        for (const label of written(after.model, after.model.notes)) assert.match(label, numerals.noteDigits, `a note label in other digits\n${context}`);
        assert.equal(after.findings.filter((f) => f.rule === 'footnote-order').length, 0, `still out of order\n${context}`);
        assert.equal(renumbered(newText), newText, `a second run changes something\n${context}`);
      }
    });
  }
});

describe('adding citations and notes in essays written in other digits', () => {
  it('cites a claim with the next circled number, and starts its note the circled way', () => {
    const text = '标题\n\n出口增长了百分之五①。进口下降了百分之三十。\n\n注释\n\n① 国家统计局，2021年。\n';
    assert.equal(fixFirst(text, 'uncited-claim'), '标题\n\n出口增长了百分之五①。进口下降了百分之三十②。\n\n注释\n\n① 国家统计局，2021年。\n\n② \n');
  });

  it('cites a claim with a superscript after the full stop, and numbers its note as the list does', () => {
    const text = 'Title\n\nExports grew 5 percent.¹ Imports fell 30 percent.\n\nNotes\n\n1. Source one, 2021.\n';
    assert.equal(fixFirst(text, 'uncited-claim'), 'Title\n\nExports grew 5 percent.¹ Imports fell 30 percent.²\n\nNotes\n\n1. Source one, 2021.\n\n2. \n');
  });

  it('cites a claim in full-width brackets and digits', () => {
    const text = 'Title\n\nExports grew 5 percent［１］. Imports fell 30 percent.\n\nNotes\n\n［１］Source one, 2021.\n［２］Source two, 2022.\n';
    const fixed = fixFirst(text, 'uncited-claim');
    assert.equal(fixed, 'Title\n\nExports grew 5 percent［１］. Imports fell 30 percent［３］.\n\nNotes\n\n［１］Source one, 2021.\n［２］Source two, 2022.\n［３］\n');
  });

  it('adds the missing note of a circled marker as a circled note', () => {
    const text = '标题\n\n出口增长了百分之五①。进口下降了百分之三十②。\n\n注释\n\n① 国家统计局，2021年。\n';
    assert.equal(fixFirst(text, 'undefined-footnote'), '标题\n\n出口增长了百分之五①。进口下降了百分之三十②。\n\n注释\n\n① 国家统计局，2021年。\n\n② \n');
  });

  for (const numerals of NUMERALS) {
    it(`${numerals.name}: citing an uncited claim leaves every note read and every other marker as it was (100 essays)`, () => {
      const random = seededRandom(numerals.name.length * 104729);
      for (let run = 0; run < 100; run++) {
        const { text: cited, count } = shuffledEssay(numerals, random);
        // One more sentence with a figure and no marker, somewhere in the body.
        const sentences = cited.split(/(?<=[。 ])(?=第|Item )/u);
        const at = 1 + Math.floor(random() * (sentences.length - 1));
        const uncited = numerals.sentence(0, '').replace(/5/u, '30');
        const text = [...sentences.slice(0, at), uncited, ...sentences.slice(at)].join('');
        const before = analyseEssay(text);
        const context = `${text}`;
        assert.equal(before.findings.filter((f) => f.rule === 'uncited-claim').length, 1, `the essay is not read as built\n${context}`);
        const fixed = fixFirst(text, 'uncited-claim');
        const after = analyseEssay(fixed);
        // The new note comes last, so the order of first citation may change; nothing may break.
        const broken = (findings: { rule: string }[]) => findings.filter((f) => /^(undefined|unused|duplicate)-footnote$|^uncited-claim$/.test(f.rule)).length;
        assert.equal(broken(after.findings), broken(before.findings) - 1, `the fix left or made a finding\n${context}\n→\n${fixed}`);
        assert.equal(after.model.notes.length, count + 1, `a note is no longer read\n${fixed}`);
        for (const label of written(after.model, after.model.markers)) assert.match(label, numerals.digits, `a marker in other digits\n${fixed}`);
        for (const label of written(after.model, after.model.notes)) assert.match(label, numerals.noteDigits, `a note label in other digits\n${fixed}`);
      }
    });
  }
});
