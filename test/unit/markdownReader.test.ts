import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EssayAnalyser } from '../../server/src/analysis/essayAnalyser';
import { analyseEssay } from '../../server/src/core/analyse';
import { essayFormatOf } from '../../server/src/core/format';
import type { EssayModel, Span } from '../../server/src/core/model';
import { defaultOptions } from '../../server/src/core/options';
import { repoPath } from '../support/paths';

const md = (text: string) => analyseEssay(text, { format: 'markdown' });
const at = (model: EssayModel, span: Span) => model.text.slice(span.start, span.end);
const findingsOf = (text: string) => md(text).findings.map((f) => `${f.rule}: ${f.message}`);
const claimsOf = (text: string) => md(text).model.claims.map((c) => c.text);

describe('Markdown reader: the sample essay converted to Markdown', () => {
  const plain = analyseEssay(readFileSync(repoPath('examples', 'sino-russian-relations.txt'), 'utf8'));
  const markdown = md(readFileSync(repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8'));

  it('reads the same eleven sections as the plain-text essay, at level 2', () => {
    assert.deepEqual(markdown.model.sections.map((s) => s.title), plain.model.sections.map((s) => s.title));
    assert.ok(markdown.model.sections.every((s) => s.level === 2));
  });

  it('reads title and date from the front matter', () => {
    assert.equal(markdown.model.title?.text, plain.model.title?.text);
    assert.equal(markdown.model.date?.text, '2022-06-16');
    assert.equal(markdown.model.byline?.text, 'Zhao Long');
  });

  it('reads the same twenty notes, each cited once', () => {
    assert.deepEqual(markdown.model.notes.map((n) => n.label), plain.model.notes.map((n) => n.label));
    assert.deepEqual(markdown.model.notes.map((n) => n.text), plain.model.notes.map((n) => n.text));
    assert.ok(markdown.model.notes.every((n) => n.citedBy.length === 1));
  });

  it('finds the same claims and the same single uncited claim', () => {
    assert.deepEqual(markdown.model.claims.map((c) => [c.kind, c.text, c.cited]), plain.model.claims.map((c) => [c.kind, c.text, c.cited]));
    const uncited = markdown.findings.filter((f) => f.rule === 'uncited-claim');
    assert.deepEqual(uncited.map((f) => f.message), ['Uncited statistic (measure): “over 4,300 kilometers”']);
  });

  it('reports the same findings as the plain-text essay', () => {
    assert.deepEqual(markdown.findings.map((f) => [f.rule, f.message]), plain.findings.map((f) => [f.rule, f.message]));
  });
});

describe('Markdown reader: structure', () => {
  it('reads ATX and setext headings with their levels, nesting section ranges', () => {
    const { model } = md('# Essay\n\nIntro.\n\nFirst Part\n==========\n\nText.\n\n## Detail\n\nMore.\n\nSecond Part\n-----------\n\nEnd.\n');
    assert.deepEqual(model.sections.map((s) => [s.level, s.title]), [[1, 'Essay'], [1, 'First Part'], [2, 'Detail'], [2, 'Second Part']]);
    const [, first, detail] = model.sections;
    assert.ok(at(model, first.span).includes('## Detail'), 'a level-1 section holds its level-2 subsections');
    assert.ok(!at(model, detail.span).includes('Second Part'));
  });

  it('takes a lone leading `#` heading as the title, not a section', () => {
    const { model } = md('# The Title\n\n## One\n\nText.\n\n## Two\n\nText.\n');
    assert.equal(model.title?.text, 'The Title');
    assert.deepEqual(model.sections.map((s) => s.title), ['One', 'Two']);
  });
});

describe('Markdown reader: footnotes', () => {
  it('links references to definitions with word labels and multi-paragraph notes', () => {
    const { model, findings } = md('Trade grew.[^smith] It fell.[^2]\n\n[^smith]: Jane Smith, *Trade*, 2020.\n\n    A second paragraph of the note.\n\n[^2]: Another source, “A Title,” May 2021.\n');
    assert.deepEqual(model.notes.map((n) => n.label), ['smith', '2']);
    assert.equal(model.notes[0].text, 'Jane Smith, *Trade*, 2020. A second paragraph of the note.');
    assert.deepEqual(model.markers.map((m) => [m.label, at(model, m.span)]), [['smith', '[^smith]'], ['2', '[^2]']]);
    assert.deepEqual(findings, []);
  });

  it('reports an undefined [^x], which remark leaves as plain text', () => {
    assert.deepEqual(findingsOf('It grew.[^1] It fell.[^missing]\n\n[^1]: A source.\n'), [
      'undefined-footnote: Footnote [^missing] has no note (the notes list ends with [1] on line 3).',
    ]);
  });

  it('reports unused and duplicate definitions, the duplicate on the second with the first as related', () => {
    const text = 'It grew.[^1]\n\n[^1]: First.\n\n[^1]: Again.\n\n[^old]: Never cited.\n';
    const { findings, model } = md(text);
    assert.deepEqual(findings.map((f) => `${f.rule} line ${model.lines.positionAt(f.span.start).line + 1}`), [
      'duplicate-footnote line 5',
      'unused-footnote line 7',
    ]);
    assert.equal(model.lines.positionAt(findings[0].related[0].span.start).line + 1, 3);
  });

  it('checks the order of first use for numeric labels', () => {
    assert.deepEqual(findingsOf('It grew.[^2] It fell.[^1]\n\n[^1]: One.\n\n[^2]: Two.\n'), [
      'footnote-order: Note [1] is first cited after note [2] (line 1); notes should be numbered in order of first citation.',
    ]);
  });

  it('reads [1] markers with a notes list under a Notes heading (ordered list or [1] lines)', () => {
    for (const notes of ['1. First source.\n2. Second source.', '[1] First source.\n[2] Second source.']) {
      const { model, findings } = md(`## Body\n\nIt grew.[1] It fell.[2]\n\n## Notes\n\n${notes}\n`);
      assert.deepEqual(model.notes.map((n) => [n.label, n.text]), [['1', 'First source.'], ['2', 'Second source.']], notes);
      assert.deepEqual(model.sections.map((s) => s.title), ['Body']);
      assert.deepEqual(findings, [], notes);
    }
  });

  it('takes `[1]: https://…` as a link definition, not a note', () => {
    const { model, findings } = md('See the report [1] for details.\n\n[1]: https://example.org/report\n');
    assert.deepEqual([model.notes, model.markers, findings], [[], [], []]);
  });
});

describe('Markdown reader: where claims are looked for', () => {
  it('finds claims in paragraphs, list items, blockquotes and table cells', () => {
    const text = [
      'Exports rose 38 percent last year.',
      '',
      '- Imports fell by US$ 2 billion.',
      '',
      '> About 4,300 kilometers of border.',
      '',
      '| Item | Share |',
      '|---|---|',
      '| Energy | 45% of trade |',
      '',
    ].join('\n');
    const claims = claimsOf(text);
    for (const expected of ['38 percent', 'US$ 2 billion', '4,300 kilometers', '45%']) {
      assert.ok(claims.some((c) => c.includes(expected)), `missing ${expected} in ${JSON.stringify(claims)}`);
    }
  });

  it('never in code, inline code, HTML, link URLs, headings, footnote definitions or front matter', () => {
    const text = [
      '---',
      'title: Rose 38 percent',
      '---',
      '',
      '## Exports rose 38 percent',
      '',
      'Run `grow --by 45%` then see [the table](https://example.org/45-percent-up) or <span data-x="50%">x</span>.[^1]',
      '',
      '```',
      'Exports rose 38 percent.',
      '```',
      '',
      '<div>Exports rose 38 percent.</div>',
      '',
      '[^1]: A source saying exports rose 38 percent.',
      '',
    ].join('\n');
    assert.deepEqual(claimsOf(text), []);
  });
});

describe('Markdown reader: exact positions', () => {
  const essay = 'Intro 😀 with\ttabs.[^a] Exports rose 38 percent.[^b]\n\n[^a]: A.\n\n[^b]: B.\n';

  it('keeps offsets exact with tabs and characters outside the BMP', () => {
    const { model } = md(essay);
    assert.deepEqual(model.markers.map((m) => at(model, m.span)), ['[^a]', '[^b]']);
    assert.ok(model.claims.length > 0 && model.claims.every((c) => at(model, c.span) === c.text));
    assert.equal(at(model, model.notes[1].labelSpan), 'b');
  });

  it('keeps offsets exact with CRLF line ends', () => {
    const { model } = md(essay.replace(/\n/g, '\r\n'));
    assert.deepEqual(model.notes.map((n) => at(model, n.span)), ['[^a]: A.', '[^b]: B.']);
    assert.deepEqual(model.markers.map((m) => model.lines.rangeOf(m.span).start), [
      { line: 0, character: 19 },
      { line: 0, character: 48 },
    ]);
  });

  it('keeps offsets exact after a BOM (remark drops it; we do not)', () => {
    const { model } = md('\uFEFF' + essay);
    assert.deepEqual(model.markers.map((m) => at(model, m.span)), ['[^a]', '[^b]']);
    assert.deepEqual(model.notes.map((n) => at(model, n.span)), ['[^a]: A.', '[^b]: B.']);
  });
});

describe('Markdown reader: choosing the reader', () => {
  it('chooses Markdown by language id or extension, plain text otherwise', () => {
    assert.equal(essayFormatOf('file:///a/essay.md'), 'markdown');
    assert.equal(essayFormatOf('/a/essay.markdown'), 'markdown');
    assert.equal(essayFormatOf('untitled:Untitled-1', 'markdown'), 'markdown');
    assert.equal(essayFormatOf('/a/essay.txt'), 'plain');
    assert.equal(essayFormatOf('/a/essay.md.txt', 'plaintext'), 'plain');
  });
});

describe('Markdown reader: the time budget', () => {
  const workerPath = join(__dirname, 'markdownWorker.js');

  it('falls back to plain text with one notice when remark runs out of time', async () => {
    const analyser = new EssayAnalyser({ workerPath, budgetMs: () => 300 });
    try {
      const hostile = '> '.repeat(50_000) + '\n\nExports rose 38 percent.[1]\n\n[1] A source.\n';
      const started = Date.now();
      const { model, findings } = await analyser.analyse(hostile, 'markdown', defaultOptions());
      assert.ok(Date.now() - started < 5000, 'the budget stops the parse');
      assert.equal(model.format, 'plain');
      assert.equal(findings[0].rule, 'markdown-fallback');
      assert.equal(findings[0].severity, 'information');
      assert.match(findings[0].message, /took longer than 0\.3 s; the essay was read as plain text/);
      // The next document gets a fresh worker and a normal reading.
      const normal = await analyser.analyse('It grew.[^1]\n\n[^1]: A source.\n', 'markdown', defaultOptions());
      assert.equal(normal.model.format, 'markdown');
      assert.deepEqual(normal.findings, []);
    } finally {
      analyser.dispose();
    }
  });

  it('reads ordinary Markdown through the worker with the same result as in-process', async () => {
    const analyser = new EssayAnalyser({ workerPath });
    try {
      const text = readFileSync(repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8');
      const viaWorker = await analyser.analyse(text, 'markdown', defaultOptions());
      const inProcess = md(text);
      assert.deepEqual(viaWorker.findings, inProcess.findings);
      assert.deepEqual(viaWorker.model.claims, inProcess.model.claims);
    } finally {
      analyser.dispose();
    }
  });

  it('answers a keystroke in a prose paragraph from the last reading, without the worker', async () => {
    const analyser = new EssayAnalyser({ workerPath });
    // An analyser that has no worker to ask: anything that needs a parse falls back to plain text.
    const workerless = new EssayAnalyser({ workerPath: join(__dirname, 'no-such-worker.js') });
    try {
      const text = readFileSync(repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8');
      const first = await analyser.analyse(text, 'markdown', defaultOptions());
      assert.ok(first.chunkedReading, 'the worker sends how it read the essay');
      const typed = text.replace('mutual trust', 'mutual trust, 38 percent of it');
      const keystroke = await workerless.analyse(typed, 'markdown', defaultOptions(), first);
      assert.equal(keystroke.model.format, 'markdown');
      assert.deepEqual(keystroke.findings, md(typed).findings);
      assert.deepEqual(keystroke.model.claims, md(typed).model.claims);
      // Emphasis needs remark: that edit goes to the (missing) worker.
      const emphasised = typed.replace('mutual trust', '*mutual* trust');
      const parsed = await workerless.analyse(emphasised, 'markdown', defaultOptions(), keystroke);
      assert.equal(parsed.findings[0].rule, 'markdown-fallback');
    } finally {
      analyser.dispose();
      workerless.dispose();
    }
  });
});
