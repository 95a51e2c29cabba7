// The language client: starts the bundled server over IPC and syncs only the
// documents Policy Review checks. Port 6009 is where .vscode/launch.json attaches.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { CLIENT_ONLY_SETTINGS, essaySelector, isChecked } from './checkedDocuments';

export const SERVER_DEBUG_PORT = 6009;

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: essaySelector,
    synchronize: { configurationSection: 'policyReview' },
    middleware: onlyCheckedDocuments,
  };
  return new LanguageClient('policyReview', 'Policy Review', serverOptions, clientOptions);
}

/**
 * A document the user excluded never reaches the server, so it gets no
 * diagnostics and every request about it answers with nothing. A settings
 * change restarts the client (see extension.ts), which re-opens what is now in.
 */
const onlyCheckedDocuments: Middleware = {
  didOpen: (document, next) => (isChecked(document) ? next(document) : Promise.resolve()),
  didChange: (event, next) => (isChecked(event.document) ? next(event) : Promise.resolve()),
  didSave: (document, next) => (isChecked(document) ? next(document) : Promise.resolve()),
  didClose: (document, next) => (isChecked(document) ? next(document) : Promise.resolve()),
  workspace: {
    // The server validates the section it is sent: keep the client's own keys out of it.
    configuration: async (params, token, next) => {
      const answers = await next(params, token);
      if (!Array.isArray(answers)) return answers;
      return answers.map((answer, i) => (params.items[i]?.section === 'policyReview' ? withoutClientSettings(answer) : answer));
    },
  },
};

function withoutClientSettings(section: unknown): unknown {
  if (section === null || typeof section !== 'object' || Array.isArray(section)) return section;
  const copy = { ...(section as Record<string, unknown>) };
  for (const key of CLIENT_ONLY_SETTINGS) delete copy[key];
  return copy;
}
