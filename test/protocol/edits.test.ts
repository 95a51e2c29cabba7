import { strict as assert } from 'node:assert';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  PrepareRenameRequest,
  RenameRequest,
  ResponseError,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspTestClient, uriOf } from '../support/lspClient';
import { repoPath } from '../support/paths';
import { positionOf, textIn } from '../support/textPositions';

const SAMPLE = repoPath('examples', 'sino-russian-relations.txt');
const SAMPLE_MD = repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md');
const FOOTNOTE_AND_CLAIM_RULES = new Set(['uncited-claim', 'undefined-footnote', 'unused-footnote', 'duplicate-footnote', 'footnote-order']);

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).filter((code) => FOOTNOTE_AND_CLAIM_RULES.has(code));
}

async function quickFixes(client: LspTestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return actions as CodeAction[];
}

describe('language server: rename', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = await LspTestClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('renames note 9 in its marker and its definition, and back, changing nothing else', async () => {
    await client.openFile(SAMPLE);
    const uri = uriOf(SAMPLE);
    const original = client.text(uri);
    const marker = { textDocument: { uri }, position: positionOf(original, 'trade.[9]', 7) };
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, marker);
    assert.deepEqual(prepared && 'placeholder' in prepared ? [textIn(original, prepared.range), prepared.placeholder] : prepared, ['9', '9']);

    const edit = await client.connection.sendRequest(RenameRequest.type, { ...marker, newName: '29' });
    const change = edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, client.version(uri), 'the edit names the version it was made for');
    assert.deepEqual((change.edits as TextEdit[]).map((e) => [textIn(original, e.range), e.newText]), [['9', '29'], ['9', '29']]);
    const renamed = await client.applyEdit(edit!);
    const after = client.text(uri);
    assert.equal(after, original.split('[9]').join('[29]'), 'only the two labels changed');
    assert.ok(codes(renamed.diagnostics).includes('footnote-order'), 'note 29 is now out of order');

    const back = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(after, '[29] “SCIO', 2), newName: '9' });
    const restored = await client.applyEdit(back!);
    assert.equal(client.text(uri), original);
    assert.deepEqual(codes(restored.diagnostics), ['uncited-claim']);
  });

  it('refuses a number that is already taken, and a label that is not a number', async () => {
    await client.openFile(SAMPLE);
    const uri = uriOf(SAMPLE);
    const position = positionOf(client.text(uri), 'trade.[9]', 7);
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '10' }),
      (error: ResponseError<unknown>) => /\[10\] is already taken \(line \d+\)/.test(error.message),
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'smith' }),
      (error: ResponseError<unknown>) => /not a note number/.test(error.message),
    );
  });

  it('renames a Markdown footnote to a word label', async () => {
    await client.openFile(SAMPLE_MD, 'markdown');
    const uri = uriOf(SAMPLE_MD);
    const original = client.text(uri);
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(original, '[^9]:', 2), newName: 'scio-2021' });
    await client.applyEdit(edit!);
    assert.equal(client.text(uri), original.split('[^9]').join('[^scio-2021]'));
  });

  it('renames a circled note in its own digits, whether the new number is typed ② or 2', async () => {
    const uri = 'untitled:circled';
    const text = '标题\n\n中国的出口增长了百分之五①。进口下降了百分之三③。\n\n注释\n\n① 国家统计局，2021年。\n③ 海关总署，2022年。\n';
    await client.open(uri, text);
    const position = positionOf(text, '③。', 0);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.deepEqual(prepared && 'placeholder' in prepared ? [textIn(text, prepared.range), prepared.placeholder] : prepared, ['③', '3']);
    for (const newName of ['②', '2']) {
      const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
      const change = edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual((change.edits as TextEdit[]).map((e) => [textIn(text, e.range), e.newText]), [['③', '②'], ['③', '②']], `typed ${newName}`);
    }
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '51' }),
      (error: ResponseError<unknown>) => /Circled numbers stop at ㊿ \(50\); this would need note 51/.test(error.message),
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '002' }),
      (error: ResponseError<unknown>) => /not a note number/.test(error.message),
    );
  });

  it('refuses to rename a label written inside a range', async () => {
    const uri = 'untitled:range';
    const text = 'A Title\n\nTrade between the two countries grew quickly over the decade [1–3].\n\n[1] One.\n\n[2] Two.\n\n[3] Three.\n';
    await client.open(uri, text);
    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(text, '[2] Two', 1) }),
      (error: ResponseError<unknown>) => /part of the range \[1–3\]/.test(error.message),
    );
  });
});

describe('language server: quick fixes', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = await LspTestClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('adds a marker and a note stub after the sample’s uncited claim', async () => {
    const { diagnostics } = await client.openFile(SAMPLE);
    const uri = uriOf(SAMPLE);
    const original = client.text(uri);
    const uncited = diagnostics.find((d) => d.code === 'uncited-claim')!;
    const [action, ...others] = await quickFixes(client, uri, uncited);
    assert.deepEqual(others.map((a) => a.title), ['Mark the claim [citation needed]', 'Ignore this claim in this file']);
    assert.equal(action.title, 'Add a citation [21] and a note stub');
    assert.equal(action.kind, 'quickfix');
    const fixed = await client.applyEdit(action.edit!);
    const text = client.text(uri);
    assert.equal(text, original.replace('over 4,300 kilometers.', 'over 4,300 kilometers.[21]').replace(/(Vol\. 20, No\. 1, p\. 10,)/, '$1\n\n[21] '));
    assert.ok(!codes(fixed.diagnostics).includes('uncited-claim'));
    assert.ok(!codes(fixed.diagnostics).includes('undefined-footnote'));
  });

  it('adds [^N] and a Markdown note stub in a Markdown essay', async () => {
    const { diagnostics } = await client.openFile(SAMPLE_MD, 'markdown');
    const uri = uriOf(SAMPLE_MD);
    const [action] = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'uncited-claim')!);
    const fixed = await client.applyEdit(action.edit!);
    const text = client.text(uri);
    assert.ok(text.includes('over 4,300 kilometers.[^21]'));
    assert.ok(text.includes('\n\n[^21]: '));
    assert.ok(!codes(fixed.diagnostics).includes('uncited-claim'));
  });

  it('removes an unused note', async () => {
    const uri = 'untitled:unused';
    const { diagnostics } = await client.open(uri, 'A Title\n\nIt grew.[1] It fell.[3]\n\n[1] First.\n\n[2] Unused.\n\n[3] Third.\n');
    const [action] = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'unused-footnote')!);
    assert.equal(action.title, 'Remove the unused note [2]');
    const fixed = await client.applyEdit(action.edit!);
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[1] It fell.[3]\n\n[1] First.\n\n[3] Third.\n');
    assert.deepEqual(codes(fixed.diagnostics), ['footnote-order'], 'the gap at [2] remains for renumbering');
  });

  it('adds a note stub for a marker with no note', async () => {
    const uri = 'untitled:undefined';
    const { diagnostics } = await client.open(uri, 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] First.\n');
    const [action] = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'undefined-footnote')!);
    assert.equal(action.title, 'Add a note stub for [2]');
    const fixed = await client.applyEdit(action.edit!);
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] First.\n\n[2] \n');
    assert.deepEqual(codes(fixed.diagnostics), []);
  });

  it('offers nothing for a diagnostic the document no longer fits, or with forged data', async () => {
    const uri = 'untitled:stale';
    const { diagnostics } = await client.open(uri, 'A Title\n\nIt grew.[1]\n\n[1] First.\n\n[2] Unused.\n');
    const unused = diagnostics.find((d) => d.code === 'unused-footnote')!;
    const at = positionOf(client.text(uri), 'grew.[1]', 8);
    await client.change(uri, [{ range: { start: at, end: at }, text: '[2]' }]);
    assert.deepEqual(await quickFixes(client, uri, unused), []);
    const forged = { ...unused, data: { kind: 'remove-note', label: 5, noteStart: -1 } };
    assert.deepEqual(await quickFixes(client, uri, forged), []);
  });
});
