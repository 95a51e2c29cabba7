import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import {
  DefinitionRequest,
  type DocumentSymbol,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type Location,
  type MarkupContent,
  ReferencesRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol';
import { NotesRequest, SectionsRequest } from '../../server/src/protocol';
import { LspTestClient, uriOf } from '../support/lspClient';
import { repoPath } from '../support/paths';
import { lineOf, positionOf, textIn } from '../support/textPositions';

const SAMPLE = repoPath('examples', 'sino-russian-relations.txt');
const SAMPLE_MD = repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md');
const EXPECTED = JSON.parse(readFileSync(repoPath('test', 'corpus', 'sino-russian-relations.expected.json'), 'utf8'));
const uri = uriOf(SAMPLE);
const text = readFileSync(SAMPLE, 'utf8');
const at = (needle: string, into = 1, occurrence = 0) => ({ textDocument: { uri }, position: positionOf(text, needle, into, occurrence) });

describe('language server: reading the sample essay', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
    await client.openFile(SAMPLE);
  });
  after(async () => {
    await client.stop();
  });

  it('shows note 9 as a source card when hovering [9]', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, at('[9]'));
    const contents = hover!.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /^\*\*SCIO Briefing on China's Import and Export of 2021\*\*$/m);
    assert.match(contents.value, /^14 January 2022 \(published 5 months before this essay\)$/m);
    assert.match(contents.value, /Note \\\[9\\\] · cited 1× — in: Not an Alliance or the “anti\\-Western” United Front/);
    assert.equal(textIn(text, hover!.range!), '[9]');
  });

  it('lists the sentences citing a note when hovering its label', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, at('[9] “SCIO'));
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /cited once/);
    assert.match(value, new RegExp(`line ${lineOf(text, 'trade.[9]')}: In 2021, the ASEAN, the EU, the US, Japan`));
  });

  it('explains an uncited claim when hovering it', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, at('4,300 kilometers'));
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /Uncited statistic/);
    assert.match(value, /no footnote marker stands in its sentence/);
    assert.match(value, /add a marker such as \\\[21\\\]/);
  });

  it('has no hover on plain prose', async () => {
    assert.equal(await client.connection.sendRequest(HoverRequest.type, at('Senior Fellow')), null);
  });

  it('goes from [16] to note 16’s line, and from a note’s label to its first citation', async () => {
    const toNote = (await client.connection.sendRequest(DefinitionRequest.type, at('[16]'))) as Location;
    assert.equal(toNote.uri, uri);
    assert.equal(toNote.range.start.line + 1, lineOf(text, '[16] “China-Russia Trade'));
    assert.equal(textIn(text, toNote.range), '[16]');
    const toMarker = (await client.connection.sendRequest(DefinitionRequest.type, at('[16] “China-Russia Trade'))) as Location;
    assert.equal(toMarker.range.start.line + 1, lineOf(text, 'in 2021.[16]'));
  });

  it('finds the references of note 9 from either end', async () => {
    const fromNote = await client.connection.sendRequest(ReferencesRequest.type, { ...at('[9] “SCIO'), context: { includeDeclaration: false } });
    assert.deepEqual(fromNote!.map((l) => [l.range.start.line + 1, textIn(text, l.range)]), [[lineOf(text, 'trade.[9]'), '[9]']]);
    const fromMarker = await client.connection.sendRequest(ReferencesRequest.type, { ...at('trade.[9]', 7), context: { includeDeclaration: true } });
    assert.deepEqual(fromMarker!.map((l) => l.range.start.line + 1), [lineOf(text, 'trade.[9]'), lineOf(text, '[9] “SCIO')]);
  });

  it('outlines the eleven sections and a Notes group with the twenty notes', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const sections = symbols.slice(0, -1);
    assert.deepEqual(sections.map((s) => s.name), EXPECTED.sections.map((s: { title: string }) => s.title));
    assert.deepEqual(sections.map((s) => s.selectionRange.start.line + 1), EXPECTED.sections.map((s: { line: number }) => s.line));
    const notes = symbols[symbols.length - 1];
    assert.equal(notes.name, 'Notes');
    assert.deepEqual(notes.children!.map((n) => n.name), EXPECTED.notes.labels.map((l: string) => `[${l}]`));
    assert.match(notes.children![8].detail!, /^“SCIO Briefing/);
  });

  it('folds each section and the notes list', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const starts = ranges!.map((r) => r.startLine + 1);
    assert.deepEqual(starts.slice(0, 11), EXPECTED.sections.map((s: { line: number }) => s.line));
    const notes = ranges![ranges!.length - 1];
    assert.deepEqual([notes.startLine + 1, notes.endLine + 1], [EXPECTED.notes.first_line, EXPECTED.notes.last_line]);
    for (const r of ranges!) assert.ok(r.endLine > r.startLine);
    // A section folds up to its last line of text, never into the next heading.
    assert.equal(ranges![0].endLine + 1, EXPECTED.sections[1].line - 2);
  });

  it('finds sections and notes of the open essays by name', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'endogenous power' });
    assert.deepEqual(symbols!.map((s) => s.name), ['The Endogenous Power and Independent Value']);
    const notes = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'SCIO' });
    assert.deepEqual(notes!.map((s) => s.name), ['[9] “SCIO Briefing on China\'s Import and Export of 2021,” January 14, 2022,']);
  });

  it('answers policyReview/sections with claim counts', async () => {
    const result = await client.connection.sendRequest(SectionsRequest, { textDocument: { uri } });
    assert.equal(result!.title, EXPECTED.title.text);
    assert.equal(result!.sections.length, 11);
    const counts = result!.sections.filter((s) => s.claimCount > 0).map((s) => [s.title, s.level, s.claimCount, s.uncitedCount]);
    assert.deepEqual(counts, [
      ['Not an Alliance or the “anti-Western” United Front', 2, 4, 0],
      ['The Endogenous Power and Independent Value', 2, 2, 1],
    ]);
  });

  it('answers policyReview/notes with each note’s citations', async () => {
    const result = await client.connection.sendRequest(NotesRequest, { textDocument: { uri } });
    assert.equal(result!.notes.length, 20);
    assert.deepEqual(result!.undefinedMarkers, []);
    const nine = result!.notes[8];
    assert.equal(nine.label, '9');
    assert.equal(nine.citations.length, 1);
    assert.equal(textIn(text, nine.citations[0].range), '[9]');
    assert.match(nine.citations[0].sentence, /^In 2021, the ASEAN/);
    assert.equal(nine.labelRange.start.line + 1, lineOf(text, '[9] “SCIO'));
  });

  it('answers null for a document it does not have', async () => {
    const other = { textDocument: { uri: 'file:///nowhere.txt' } };
    assert.equal(await client.connection.sendRequest(SectionsRequest, other), null);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { ...other, position: { line: 0, character: 0 } }), null);
  });
});

describe('language server: Markdown navigation', () => {
  it('hovers, follows and outlines [^N] footnotes', async () => {
    const client = await LspTestClient.start();
    try {
      await client.openFile(SAMPLE_MD, 'markdown');
      const mdUri = uriOf(SAMPLE_MD);
      const md = client.text(mdUri);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: mdUri }, position: positionOf(md, 'trade.[^9]', 8) });
      assert.match((hover!.contents as MarkupContent).value, /SCIO Briefing on China's Import and Export of 2021/);
      const toNote = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: mdUri }, position: positionOf(md, '[^16]', 2) })) as Location;
      assert.equal(textIn(md, toNote.range), '[^16]:');
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: mdUri } })) as DocumentSymbol[];
      assert.equal(symbols[symbols.length - 1].children!.length, 20);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: links and escaping', () => {
  const essay = [
    'A Title',
    '',
    'See www.example.com and https://body.example/x for more.[1] It rose.[2]',
    '',
    '[1] Smith, “*Bold* <img src=x onerror=alert(1)> [click](command:workbench.action.quit) `code`,” https://example.org/report(2021).',
    '',
    '[2] Jones, <https://example.net/a?b=1&c=2>, 2020.',
    '',
  ].join('\n');
  const essayUri = 'untitled:links';
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
    await client.open(essayUri, essay);
  });
  after(async () => {
    await client.stop();
  });

  it('links only the http(s) URLs in notes', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: essayUri } });
    assert.deepEqual(links!.map((l) => l.target), ['https://example.org/report(2021)', 'https://example.net/a?b=1&c=2']);
    assert.deepEqual(links!.map((l) => textIn(essay, l.range)), ['https://example.org/report(2021)', 'https://example.net/a?b=1&c=2']);
  });

  it('shows essay text in a hover as inert characters, with only the note’s URL live', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: essayUri }, position: positionOf(essay, 'more.[1]', 6) });
    const contents = hover!.contents as MarkupContent & { isTrusted?: boolean };
    assert.equal(contents.isTrusted, undefined);
    const value = contents.value;
    assert.ok(!/(^|[^\\])\[click\]/.test(value), value);
    assert.ok(!/(^|[^\\])<img/.test(value), value);
    assert.ok(!/(^|[^\\])\*Bold/.test(value), value);
    assert.ok(!/(^|[^\\])`code/.test(value), value);
    assert.ok(value.includes('\\[click\\]\\(command\\:workbench\\.action\\.quit\\)'), value);
    // The one live link is the note's own URL, and it goes where the text says.
    const links = [...value.matchAll(/(?<!\\)\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(links, ['https://example.org/report%282021%29']);
  });
});
