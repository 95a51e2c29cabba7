import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { readPlainEssay } from '../../server/src/core/parse/plain';
import type { EssayModel, Span } from '../../server/src/core/model';
import { repoPath } from '../support/paths';

const SAMPLE = readFileSync(repoPath('examples', 'sino-russian-relations.txt'), 'utf8');
const EXPECTED = JSON.parse(readFileSync(repoPath('test', 'corpus', 'sino-russian-relations.expected.json'), 'utf8'));

const at = (model: EssayModel, span: Span) => model.text.slice(span.start, span.end);
const lineOf = (model: EssayModel, offset: number) => model.lines.positionAt(offset).line + 1;
const sentencesOf = (text: string) => {
  const model = readPlainEssay(text);
  return model.sentences.map((s) => at(model, s.span));
};

describe('plain-text reader: the sample essay', () => {
  const model = readPlainEssay(SAMPLE);

  it('reads title, date and byline, and keeps site chrome out of the body', () => {
    assert.equal(model.title?.text, EXPECTED.title.text);
    assert.equal(lineOf(model, model.title!.span.start), EXPECTED.title.line);
    assert.equal(model.date?.text, EXPECTED.date.text);
    assert.equal(model.byline?.text, EXPECTED.byline.text);
    assert.equal(lineOf(model, model.byline!.span.start), EXPECTED.byline.line);
    assert.deepEqual(
      model.chrome.map((span) => ({ line: lineOf(model, span.start), text: at(model, span) })),
      EXPECTED.chrome,
    );
  });

  it('finds exactly the eleven headings, with their lines', () => {
    assert.deepEqual(
      model.sections.map((s) => ({ line: lineOf(model, s.headingSpan.start), title: s.title })),
      EXPECTED.sections,
    );
  });

  it('each section runs from its heading to the next one', () => {
    for (let i = 0; i + 1 < model.sections.length; i++) {
      assert.ok(model.sections[i].span.end <= model.sections[i + 1].headingSpan.start);
      assert.ok(model.sections[i].span.end > model.sections[i].headingSpan.end);
    }
  });

  it('reads the twenty notes at the end, each cited exactly once', () => {
    assert.deepEqual(model.notes.map((n) => n.label), EXPECTED.notes.labels);
    assert.equal(lineOf(model, model.notes[0].span.start), EXPECTED.notes.first_line);
    assert.equal(lineOf(model, model.notes[19].span.start), EXPECTED.notes.last_line);
    assert.equal(model.markers.length, EXPECTED.markers.count);
    for (const note of model.notes) assert.equal(note.citedBy.length, 1, `note ${note.label}`);
    assert.ok(model.notes[0].text.startsWith('Andrea Shalal and Marek Strzelecki, “Russia\'s G20 Membership'));
  });

  it('takes `G20[1]` as a marker after G20, not as part of the number', () => {
    const first = model.markers[0];
    assert.equal(first.label, '1');
    assert.equal(at(model, first.span), '[1]');
    assert.equal(model.text.slice(first.span.start - 3, first.span.start), 'G20');
  });

  it('keeps a marker after the full stop in the sentence before it', () => {
    const marker = model.markers.find((m) => m.label === '6')!;
    const sentence = at(model, model.sentences[marker.sentence].span);
    assert.ok(sentence.endsWith('between Russia and the EU.[6]'), sentence);
  });

  it('does not read the notes list as body text', () => {
    const notesStart = model.notes[0].span.start;
    assert.ok(model.paragraphs.every((p) => p.span.end <= notesStart));
    assert.ok(model.sentences.every((s) => s.span.end <= notesStart));
  });
});

describe('plain-text reader: sentences', () => {
  it('does not end a sentence at U.S., Vol., No., e.g., initials or decimals', () => {
    assert.deepEqual(
      sentencesOf('Trade with the U.S. grew to US$ 146.8 billion, e.g. in energy. See Vol. 20, No. 1 by J. Smith. Done.'),
      ['Trade with the U.S. grew to US$ 146.8 billion, e.g. in energy.', 'See Vol. 20, No. 1 by J. Smith.', 'Done.'],
    );
  });

  it('ends a sentence at ? and ! and after closing quotes, and keeps glued markers', () => {
    assert.deepEqual(sentencesOf('Is it over? They said “no.”[3] Then it rose!'), ['Is it over?', 'They said “no.”[3]', 'Then it rose!']);
  });

  it('takes marker clusters after the full stop with the sentence before', () => {
    assert.deepEqual(sentencesOf('It grew.[23][24] It fell.'), ['It grew.[23][24]', 'It fell.']);
  });

  it('makes each list item its own sentence', () => {
    assert.deepEqual(sentencesOf('The make-up is:[9]\n- 50.2% White\n- 12.7% East Asian'), [
      'The make-up is:[9]',
      '- 50.2% White',
      '- 12.7% East Asian',
    ]);
  });
});

describe('plain-text reader: markers', () => {
  const essay = (body: string, notes: string) => readPlainEssay(`A Title\n\n${body}\n\n${notes}\n`);

  it('reads lists and ranges of labels', () => {
    const model = essay('It was said,[11] and repeated [3, 4] and [5–7].', '[3] a\n[4] b\n[5] c\n[6] d\n[7] e\n[11] f');
    assert.deepEqual(model.markers.map((m) => m.label), ['11', '3', '4', '5', '6', '7']);
    assert.deepEqual(model.markers.map((m) => at(model, m.span)), ['[11]', '[3, 4]', '[3, 4]', '[5–7]', '[5–7]', '[5–7]']);
    assert.equal(at(model, model.markers[2].labelSpan), '4');
  });

  it('leaves [sic], [a], years in brackets and unterminated brackets alone', () => {
    const model = essay('He said [sic] so in annex [a] of the [2021] review [and then', '[1] a note');
    assert.deepEqual(model.markers, []);
  });

  it('accepts a long label only when that note exists', () => {
    const model = essay('As shown.[1200] In [1999] it fell.', '[1200] A long report.');
    assert.deepEqual(model.markers.map((m) => m.label), ['1200']);
  });
});

describe('plain-text reader: notes lists', () => {
  it('joins a note that wraps over lines and stops before trailing chrome', () => {
    const model = readPlainEssay('Title Here\n\nA claim.[1]\n\n[1] A long note that\n    wraps onto a second line.\n\nBack to Top\n');
    assert.equal(model.notes.length, 1);
    assert.equal(model.notes[0].text, 'A long note that wraps onto a second line.');
    assert.equal(at(model, model.notes[0].span), '[1] A long note that\n    wraps onto a second line.');
    assert.equal(model.chrome.length, 1);
  });

  it('reads a Notes heading with numbered notes under it', () => {
    const model = readPlainEssay('Title Here\n\nA claim.[1] Another.[2]\n\nNotes\n\n1. First source.\n2. Second source.\n');
    assert.equal(model.notesList?.heading?.text, 'Notes');
    assert.deepEqual(model.notes.map((n) => [n.label, n.text]), [['1', 'First source.'], ['2', 'Second source.']]);
  });

  it('reads a file that is only notes', () => {
    const model = readPlainEssay('[1] First source.\n\n[2] Second source.\n');
    assert.deepEqual(model.notes.map((n) => n.label), ['1', '2']);
    assert.equal(model.paragraphs.length, 0);
    assert.equal(model.title, undefined);
  });

  it('reads an empty file as an empty essay', () => {
    const model = readPlainEssay('');
    assert.deepEqual([model.sections, model.notes, model.markers, model.sentences], [[], [], [], []]);
  });

  it('keeps a title as front matter when prose follows it on the next line', () => {
    const description =
      'Trade barriers raised in 2018 cost importers far more than they protected, and the evidence has only grown since then, as later studies show.';
    const second = 'A second paragraph follows with more of the argument. It has two sentences.';
    const model = readPlainEssay(`Why Tariffs Rarely Work\n${description}\n\n${second}\n`);
    assert.equal(model.title?.text, 'Why Tariffs Rarely Work');
    assert.deepEqual(
      model.paragraphs.map((p) => at(model, p.span)),
      [description, second],
    );
    assert.equal(model.sentences.length, 3);
  });

  it('reads a one-line paragraph under the title as body when a note number is glued after its full stop', () => {
    const notes = (label: (n: number) => string) => `\n\nNotes\n\n${label(1)} Jane Roe, “Trade,” Example Press, 2021.\n${label(2)} John Doe, “Imports,” 2020.\n`;
    const cases: [string, (n: number) => string][] = [
      ['Exports rose 5 percent in 2021. Imports fell 3 percent.¹', (n) => `${n}.`],
      ['Exports rose 5 percent in 2021. Imports fell 3 percent.1', (n) => `${n}.`],
      ['Exports rose 5 percent in 2021.② Imports fell 3 percent.①', (n) => '①②'[n - 1]],
    ];
    for (const [paragraph, label] of cases) {
      const model = readPlainEssay(`A Title\n\n${paragraph}${notes(label)}`);
      assert.equal(model.title?.text, 'A Title', paragraph);
      assert.deepEqual(model.paragraphs.map((p) => at(model, p.span)), [paragraph]);
      assert.equal(model.sentences.length, 2, paragraph);
      assert.ok(model.markers.length > 0 && model.markers.every((m) => m.note >= 0), `${paragraph}: every marker cites its note`);
    }
  });
});

describe('plain-text reader: line endings and BOM', () => {
  const lf = readPlainEssay(SAMPLE);
  const summary = (model: EssayModel) => ({
    sections: model.sections.map((s) => [model.lines.rangeOf(s.headingSpan), s.title]),
    notes: model.notes.map((n) => [model.lines.rangeOf(n.span), n.text]),
    markers: model.markers.map((m) => model.lines.rangeOf(m.span)),
    title: model.title?.text,
  });

  it('gives the same positions for a CRLF copy of the essay', () => {
    const crlf = readPlainEssay(SAMPLE.replace(/\n/g, '\r\n'));
    assert.deepEqual(summary(crlf), summary(lf));
  });

  it('gives the same positions when the text starts with a BOM', () => {
    const bom = readPlainEssay('\uFEFF' + SAMPLE);
    const shifted = summary(bom);
    const plain = summary(lf);
    assert.deepEqual(shifted.sections.map((s) => s[1]), plain.sections.map((s) => s[1]));
    assert.deepEqual(shifted.notes.map((n) => n[1]), plain.notes.map((n) => n[1]));
    // Line numbers are untouched; only the first line's characters move by the BOM itself.
    assert.deepEqual(shifted.markers.map((r) => r.start.line), plain.markers.map((r) => r.start.line));
    assert.equal(bom.title?.text, lf.title?.text);
  });

  it('never splits a CRLF with a range', () => {
    const crlf = readPlainEssay(SAMPLE.replace(/\n/g, '\r\n'));
    const spans = [...crlf.sentences.map((s) => s.span), ...crlf.notes.map((n) => n.span), ...crlf.sections.map((s) => s.span)];
    for (const span of spans) {
      for (const offset of [span.start, span.end]) {
        assert.ok(!(crlf.text[offset - 1] === '\r' && crlf.text[offset] === '\n'), `offset ${offset} splits CRLF`);
      }
    }
  });
});
