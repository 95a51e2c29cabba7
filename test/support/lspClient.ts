// A small LSP client for tests and measurements: starts the bundled server over
// stdio and speaks to it with vscode-languageserver-protocol. Everything waits
// for the event it needs (a diagnostics notification, a log line), never a timer.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoPath } from './paths';

export interface StartOptions {
  /** Declare snippet edits in workspace edits (as VS Code does). */
  snippets?: boolean;
  /** The `policyReview` settings section the client answers workspace/configuration with. */
  settings?: unknown;
  /** Whether the client can answer workspace/configuration (pull) or only pushes settings. */
  pullSettings?: boolean;
  /** Passed as initializationOptions (e.g. `{ changeDebounceMs: 0 }` for measurements). */
  initializationOptions?: unknown;
  /** Another server bundle (one with a rule that throws, for the crash-containment test). */
  serverPath?: string;
}

interface Waiter<T> {
  accept: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspTestClient {
  readonly logs: string[] = [];
  /** Edits the server asked the editor to apply (workspace/applyEdit). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Messages the server showed the user (window/showMessage). */
  readonly messages: string[] = [];
  /** Diagnostics after the last edit the server applied through workspace/applyEdit. */
  pendingApplied: Promise<PublishDiagnosticsParams> | undefined;
  settings: unknown;
  private readonly documents = new Map<string, TextDocument>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly logWaiters: Waiter<string>[] = [];
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly server: ChildProcess,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const server = spawn(process.execPath, [options.serverPath ?? repoPath('server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client = new LspTestClient(connection, server);
    client.settings = options.settings ?? {};
    server.stderr!.on('data', (chunk) => (client.stderr += String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.settle(client.diagnosticWaiters, params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      client.logs.push(params.message);
      client.settle(client.logWaiters, params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'policyReview' ? client.settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    // Edits the server asks for (its commands) are applied like a real editor would.
    connection.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
      client.appliedEdits.push(params.edit);
      client.pendingApplied = client.applyEdit(params.edit);
      return { applied: true };
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      client.messages.push(params.message);
    });
    connection.onRequest(ShowMessageRequest.type, (params) => {
      client.messages.push(params.message);
      return null;
    });
    connection.listen();
    const pull = options.pullSettings ?? true;
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: pull, workspaceEdit: { documentChanges: true, snippetEditSupport: options.snippets === true } },
        textDocument: { rename: { prepareSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
    });
    if (!result.capabilities) throw new Error('the server did not answer initialize');
    await connection.sendNotification(InitializedNotification.type, {});
    if (!pull) await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyReview: client.settings } });
    return client;
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, languageId = 'plaintext'): Promise<PublishDiagnosticsParams> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    const diagnostics = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return diagnostics;
  }

  /** Opens a file from the repository under its file URI. */
  openFile(path: string, languageId = 'plaintext'): Promise<PublishDiagnosticsParams> {
    return this.open(uriOf(path), readFileSync(path, 'utf8'), languageId);
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  /** Sends incremental changes and resolves with the diagnostics of the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const old = this.document(uri);
    const version = old.version + 1;
    const document = TextDocument.update(old, changes, version);
    this.documents.set(uri, document);
    const diagnostics = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return diagnostics;
  }

  /**
   * Applies a versioned WorkspaceEdit as an editor does (refusing one made for
   * another version), sends it as incremental changes, and resolves with the
   * diagnostics of the new version.
   */
  applyEdit(edit: WorkspaceEdit): Promise<PublishDiagnosticsParams> {
    const changes = edit.documentChanges ?? [];
    if (changes.length !== 1 || !('edits' in changes[0])) throw new Error(`expected one text document edit, got ${JSON.stringify(edit)}`);
    const { textDocument, edits } = changes[0];
    if (textDocument.version !== this.version(textDocument.uri)) {
      throw new Error(`the edit is for version ${textDocument.version}, the document is at ${this.version(textDocument.uri)}`);
    }
    // A snippet edit inserts its text with the tab stops taken out, as an editor does.
    const plain = (edits as (TextEdit | { range: TextEdit['range']; snippet: { value: string } })[]).map((e) =>
      'snippet' in e ? { range: e.range, newText: e.snippet.value.replace(/\$0/g, '').replace(/\\([$}\\])/g, '$1') } : e,
    );
    assertNoOverlap(plain);
    // Later edits first, so each range still means what the server meant.
    const sorted = [...plain].sort((a, b) => compare(b.range.start, a.range.start));
    return this.change(textDocument.uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    this.documents.delete(uri);
    const diagnostics = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return diagnostics;
  }

  /** Changes the settings the way an editor does: a didChangeConfiguration, then answers to the pulls. */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyReview: settings } });
  }

  /** The next diagnostics for a URI (of a given version, when asked). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(this.diagnosticWaiters, (p) => p.uri === uri && (version === undefined || p.version === version), `diagnostics for ${uri}`);
  }

  /** The next log line the server sends that contains `text` (or one already sent). */
  logContaining(text: string): Promise<string> {
    const sent = this.logs.find((line) => line.includes(text));
    if (sent) return Promise.resolve(sent);
    return this.waitFor(this.logWaiters, (line) => line.includes(text), `a log line containing “${text}”`);
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.server.exitCode !== null) resolve();
      else this.server.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.server.kill();
    }
    await exited;
    this.connection.dispose();
  }

  /** The server process is still the one started: it has not exited or crashed (a client would restart it). */
  get serverRunning(): boolean {
    return this.server.exitCode === null && this.server.signalCode === null;
  }

  /** What the server wrote to stderr, for failure messages. */
  get serverErrors(): string {
    return this.stderr;
  }

  private document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  private waitFor<T>(waiters: Waiter<T>[], accept: (value: T) => boolean, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExit = () => reject(new Error(`the server exited while waiting for ${what}: ${this.stderr}`));
      this.server.once('exit', onExit);
      waiters.push({
        accept,
        resolve: (value) => {
          this.server.off('exit', onExit);
          resolve(value);
        },
      });
    });
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (const waiter of [...waiters]) {
      if (!waiter.accept(value)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(value);
    }
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

function assertNoOverlap(edits: TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start));
  for (let i = 1; i < sorted.length; i++) {
    if (compare(sorted[i].range.start, sorted[i - 1].range.end) < 0) throw new Error(`overlapping edits: ${JSON.stringify(sorted)}`);
  }
}
