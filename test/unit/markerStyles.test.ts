// Marker styles of English essays beyond `[9]`: superscript digits, `<sup>1</sup>`
// in Markdown, and note numbers glued after punctuation by PDF exports.
import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import type { EssayModel } from '../../server/src/core/model';

const plain = (text: string) => analyseEssay(text).model;
const markdown = (text: string) => analyseEssay(text, { format: 'markdown' }).model;
/** Each marker as written and its label. */
const markersOf = (model: EssayModel) => model.markers.map((m) => [model.text.slice(m.span.start, m.span.end), m.label]);
const uncited = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  analyseEssay(text, { format }).findings.filter((f) => f.rule === 'uncited-claim').map((f) => text.slice(f.span.start, f.span.end));

describe('marker styles: superscript digits', () => {
  it('reads ¹ and ¹² as markers of notes 1 and 12, citing their sentence', () => {
    const text = 'Trade in 2021\n\nExports rose 38 percent.¹ Imports fell 12 percent.¹²\n\nNotes\n\n1. Customs data.\n12. Trade data.\n';
    const model = plain(text);
    assert.deepEqual(markersOf(model), [['¹', '1'], ['¹²', '12']]);
    assert.deepEqual(model.markers.map((m) => m.note), [0, 1]);
    assert.deepEqual(uncited(text), []);
  });

  it('reads a notes list numbered in superscript under a Notes heading, and links the markers to it', () => {
    const text = 'Trade in 2021\n\nExports rose 38 percent.¹ Imports fell 12 percent.²\n\nNotes\n\n¹ Customs data, 2021.\n²Trade data, 2022.\n';
    const { model, findings } = analyseEssay(text);
    assert.deepEqual(model.notes.map((n) => [n.label, n.text]), [['1', 'Customs data, 2021.'], ['2', 'Trade data, 2022.']]);
    assert.deepEqual(markersOf(model), [['¹', '1'], ['²', '2']]);
    assert.deepEqual(model.markers.map((m) => m.note), [0, 1]);
    assert.deepEqual(findings.filter((f) => /footnote|uncited/.test(f.rule)), [], 'no note is reported missing, unused or uncited');
  });

  it('does not take the superscript lines at the end for notes without a Notes heading', () => {
    const model = plain('Trade in 2021\n\nExports rose 38 percent.\n\n¹ Customs data, 2021.\n');
    assert.deepEqual(model.notes, []);
  });

  it('does not take a power for a marker: km², m³, x²', () => {
    assert.deepEqual(markersOf(plain('The reserve covers 4,300 km² and holds 20 m³ of water; x² grows.')), []);
  });
});

describe('marker styles: <sup> in Markdown', () => {
  it('reads <sup>1</sup> and <sup>[2]</sup> as markers, with the digits as labels', () => {
    const text = 'Exports rose 38 percent.<sup>1</sup> Imports fell 12 percent.<sup>[2]</sup>\n\n## Notes\n\n1. Customs data.\n2. Trade data.\n';
    const model = markdown(text);
    assert.deepEqual(markersOf(model), [['<sup>1</sup>', '1'], ['<sup>[2]</sup>', '2']]);
    assert.deepEqual(model.markers.map((m) => model.text.slice(m.labelSpan.start, m.labelSpan.end)), ['1', '2']);
    assert.deepEqual(model.markers.map((m) => m.note), [0, 1]);
    assert.deepEqual(uncited(text, 'markdown'), []);
  });

  it('flags a claim whose only number is inside other HTML', () => {
    assert.deepEqual(uncited('Exports rose 38 percent.<sup>a</sup>\n', 'markdown'), ['38 percent']);
  });
});

describe('marker styles: note numbers glued after punctuation (PDF exports)', () => {
  const notes = '\n\nNotes\n\n1. Customs data.\n2. Trade data.\n';

  it('reads objectives.1 as a marker when the numbered notes list has note 1', () => {
    const text = `Trade in 2021\n\nTrade grew 38 percent, meeting its objectives.1 Imports fell 12 percent, “as expected.”2${notes}`;
    const model = plain(text);
    assert.deepEqual(markersOf(model), [['1', '1'], ['2', '2']]);
    assert.deepEqual(model.sentences.map((s) => text.slice(s.span.start, s.span.end)), [
      'Trade grew 38 percent, meeting its objectives.1',
      'Imports fell 12 percent, “as expected.”2',
    ]);
    assert.deepEqual(uncited(text), []);
  });

  it('never reads ordinary numbers as markers', () => {
    assert.deepEqual(markersOf(plain(`Trade in 2021\n\nGrowth was 2.1 percent in 2021.3 Chapter A.1 and pp.2 follow.${notes}`)), []);
    // Without a notes list there is nothing for a glued number to cite.
    assert.deepEqual(markersOf(plain('Trade in 2021\n\nTrade grew 38 percent, meeting its objectives.1 Imports fell.')), []);
    // Note 7 does not exist.
    assert.deepEqual(markersOf(plain(`Trade in 2021\n\nTrade grew 38 percent, meeting its objectives.7 Imports fell.${notes}`)), []);
  });
});
