import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import {
  CancellationTokenSource,
  DefinitionRequest,
  DidOpenTextDocumentNotification,
  HoverRequest,
  LSPErrorCodes,
  RenameRequest,
  type ResponseError,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';
import { repoPath } from '../support/paths';

describe('language server: robustness', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('answers positions past the end of the document with nothing, and keeps serving', async () => {
    const uri = 'untitled:short';
    await client.open(uri, 'A Title\n\nTrade grew.[1]\n\n[1] A source.\n');
    const far = { textDocument: { uri }, position: { line: 9999, character: 9999 } };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, far), null);
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, far), null);
    assert.equal(await client.connection.sendRequest(RenameRequest.type, { ...far, newName: '2' }), null);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 12 } });
    assert.ok(hover, 'still serving');
  });

  it('reads an empty document and one that is all brackets without trouble', async () => {
    assert.deepEqual((await client.open('untitled:empty', '')).diagnostics, []);
    const brackets = '[^'.repeat(50_000) + ']'.repeat(50_000);
    const { diagnostics } = await client.open('untitled:brackets', brackets);
    assert.ok(Array.isArray(diagnostics));
  });

  it('honours a cancelled request with RequestCancelled', async () => {
    const uri = 'untitled:cancel.md';
    const text = readFileSync(repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8');
    // Open and ask at once: the hover has to wait for the Markdown worker, and the cancellation arrives meanwhile.
    const first = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }, source.token);
    source.cancel();
    await assert.rejects(hover, (error: ResponseError<unknown>) => error.code === LSPErrorCodes.RequestCancelled);
    await first;
  });
});
