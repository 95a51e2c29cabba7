// The VS Code side: starts the language server for essays, and adds the
// Policy Review views (Sections, References), commands and status bar item.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActiveEssay } from './activeEssay';
import { affectsCheckedDocuments } from './checkedDocuments';
import { registerGoToNoteCommand } from './commands/goToNote';
import { registerIgnoreClaimCommand } from './commands/ignoreClaimInFile';
import { registerServerCommands } from './commands/serverCommands';
import { registerShowSummaryCommand } from './commands/showSummary';
import { registerUncitedClaimCommands } from './commands/uncitedClaims';
import { createLanguageClient } from './languageClient';
import { createStatusBar } from './statusBar';
import { type ReferenceNode, REFERENCES_VIEW, ReferencesTreeProvider } from './views/referencesTree';
import { registerRevealCommand } from './views/revealInEssay';
import { followCursor, type SectionNode, SECTIONS_VIEW, SectionsTreeProvider } from './views/sectionsTree';

/** What activate() returns: the extension-host tests read the trees through it. */
export interface PolicyReviewApi {
  client: LanguageClient;
  essay: ActiveEssay;
  sections: SectionsTreeProvider;
  references: ReferencesTreeProvider;
  statusBar: vscode.StatusBarItem;
  sectionsView: vscode.TreeView<SectionNode>;
  referencesView: vscode.TreeView<ReferenceNode>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PolicyReviewApi> {
  const languageClient = createLanguageClient(context);
  client = languageClient;
  const essay = new ActiveEssay(languageClient);
  const sections = new SectionsTreeProvider(essay);
  const references = new ReferencesTreeProvider(essay);
  const sectionsView = vscode.window.createTreeView(SECTIONS_VIEW, { treeDataProvider: sections, showCollapseAll: true });
  const referencesView = vscode.window.createTreeView(REFERENCES_VIEW, { treeDataProvider: references, showCollapseAll: true });
  const statusBar = createStatusBar(essay);
  context.subscriptions.push(
    languageClient,
    essay,
    sections,
    references,
    sectionsView,
    referencesView,
    followCursor(sectionsView, sections, essay),
    statusBar,
    registerRevealCommand(),
    registerUncitedClaimCommands(essay),
    registerGoToNoteCommand(essay),
    registerShowSummaryCommand(essay),
    registerServerCommands(languageClient, essay),
    registerIgnoreClaimCommand(),
    // Which documents the server sees is decided when they open: start over when that changes.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsCheckedDocuments(event)) void languageClient.restart();
      else if (event.affectsConfiguration('policyReview')) essay.refreshSoon();
    }),
  );
  await languageClient.start();
  return { client: languageClient, essay, sections, references, statusBar: statusBar.item, sectionsView, referencesView };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
