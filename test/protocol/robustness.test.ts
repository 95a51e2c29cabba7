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
import { join } from 'node:path';
import { LspTestClient } from '../support/lspClient';
import { repoPath } from '../support/paths';
import { FAULTY_RULE_TRIGGER } from '../support/faultyRuleTrigger';

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

  it('pauses the checks on a file above the size limit with one notice, and checks it once the limit is raised', async () => {
    const sentence = 'Trade grew by 5 percent.[1] ';
    const huge = 'untitled:huge.txt';
    const paused = await client.open(huge, sentence.repeat(200_000)); // 5.3 MB
    assert.deepEqual(paused.diagnostics.map((d) => [d.code, d.severity]), [['large-file', 3]]);
    assert.match(paused.diagnostics[0].message as string, /5\.3 MB, more than the 5 MB set in policyReview\.maxFileSizeMB/);
    // Still serving while it holds the file.
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: huge }, position: { line: 0, character: 2 } }), null);
    await client.close(huge);

    // A lower limit, so the full check of the same kind of file stays quick.
    await client.changeSettings({ maxFileSizeMB: 1 });
    const uri = 'untitled:large.txt';
    assert.deepEqual((await client.open(uri, sentence.repeat(45_000))).diagnostics.map((d) => d.code), ['large-file']); // 1.2 MB
    const checked = client.nextDiagnostics(uri);
    await client.changeSettings({ maxFileSizeMB: 2 });
    const full = await checked;
    assert.ok(full.diagnostics.some((d) => d.code === 'undefined-footnote'));
    assert.ok(!full.diagnostics.some((d) => d.code === 'large-file'));
    await client.changeSettings({});
    await client.close(uri);
  });

  it('has not crashed or restarted through any of the above', () => {
    assert.ok(client.serverRunning, client.serverErrors);
  });
});

describe('language server: a rule that throws', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ serverPath: join(__dirname, 'serverWithFaultyRule.js') });
  });
  after(async () => {
    await client.stop();
  });

  it('costs one analysis-error diagnostic; the other findings stand and the server keeps serving', async () => {
    const essay = `A Title\n\nTrade grew by 5 percent.[2] ${FAULTY_RULE_TRIGGER}\n\n[1] Jane Doe, "Trade," Example Press, 2022.\n`;
    const { diagnostics } = await client.open('untitled:faulty.txt', essay);
    const codes = diagnostics.map((d) => d.code).sort();
    // [2] has no note and [1] no citation: those findings are the other rules', and they stand.
    assert.deepEqual(codes, ['analysis-error', 'undefined-footnote', 'unused-footnote']);
    assert.match(diagnostics.find((d) => d.code === 'analysis-error')!.message as string, /deliberate failure for the crash-containment test/);
    // The same server reads the next essay normally, and answers requests.
    const clean = await client.open('untitled:clean.txt', 'A Title\n\nTrade grew.[1]\n\n[1] Jane Doe, "Trade," Example Press, 2022.\n');
    assert.deepEqual(clean.diagnostics, []);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:clean.txt' }, position: { line: 2, character: 12 } });
    assert.ok(hover);
    assert.ok(client.serverRunning);
  });
});

