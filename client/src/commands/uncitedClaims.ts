// Next / previous uncited claim: walks the essay's uncited-claim diagnostics
// from the cursor, wrapping around at either end, and selects the claim.
import * as vscode from 'vscode';
import type { ActiveEssay } from '../activeEssay';

export const NEXT_UNCITED_CLAIM = 'policyReview.nextUncitedClaim';
export const PREVIOUS_UNCITED_CLAIM = 'policyReview.previousUncitedClaim';

/** The claim after (or before) `from`, wrapping around; undefined when there are none. */
export function pickClaim(claims: vscode.Range[], from: vscode.Position, direction: 'next' | 'previous'): vscode.Range | undefined {
  if (claims.length === 0) return undefined;
  if (direction === 'next') return claims.find((r) => r.start.isAfter(from)) ?? claims[0];
  return [...claims].reverse().find((r) => r.start.isBefore(from)) ?? claims[claims.length - 1];
}

async function goToUncitedClaim(essay: ActiveEssay, direction: 'next' | 'previous'): Promise<vscode.Range | undefined> {
  const editor = essay.textEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Policy Review: open an essay first.');
    return undefined;
  }
  const target = pickClaim(essay.uncitedClaims().map((d) => d.range), editor.selection.active, direction);
  if (!target) {
    void vscode.window.setStatusBarMessage('$(check) Policy Review: every statistic in this essay is cited', 4000);
    return undefined;
  }
  const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  shown.selection = new vscode.Selection(target.start, target.end);
  shown.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}

export function registerUncitedClaimCommands(essay: ActiveEssay): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(NEXT_UNCITED_CLAIM, () => goToUncitedClaim(essay, 'next')),
    vscode.commands.registerCommand(PREVIOUS_UNCITED_CLAIM, () => goToUncitedClaim(essay, 'previous')),
  );
}
