// Helpers for the extension-host tests: wait for what the user would wait for
// (diagnostics, the views' data), never for a fixed time.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { EssaySnapshot } from '../../../client/src/activeEssay';
import type { PolicyReviewApi } from '../../../client/src/extension';

export const folder = () => vscode.workspace.workspaceFolders![0].uri;
export const sampleUri = () => vscode.Uri.joinPath(folder(), 'sino-russian-relations.txt');

/** Resolves when `event` fires with a value passing `test` (or `test` already holds for `now()`). */
export function until<T>(event: vscode.Event<T>, test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const listener = event(() => {
      if (!test()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** The document's diagnostics once the server has published some. */
export async function diagnosticsOf(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  await until(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).length > 0, `diagnostics for ${uri}`, timeoutMs);
  return vscode.languages.getDiagnostics(uri);
}

export function positionOf(document: vscode.TextDocument, needle: string, into = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  return document.positionAt(offset + into);
}

export async function policyReview(): Promise<PolicyReviewApi> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'policy-review');
  assert.ok(extension, 'the extension is installed');
  return (await extension.activate()) as PolicyReviewApi;
}

/** The views' data for `document` once it is the active essay and passes `ready`. */
export async function snapshotOf(api: PolicyReviewApi, document: vscode.TextDocument, ready: (s: EssaySnapshot) => boolean = () => true): Promise<EssaySnapshot> {
  const matches = () => {
    const s = api.essay.snapshot;
    return s !== undefined && s.document === document && ready(s);
  };
  await until(api.essay.onDidChange, matches, `the views' data for ${document.uri}`);
  return api.essay.snapshot!;
}

/** Opens an untitled essay in the active editor and waits until its views' data passes `ready`. */
export async function openUntitledEssay(api: PolicyReviewApi, language: string, content: string, ready: (s: EssaySnapshot) => boolean): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(document);
  await snapshotOf(api, document, ready);
  return editor;
}

/** Opens the sample essay in the active editor and waits for its diagnostics and views. */
export async function openSample(api: PolicyReviewApi): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(sampleUri());
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await diagnosticsOf(document.uri);
  await snapshotOf(api, document, (s) => s.notes.notes.length > 0);
  return editor;
}

export function moveCursor(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
}
