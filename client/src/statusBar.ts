// The status bar item for the active essay: "1 uncited · 20 notes". Clicking
// it opens the Problems view, where each uncited claim is listed.
import * as vscode from 'vscode';
import type { ActiveEssay } from './activeEssay';

export const STATUS_BAR_ITEM = 'policyReview.status';

export function statusText(uncited: number, notes: number): string {
  return `${uncited} uncited · ${notes} ${notes === 1 ? 'note' : 'notes'}`;
}

export function createStatusBar(essay: ActiveEssay): vscode.Disposable & { readonly item: vscode.StatusBarItem } {
  const item = vscode.window.createStatusBarItem(STATUS_BAR_ITEM, vscode.StatusBarAlignment.Left, 50);
  item.name = 'Policy Review';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const snapshot = essay.snapshot;
    if (!snapshot) return item.hide();
    const uncited = essay.uncitedClaims().length;
    const notes = snapshot.notes.notes.length;
    item.text = `${uncited > 0 ? '$(warning)' : '$(check)'} ${statusText(uncited, notes)}`;
    item.tooltip = `Policy Review: ${uncited} uncited statistical ${uncited === 1 ? 'claim' : 'claims'} and ${notes} notes in this essay. Click to open the Problems view.`;
    item.accessibilityInformation = { label: `Policy Review: ${statusText(uncited, notes)}` };
    item.show();
  };
  const subscription = essay.onDidChange(update);
  update();
  return { item, dispose: () => vscode.Disposable.from(subscription, item).dispose() };
}
