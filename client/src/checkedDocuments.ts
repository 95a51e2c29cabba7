// Which documents Policy Review checks: the essay languages, saved or untitled,
// minus what the user turned off (`policyReview.enable` per language,
// `policyReview.files.exclude` by path).
import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

export const ESSAY_LANGUAGES = ['plaintext', 'markdown', 'essay'];
const SCHEMES = ['file', 'untitled'];

/** What the language client syncs before the user's settings narrow it down. */
export const essaySelector: DocumentSelector = SCHEMES.flatMap((scheme) => ESSAY_LANGUAGES.map((language) => ({ scheme, language })));

/** Settings the client reads itself; the server does not know them and would report them as typos. */
export const CLIENT_ONLY_SETTINGS = ['enable', 'files'];

/** Settings whose change decides again which open documents the server sees. */
export function affectsCheckedDocuments(event: vscode.ConfigurationChangeEvent): boolean {
  return CLIENT_ONLY_SETTINGS.some((key) => event.affectsConfiguration(`policyReview.${key}`));
}

/** A document the user writes (a file or an untitled buffer), as opposed to output, diffs or generated views. */
export function isUserDocument(document: vscode.TextDocument): boolean {
  return SCHEMES.includes(document.uri.scheme);
}

export function isChecked(document: vscode.TextDocument): boolean {
  if (!ESSAY_LANGUAGES.includes(document.languageId) || !SCHEMES.includes(document.uri.scheme)) return false;
  const settings = vscode.workspace.getConfiguration('policyReview', { uri: document.uri, languageId: document.languageId });
  if (!settings.get<boolean>('enable', true)) return false;
  if (document.uri.scheme !== 'file') return true;
  // VS Code's own glob matching, relative to the workspace folder as in files.exclude.
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const excluded = settings.get<string[]>('files.exclude', []);
  return !excluded.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
}
