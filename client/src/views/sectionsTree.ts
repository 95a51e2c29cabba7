// The Sections view: the essay's headings nested by level, each with how many
// statistical claims it holds and how many are uncited. The section under the
// cursor is selected as the cursor moves.
import * as vscode from 'vscode';
import type { SectionItem } from '../../../server/src/protocol';
import type { ActiveEssay, EssaySnapshot } from '../activeEssay';
import { EssayTreeProvider } from './essayTreeProvider';
import { revealCommand, toRange } from './revealInEssay';

export const SECTIONS_VIEW = 'policyReview.sections';

export interface SectionNode {
  section: SectionItem;
  parent?: SectionNode;
  children: SectionNode[];
}

/** Sections arrive flat in document order; a section belongs to the nearest earlier one of a lower level. */
export function nestSections(sections: SectionItem[]): SectionNode[] {
  const roots: SectionNode[] = [];
  const open: SectionNode[] = [];
  for (const section of sections) {
    while (open.length > 0 && open[open.length - 1].section.level >= section.level) open.pop();
    const parent = open[open.length - 1];
    const node: SectionNode = { section, parent, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

/** "4 claims · 1 uncited", "no claims". */
export function claimCounts(section: SectionItem): string {
  if (section.claimCount === 0) return 'no claims';
  const claims = `${section.claimCount} ${section.claimCount === 1 ? 'claim' : 'claims'}`;
  return section.uncitedCount > 0 ? `${claims} · ${section.uncitedCount} uncited` : claims;
}

export class SectionsTreeProvider extends EssayTreeProvider<SectionNode> implements vscode.TreeDataProvider<SectionNode> {
  protected rootsOf(snapshot: EssaySnapshot): SectionNode[] {
    return nestSections(snapshot.sections.sections);
  }

  getChildren(node?: SectionNode): SectionNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: SectionNode): SectionNode | undefined {
    return node.parent;
  }

  getTreeItem(node: SectionNode): vscode.TreeItem {
    const { section } = node;
    const item = new vscode.TreeItem(
      section.title,
      node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${section.headingRange.start.line}:${section.title}`;
    item.description = claimCounts(section);
    item.iconPath =
      section.uncitedCount > 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('bookmark');
    item.tooltip = new vscode.MarkdownString().appendText(`${section.title}\n\n${claimCounts(section)} (including subsections), line ${section.headingRange.start.line + 1}`);
    item.contextValue = section.uncitedCount > 0 ? 'section.uncited' : 'section';
    if (this.snapshot) item.command = revealCommand(this.snapshot.document.uri, section.headingRange, 'Go to Section');
    return item;
  }

  /** The innermost section holding `position`, if any. */
  sectionAt(position: vscode.Position): SectionNode | undefined {
    let found: SectionNode | undefined;
    let level = this.roots;
    for (;;) {
      const next = level.find((node) => toRange(node.section.range).contains(position));
      if (!next) return found;
      found = next;
      level = next.children;
    }
  }

}

/** Keeps the selected row on the section under the cursor while the view is visible. */
export function followCursor(view: vscode.TreeView<SectionNode>, provider: SectionsTreeProvider, essay: ActiveEssay): vscode.Disposable {
  const select = () => {
    const editor = essay.textEditor;
    if (!view.visible || !editor || !essay.snapshot || essay.snapshot.document !== editor.document) return;
    const node = provider.sectionAt(editor.selection.active);
    if (node && view.selection[0] !== node) void view.reveal(node, { select: true, focus: false, expand: false });
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === essay.textEditor) select();
    }),
    essay.onDidChange(select),
    view.onDidChangeVisibility(select),
  );
}
