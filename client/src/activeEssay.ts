// The essay in the active editor and what the server knows about it (sections,
// notes, uncited claims). The trees, the status bar and the commands all read
// this one snapshot, so a change asks the server once, not once per view.
import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { NotesRequest, type NotesResult, SectionsRequest, type SectionsResult } from '../../server/src/protocol';
import { isChecked, isUserDocument } from './checkedDocuments';

/** Typing settles (the server waits 250 ms too) before the views ask again. */
export const REFRESH_DEBOUNCE_MS = 300;

/** Context key for `when` clauses: an essay Policy Review checks is in the active editor. */
export const ACTIVE_ESSAY_CONTEXT = 'policyReview.activeEssay';

export const UNCITED_CLAIM = 'uncited-claim';

export interface EssaySnapshot {
  document: vscode.TextDocument;
  /** The document version the server answered for. */
  version: number;
  sections: SectionsResult;
  notes: NotesResult;
}

export class ActiveEssay implements vscode.Disposable {
  private current: EssaySnapshot | undefined;
  private editor: vscode.TextEditor | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Each refresh takes a number; an answer for an older number is dropped. */
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<EssaySnapshot | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires after every refresh, with the new snapshot or undefined when no essay is active. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshNow()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.editor?.document) this.refreshSoon();
      }),
      // Diagnostics follow settings changes too: the counts in the views must match them.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = this.editor?.document.uri.toString();
        if (uri && event.uris.some((u) => u.toString() === uri)) this.refreshSoon();
      }),
      // A (re)started server knows nothing yet; ask once it runs.
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) this.refreshNow();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current?.document) this.refreshNow();
      }),
    );
    this.refreshNow();
  }

  get snapshot(): EssaySnapshot | undefined {
    return this.current;
  }

  /** The editor showing the active essay (still set while a view has focus). */
  get textEditor(): vscode.TextEditor | undefined {
    return this.editor;
  }

  /** The essay's uncited-claim diagnostics in document order. */
  uncitedClaims(): vscode.Diagnostic[] {
    if (!this.editor) return [];
    return vscode.languages
      .getDiagnostics(this.editor.document.uri)
      .filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === UNCITED_CLAIM)
      .sort((a, b) => a.range.start.compareTo(b.range.start));
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  refreshNow(): void {
    clearTimeout(this.timer);
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const active = vscode.window.activeTextEditor;
    // Focus in a view, a panel, the Output or the review summary is not another document:
    // keep showing the essay last seen. Another file or untitled document replaces it.
    if (active && isUserDocument(active.document)) this.editor = isChecked(active.document) ? active : undefined;
    else if (this.editor?.document.isClosed) this.editor = undefined;
    const editor = this.editor;
    void vscode.commands.executeCommand('setContext', ACTIVE_ESSAY_CONTEXT, editor !== undefined);
    if (!editor) return this.publish(generation, undefined);
    const document = editor.document;
    const version = document.version;
    const params = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) } };
    if (!this.client.isRunning()) return this.publish(generation, undefined);
    try {
      const [sections, notes] = await Promise.all([this.client.sendRequest(SectionsRequest, params), this.client.sendRequest(NotesRequest, params)]);
      // null: the server does not have the document (yet); its didOpen is on the way and diagnostics will follow.
      this.publish(generation, sections && notes ? { document, version, sections, notes } : undefined);
    } catch (error) {
      this.client.warn(`Policy Review could not refresh its views: ${(error as Error)?.message ?? String(error)}`);
      this.publish(generation, undefined);
    }
  }

  private publish(generation: number, snapshot: EssaySnapshot | undefined): void {
    if (generation !== this.generation) return; // a newer refresh is under way
    this.current = snapshot;
    this.changed.fire(snapshot);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
