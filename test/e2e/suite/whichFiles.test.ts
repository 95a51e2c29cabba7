// Which files are checked: policyReview.files.exclude and the per-language
// policyReview.enable keep documents from the server (no diagnostics, no views).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PolicyReviewApi } from '../../../client/src/extension';
import { diagnosticsOf, folder, policyReview, snapshotOf, until } from './support';

const ESSAY = 'Growth\n\nExports rose by 8 percent last year.\n\nNotes\n\n[1] A. Author, “Exports,” 2021.\n';

async function writeEssay(name: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ESSAY));
  return uri;
}

describe('which files are checked', () => {
  let api: PolicyReviewApi;
  const settings = () => vscode.workspace.getConfiguration('policyReview');
  const markdownSettings = () => vscode.workspace.getConfiguration('policyReview', { languageId: 'markdown' });

  before(async () => {
    api = await policyReview();
  });
  after(async () => {
    await settings().update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await markdownSettings().update('enable', undefined, vscode.ConfigurationTarget.Workspace, true);
  });

  it('checks a document until its path is excluded, then leaves it alone', async () => {
    const uri = await writeEssay('draft-notes.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.ok((await diagnosticsOf(uri)).some((d) => d.code === 'uncited-claim' || (typeof d.code === 'object' && d.code.value === 'uncited-claim')));
    await snapshotOf(api, document);
    await settings().update('files.exclude', ['**/draft-*.txt'], vscode.ConfigurationTarget.Workspace);
    // The client restarts and does not open the excluded document on the new server.
    await until(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).length === 0, 'the diagnostics to go');
    await until(api.essay.onDidChange, () => api.essay.snapshot === undefined, 'the views to empty');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('stops checking one language when policyReview.enable is off for it', async () => {
    await settings().update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await markdownSettings().update('enable', false, vscode.ConfigurationTarget.Workspace, true); // "[markdown]": { "policyReview.enable": false }
    const markdown = await vscode.workspace.openTextDocument(await writeEssay('essay.md'));
    const plain = await vscode.workspace.openTextDocument(await writeEssay('essay.txt'));
    // The server sees the documents in the order they open: once the plain essay is checked, the Markdown one would have been too.
    await vscode.window.showTextDocument(plain);
    await diagnosticsOf(plain.uri);
    await vscode.window.showTextDocument(markdown);
    await until(api.essay.onDidChange, () => api.essay.snapshot === undefined, 'no views for the Markdown essay');
    assert.deepEqual(vscode.languages.getDiagnostics(markdown.uri), []);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
