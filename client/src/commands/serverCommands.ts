// Commands whose edit the server computes (one versioned WorkspaceEdit, applied
// through workspace/applyEdit): the client asks for them for the document and
// version the user is looking at.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { ActiveEssay } from '../activeEssay';

/** Palette command → the server's workspace command. */
export const SERVER_COMMANDS: Record<string, { server: string; doing: string }> = {
  'policyReview.renumberNotes': { server: 'policyReview.renumber', doing: 'renumber the notes' },
  'policyReview.fixAllInEssay': { server: 'policyReview.fixAll', doing: 'fix the notes' },
  'policyReview.toMarkdownFootnotes': { server: 'policyReview.convertToMarkdownFootnotes', doing: 'convert the notes' },
  'policyReview.toPlainNotes': { server: 'policyReview.convertToPlainNotes', doing: 'convert the notes' },
};

async function runOnServer(client: LanguageClient, essay: ActiveEssay, server: string, doing: string): Promise<unknown> {
  const document = essay.textEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Policy Review: open an essay first.');
    return undefined;
  }
  try {
    return await client.sendRequest(ExecuteCommandRequest.type, {
      command: server,
      arguments: [client.code2ProtocolConverter.asUri(document.uri), document.version],
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`Policy Review could not ${doing}: ${(error as Error)?.message ?? String(error)}`);
    return undefined;
  }
}

export function registerServerCommands(client: LanguageClient, essay: ActiveEssay): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(SERVER_COMMANDS).map(([command, { server, doing }]) => vscode.commands.registerCommand(command, () => runOnServer(client, essay, server, doing))),
  );
}
