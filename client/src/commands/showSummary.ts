// Show review summary: opens the summary of the active essay beside it, as a
// read-only Markdown document that is rebuilt each time the command runs.
import * as vscode from 'vscode';
import type { ActiveEssay } from '../activeEssay';
import { reviewSummary } from './reviewSummary';

export const SHOW_SUMMARY = 'policyReview.showSummary';
export const SUMMARY_SCHEME = 'policy-review-summary';

class SummaryDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

export function registerShowSummaryCommand(essay: ActiveEssay): vscode.Disposable {
  const documents = new SummaryDocuments();
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, documents),
    vscode.commands.registerCommand(SHOW_SUMMARY, async (): Promise<vscode.TextDocument | undefined> => {
      const snapshot = essay.snapshot;
      if (!snapshot) {
        void vscode.window.showInformationMessage('Policy Review: open an essay first.');
        return undefined;
      }
      const name = snapshot.document.uri.path.split('/').pop() || 'essay';
      const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/Review of ${name}.md`, query: snapshot.document.uri.toString() });
      documents.set(uri, reviewSummary(snapshot, vscode.languages.getDiagnostics(snapshot.document.uri)));
      const document = await vscode.workspace.openTextDocument(uri); // Markdown, by the .md in its path
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      return document;
    }),
  );
}
