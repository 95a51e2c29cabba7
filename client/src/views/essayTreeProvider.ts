import * as vscode from 'vscode';
import type { ActiveEssay, EssaySnapshot } from '../activeEssay';

/**
 * What both trees share: they follow the active essay's snapshot, rebuild their
 * roots from it, and tell VS Code to redraw.
 */
export abstract class EssayTreeProvider<Node> implements vscode.Disposable {
  protected roots: Node[] = [];
  protected snapshot: EssaySnapshot | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(essay: ActiveEssay) {
    this.subscription = essay.onDidChange((snapshot) => this.update(snapshot));
    this.update(essay.snapshot);
  }

  /** The top-level rows for a snapshot of the essay. */
  protected abstract rootsOf(snapshot: EssaySnapshot): Node[];

  private update(snapshot: EssaySnapshot | undefined): void {
    this.snapshot = snapshot;
    this.roots = snapshot ? this.rootsOf(snapshot) : [];
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
