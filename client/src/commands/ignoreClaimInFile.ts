// "Ignore this claim in this file" for plain-text essays, which have no comments
// to carry an ignore: the claim's text goes into `policyReview.ignoredClaims`
// under the file's path, in the settings of the file's workspace folder.
import * as vscode from 'vscode';

export const IGNORE_CLAIM_IN_FILE = 'policyReview.ignoreClaimInFile';

async function ignoreClaimInFile(uriText: unknown, claimText: unknown): Promise<void> {
  if (typeof uriText !== 'string' || typeof claimText !== 'string' || claimText.trim() === '') return;
  const uri = vscode.Uri.parse(uriText);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const path = folder ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
  const settings = vscode.workspace.getConfiguration('policyReview', uri);
  const inspected = settings.inspect<Record<string, string[]>>('ignoredClaims');
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? {};
  const texts = current[path] ?? [];
  if (texts.includes(claimText)) return;
  await settings.update('ignoredClaims', { ...current, [path]: [...texts, claimText] }, target);
  void vscode.window.setStatusBarMessage(`Policy Review: “${claimText}” is ignored in ${path}.`, 4000);
}

export function registerIgnoreClaimCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(IGNORE_CLAIM_IN_FILE, ignoreClaimInFile);
}
