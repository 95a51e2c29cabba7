import { strict as assert } from 'node:assert';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  ExecuteCommandRequest,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const OUT_OF_ORDER = 'A Title\n\nIt grew.[2] It fell.[1] Nobody cites three.\n\n[1] First source, 2020.\n\n[2] Second source, 2021.\n\n[3] Unused source, 2019.\n';

async function actionsFor(client: LspTestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } })) as CodeAction[];
}

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('language server: rewriting fixes', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = await LspTestClient.start({ snippets: true });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('renumbers notes from the footnote-order quick fix', async () => {
    const uri = 'file:///essays/order.txt';
    const { diagnostics } = await client.open(uri, OUT_OF_ORDER);
    const [order] = byCode(diagnostics, 'footnote-order');
    const action = (await actionsFor(client, uri, [order])).find((a) => a.title === 'Renumber notes in order of first citation');
    assert.ok(action?.edit);
    const after = await client.applyEdit(action.edit);
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[1] It fell.[2] Nobody cites three.\n\n[1] Second source, 2021.\n\n[2] First source, 2020.\n\n[3] Unused source, 2019.\n');
    assert.deepEqual(byCode(after.diagnostics, 'footnote-order'), []);
  });

  it('offers source.fixAll.policyReview: unused notes removed and notes renumbered in one versioned edit', async () => {
    const uri = 'file:///essays/fixall.txt';
    await client.open(uri, OUT_OF_ORDER);
    const actions = await actionsFor(client, uri, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.policyReview']);
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, client.version(uri));
    await client.applyEdit(actions[0].edit!);
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[1] It fell.[2] Nobody cites three.\n\n[1] Second source, 2021.\n\n[2] First source, 2020.\n');
    assert.deepEqual(await actionsFor(client, uri, [], ['source.fixAll']), [], 'nothing left to fix');
  });

  it('runs policyReview.renumber as a command and applies its edit through the editor', async () => {
    const uri = 'file:///essays/command.txt';
    await client.open(uri, OUT_OF_ORDER);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'policyReview.renumber', arguments: [uri] });
    assert.equal(client.appliedEdits.length, 1);
    await client.pendingApplied;
    assert.match(client.text(uri), /It grew\.\[1\] It fell\.\[2\]/);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'policyReview.renumber', arguments: [uri] });
    assert.deepEqual(client.messages, ['Policy Review: The notes are already numbered in order of first citation.']);
  });

  it('converts [N] notes to Markdown footnotes with a command', async () => {
    const uri = 'file:///essays/convert.txt';
    await client.open(uri, 'A Title\n\nIt grew.[1]\n\n[1] A source, 2020.\n');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'policyReview.convertToMarkdownFootnotes', arguments: [uri] });
    await client.pendingApplied;
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[^1]\n\n[^1]: A source, 2020.\n');
  });

  it('adds a citation where the essay puts its markers, leaving the cursor in the stub', async () => {
    const uri = 'file:///essays/style.txt';
    const text = 'A Title\n\nIt grew[1]. Exports rose 38 percent in a year.\n\n[1] A source, 2020.\n';
    const { diagnostics } = await client.open(uri, text);
    const [claim] = byCode(diagnostics, 'uncited-claim');
    const actions = await actionsFor(client, uri, [claim]);
    const add = actions.find((a) => a.title.startsWith('Add a citation [2]'))!;
    const edits = (add.edit!.documentChanges![0] as TextDocumentEdit).edits as { newText?: string; snippet?: { value: string } }[];
    assert.deepEqual(edits.map((e) => e.newText ?? e.snippet!.value), ['[2]', '\n\n[2] $0']);
    await client.applyEdit(add.edit!);
    assert.equal(client.text(uri), 'A Title\n\nIt grew[1]. Exports rose 38 percent in a year[2].\n\n[1] A source, 2020.\n\n[2] \n');
  });

  it('marks an uncited claim [citation needed], or ignores it with a comment in Markdown', async () => {
    const uri = 'file:///essays/needed.md';
    const text = 'Exports rose 38 percent in a year.\n';
    const { diagnostics } = await client.open(uri, text, 'markdown');
    const [claim] = byCode(diagnostics, 'uncited-claim');
    const actions = await actionsFor(client, uri, [claim]);
    assert.deepEqual(actions.map((a) => a.title), [
      'Add a citation [^1] and a note stub',
      'Mark the claim [citation needed]',
      'Ignore this claim (<!-- policy-review-ignore -->)',
    ]);
    const ignored = await client.applyEdit(actions[2].edit!);
    assert.equal(client.text(uri), '<!-- policy-review-ignore --> Exports rose 38 percent in a year.\n');
    assert.deepEqual(byCode(ignored.diagnostics, 'uncited-claim'), []);
  });

  it('offers a plain-text claim to the file’s ignore list through a client command', async () => {
    const uri = 'file:///essays/ignore.txt';
    const { diagnostics } = await client.open(uri, 'A Title\n\nExports rose 38 percent in a year.\n');
    const [claim] = byCode(diagnostics, 'uncited-claim');
    const ignore = (await actionsFor(client, uri, [claim])).find((a) => a.title === 'Ignore this claim in this file');
    assert.deepEqual(ignore?.command, { title: 'Ignore this claim in this file', command: 'policyReview.ignoreClaimInFile', arguments: [uri, '38 percent'] });
  });

  it('merges a duplicate source into the first note', async () => {
    const uri = 'file:///essays/merge.txt';
    const text = 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] Doe, "Trade Review," Example Press, 2022.\n[2] Doe, "Trade Review," Example Press, 2022.\n';
    const { diagnostics } = await client.open(uri, text);
    const [duplicate] = byCode(diagnostics, 'duplicate-source');
    const merge = (await actionsFor(client, uri, [duplicate])).find((a) => a.title.startsWith('Merge into note [1]'))!;
    const after = await client.applyEdit(merge.edit!);
    assert.equal(client.text(uri), 'A Title\n\nIt grew.[1] It fell.[1]\n\n[1] Doe, "Trade Review," Example Press, 2022.\n');
    assert.deepEqual(byCode(after.diagnostics, 'duplicate-source'), []);
  });
});
