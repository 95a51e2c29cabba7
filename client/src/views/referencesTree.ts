// The References view: every note with its label, a short "author — title"
// line and how often it is cited; expand a note for its citing sentences.
// Unused notes and markers that point nowhere are gathered in a group at the
// top, each with a warning icon, so they are easy to find and fix.
import * as vscode from 'vscode';
import type { CitationItem, NoteItem, NotesResult, UndefinedMarkerItem } from '../../../server/src/protocol';
import type { EssaySnapshot } from '../activeEssay';
import { EssayTreeProvider } from './essayTreeProvider';
import { revealCommand } from './revealInEssay';

export const REFERENCES_VIEW = 'policyReview.references';

export type ReferenceNode =
  | { kind: 'attention'; children: ReferenceNode[] }
  | { kind: 'note'; note: NoteItem; parent?: ReferenceNode }
  | { kind: 'citation'; citation: CitationItem; parent: ReferenceNode & { kind: 'note' } }
  | { kind: 'undefinedMarker'; marker: UndefinedMarkerItem; parent: ReferenceNode };

const warningIcon = () => new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));

/** "cited 3×", "cited once", "unused". */
export function citationCount(note: NoteItem): string {
  const n = note.citations.length;
  return n === 0 ? 'unused' : n === 1 ? 'cited once' : `cited ${n}×`;
}

/** The rows at the top level: the group of things to fix (when there are any), then every note in order. */
export function referenceRoots(notes: NotesResult): ReferenceNode[] {
  const roots: ReferenceNode[] = [];
  const unused = notes.notes.filter((note) => note.citations.length === 0);
  if (unused.length > 0 || notes.undefinedMarkers.length > 0) {
    const attention: ReferenceNode & { kind: 'attention' } = { kind: 'attention', children: [] };
    for (const marker of notes.undefinedMarkers) attention.children.push({ kind: 'undefinedMarker', marker, parent: attention });
    for (const note of unused) attention.children.push({ kind: 'note', note, parent: attention });
    roots.push(attention);
  }
  for (const note of notes.notes) roots.push({ kind: 'note', note });
  return roots;
}

export class ReferencesTreeProvider extends EssayTreeProvider<ReferenceNode> implements vscode.TreeDataProvider<ReferenceNode> {
  protected rootsOf(snapshot: EssaySnapshot): ReferenceNode[] {
    return referenceRoots(snapshot.notes);
  }

  getChildren(node?: ReferenceNode): ReferenceNode[] {
    if (!node) return this.roots;
    if (node.kind === 'attention') return node.children;
    if (node.kind === 'note') return node.note.citations.map((citation) => ({ kind: 'citation', citation, parent: node }));
    return [];
  }

  getParent(node: ReferenceNode): ReferenceNode | undefined {
    return node.kind === 'attention' ? undefined : node.parent;
  }

  getTreeItem(node: ReferenceNode): vscode.TreeItem {
    const uri = this.snapshot?.document.uri;
    switch (node.kind) {
      case 'attention': {
        const item = new vscode.TreeItem('Needs attention', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'attention';
        item.description = `${node.children.length}`;
        item.iconPath = warningIcon();
        item.tooltip = 'Markers whose note does not exist, and notes that nothing cites.';
        return item;
      }
      case 'note': {
        const { note } = node;
        const unused = note.citations.length === 0;
        const item = new vscode.TreeItem(
          `[${note.label}] ${note.sourceLine}`,
          unused ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `${node.parent ? 'attention/' : ''}note/${note.label}/${note.labelRange.start.line}`;
        item.description = citationCount(note);
        item.iconPath = unused ? warningIcon() : new vscode.ThemeIcon('note');
        item.tooltip = new vscode.MarkdownString().appendText(`[${note.label}] ${note.text}\n\n${citationCount(note)}`);
        item.contextValue = unused ? 'note.unused' : 'note';
        if (uri) item.command = revealCommand(uri, note.labelRange, 'Go to Note');
        return item;
      }
      case 'citation': {
        const { citation } = node;
        const item = new vscode.TreeItem(citation.sentence, vscode.TreeItemCollapsibleState.None);
        item.id = `note/${node.parent.note.label}/${node.parent.note.labelRange.start.line}/cited/${citation.range.start.line}:${citation.range.start.character}`;
        item.description = `line ${citation.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.tooltip = citation.sentence;
        if (uri) item.command = revealCommand(uri, citation.range, 'Go to Citation', true);
        return item;
      }
      case 'undefinedMarker': {
        const { marker } = node;
        const item = new vscode.TreeItem(`[${marker.label}] has no note`, vscode.TreeItemCollapsibleState.None);
        item.id = `undefined/${marker.range.start.line}:${marker.range.start.character}`;
        item.description = `line ${marker.range.start.line + 1}`;
        item.iconPath = warningIcon();
        item.tooltip = marker.sentence;
        item.contextValue = 'marker.undefined';
        if (uri) item.command = revealCommand(uri, marker.range, 'Go to Marker', true);
        return item;
      }
    }
  }
}
