import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPolicyReview, scratchFolder } from '../support/cliRun';
import { repoPath } from '../support/paths';
import type { FileReport } from '../../server/src/cli/report';

const SAMPLE = repoPath('examples', 'sino-russian-relations.txt');

const run = runPolicyReview;
const { folder: scratch, file } = scratchFolder('policy-review-cli-');

describe('policy-review check: the sample essay', () => {
  let code: number;
  let report: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  before(async () => {
    const result = await run('check', '--format', 'json', SAMPLE);
    code = result.code;
    report = JSON.parse(result.stdout).files[0];
  });

  it('exits 0: the sample has no errors', async () => assert.equal(code, 0));

  it('reports eleven sections, twenty notes each cited once, and no footnote findings', async () => {
    assert.equal(report.path, SAMPLE);
    assert.equal(report.format, 'plain');
    assert.equal(report.title, 'Time for Reinforcement of the Independent Value and Constructive Synergy of Sino-Russian Relations');
    assert.equal(report.sections.length, 11);
    assert.deepEqual(report.sections[0].range.start, { line: 11, character: 0 });
    assert.equal(report.sections[0].level, 2);
    assert.equal(report.notes.length, 20);
    for (const note of report.notes) assert.equal(note.citations.length, 1, `note ${note.label}`);
    const footnoteRules = ['undefined-footnote', 'unused-footnote', 'duplicate-footnote', 'footnote-order'];
    assert.deepEqual(report.diagnostics.filter((d: { rule: string }) => footnoteRules.includes(d.rule)), []);
  });

  it('carries each note\'s parsed source', async () => {
    assert.deepEqual(
      { authors: report.notes[0].source.authors, container: report.notes[0].source.container, date: report.notes[0].source.date },
      { authors: ['Andrea Shalal', 'Marek Strzelecki'], container: 'Reuters', date: '2022-03-23' },
    );
  });

  it('gives ranges as 0-based LSP positions', async () => {
    const note1 = report.notes[0];
    assert.deepEqual(note1.range.start, { line: 90, character: 0 });
    const citation = note1.citations[0];
    assert.equal(citation.start.line, 13);
    const line = readFileSync(SAMPLE, 'utf8').split('\n')[citation.start.line];
    assert.equal(line.slice(citation.start.character, citation.end.character), '[1]');
  });
});

describe('policy-review check: output formats', () => {
  const broken = file('broken.txt', 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] A source.\n\n[3] Unused.\n');

  it('prints `path:line:col severity rule message` lines and a summary in text format', async () => {
    const { code, stdout } = (await run('check', broken));
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n'), [
      `${broken}:3:21 error undefined-footnote Footnote [2] has no note (the notes list ends with [3] on line 7).`,
      `${broken}:7:1 warning unused-footnote Note [3] is never cited.`,
      `${broken}:7:2 information footnote-order The numbering of notes jumps to [3]: note [2] is missing.`,
      '3 problems (1 error, 1 warning, 1 information, 0 hints) in 1 file.',
    ]);
  });

  it('prints SARIF 2.1.0 with one result per finding', async () => {
    const { stdout } = (await run('check', '--format=sarif', broken));
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.deepEqual(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [
      ['undefined-footnote', 'error'],
      ['unused-footnote', 'warning'],
      ['footnote-order', 'note'],
    ]);
    assert.deepEqual(results[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 21, endLine: 3, endColumn: 24 });
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(rules[results[0].ruleIndex], 'undefined-footnote');
  });

  it('relates a duplicate note to its first definition in SARIF', async () => {
    const duplicated = file('dup.txt', 'A Title\n\nIt grew.[1]\n\n[1] A source.\n[1] Again.\n');
    const results = JSON.parse((await run('check', '--format', 'sarif', duplicated)).stdout).runs[0].results;
    assert.equal(results[0].ruleId, 'duplicate-footnote');
    assert.equal(results[0].relatedLocations[0].physicalLocation.region.startLine, 5);
  });
});

describe('policy-review check: thresholds and config', () => {
  const warningsOnly = file('warnings.txt', 'A Title\n\nIt grew.[1]\n\n[1] A source.\n[2] Unused.\n[3] Unused too.\n');

  it('exits 0 on warnings unless --max-warnings is passed and exceeded', async () => {
    assert.equal((await run('check', warningsOnly)).code, 0);
    assert.equal((await run('check', '--max-warnings', '2', warningsOnly)).code, 0);
    assert.equal((await run('check', '--max-warnings', '1', warningsOnly)).code, 1);
  });

  it('applies rule severities from --config', async () => {
    const config = file('config.json', JSON.stringify({ rules: { 'unused-footnote': 'error' } }));
    const { code, stdout } = (await run('check', '--config', config, warningsOnly));
    assert.equal(code, 1);
    assert.match(stdout, /error unused-footnote Note \[2\]/);
    const off = file('off.json', JSON.stringify({ rules: { 'unused-footnote': 'off' } }));
    assert.doesNotMatch((await run('check', '--config', off, warningsOnly)).stdout, /unused-footnote/);
  });

  it('rejects a bad config with a one-line reason and exit 2', async () => {
    const bad = file('bad.json', JSON.stringify({ rules: { 'no-such-rule': 'error' }, citationScope: 'page' }));
    const { code, stderr, stdout } = (await run('check', '--config', bad, warningsOnly));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unknown rule "no-such-rule"/);
    assert.match(stderr, /citationScope must be "sentence" or "paragraph"/);
    assert.equal((await run('check', '--config', file('notjson.json', '{ rules: '), warningsOnly)).code, 2);
  });
});

describe('policy-review check: bad input', () => {
  const good = file('good.txt', 'A Title\n\nIt grew.[1]\n\n[1] A source.\n');

  const cases: [string, string, RegExp][] = [
    ['a missing file', join(scratch, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', (mkdirSync(join(scratch, 'folder'), { recursive: true }), join(scratch, 'folder')), /folder: is a directory/],
    ['a binary file', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /image\.png: looks like a binary file/],
    ['invalid UTF-8', file('latin1.txt', Buffer.from('Line one\nCaf\xe9 prices rose.\n', 'latin1')), /latin1\.txt: is not valid UTF-8 \(first bad byte at line 2, byte offset 12\)/],
  ];
  for (const [what, path, message] of cases) {
    it(`reports ${what} on one line, exits 2, and still checks the other files`, async () => {
      const { code, stdout, stderr } = (await run('check', '--format', 'json', path, good));
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.equal(stderr.split('\n').length, 1);
      assert.deepEqual(JSON.parse(stdout).files.map((f: { path: string }) => f.path), [good]);
    });
  }

  it('reads UTF-16 with a BOM, and drops a UTF-8 BOM', async () => {
    const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A Title\n\nIt grew.[1]\n\n[1] A source.\n', 'utf16le')]));
    const bom = file('bom.txt', '\uFEFFA Title\n\nIt grew.[1]\n\n[1] A source.\n');
    for (const path of [utf16, bom]) {
      const report = JSON.parse((await run('check', '--format', 'json', path)).stdout).files[0];
      assert.equal(report.title, 'A Title');
      assert.deepEqual(report.notes[0].citations[0].start, { line: 2, character: 8 });
    }
  });

  it('explains usage errors', async () => {
    assert.deepEqual([(await run('check')).code, (await run('check')).stderr.split('\n')[0]], [2, 'policy-review: no files given']);
    assert.match((await run('check', '--jobs', '0', good)).stderr, /--jobs needs a whole number/);
    assert.match((await run('check', '--format', 'xml', good)).stderr, /--format must be text, json or sarif/);
    assert.match((await run('check', '--max-warnings', 'many', good)).stderr, /--max-warnings needs a whole number/);
    assert.match((await run('lint', good)).stderr, /unknown command "lint"/);
    assert.equal((await run('--help')).code, 0);
  });
});

describe('policy-review bin', () => {
  it('runs the bundled CLI with the documented exit codes and no stack trace', async () => {
    const bin = repoPath('bin', 'policy-review.js');
    const missing = spawnSync(process.execPath, [bin, 'check', join(scratch, 'missing.txt')], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim(), `policy-review: ${join(scratch, 'missing.txt')}: no such file`);
    const sample = spawnSync(process.execPath, [bin, 'check', SAMPLE], { encoding: 'utf8' });
    assert.equal(sample.status, 0, sample.stderr);
    assert.match(sample.stdout, /in 1 file\.\n$/);
  });
});

describe('policy-review check: many files', () => {
  it('spreads files over worker threads with the same output, in the same order, as one thread', async () => {
    const paths = Array.from({ length: 12 }, (_, i) =>
      file(`many-${i}.${i % 3 === 0 ? 'md' : 'txt'}`, i % 3 === 0 ? `It grew.[^${i + 1}] Exports rose ${i + 10} percent.\n` : `A Title\n\nIt grew.[${i}] Imports fell ${i + 10} percent.\n\n[1] A source.\n`),
    );
    paths.splice(5, 0, join(scratch, 'missing-many.txt'));
    const one = await run('check', '--jobs', '1', ...paths);
    const two = await run('check', '--jobs', '2', ...paths);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.code, 2, 'the missing file still makes it exit 2');
    assert.match(one.stdout, /in 12 files\.$/);
    const json = JSON.parse((await run('check', '--jobs', '2', '--format', 'json', ...paths)).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), paths.filter((p) => !p.includes('missing')));
  });

  it('reports every part of every source from a worker as from the main thread', async () => {
    // Enough essays for two workers (four each), Chinese ones among them.
    const essaysIn = (folder: string) => readdirSync(repoPath('test', folder)).filter((f) => f.endsWith('.txt')).map((f) => repoPath('test', folder, f));
    const paths = [SAMPLE, ...essaysIn('corpus'), ...essaysIn('corpus-zh')];
    assert.ok(paths.length >= 8);
    const one = JSON.parse((await run('check', '--jobs', '1', '--format', 'json', ...paths)).stdout);
    const two = JSON.parse((await run('check', '--jobs', '2', '--format', 'json', ...paths)).stdout);
    assert.deepEqual(two, one);
    const sources = two.files.flatMap((f: FileReport) => f.notes.map((n) => n.source));
    assert.ok(sources.length >= 60, `${sources.length} sources`);
    for (const source of sources) assert.ok(Array.isArray(source.authors) && Array.isArray(source.rest) && typeof source.truncated === 'boolean', JSON.stringify(source));
    assert.deepEqual(two.files[0].notes[0].source.authors, ['Andrea Shalal', 'Marek Strzelecki']);
  });
});
