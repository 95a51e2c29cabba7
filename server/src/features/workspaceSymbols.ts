import { SymbolKind, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import { formatLabel } from '../core/rules/rule';
import { shortText } from './shortText';

export interface OpenEssay {
  uri: string;
  model: EssayModel;
}

/** Most symbols returned for one query; editors filter further as the user types. */
const LIMIT = 500;

/**
 * Sections and notes of the open essays whose name holds every word of the
 * query, case-insensitively. An empty query lists all; editors filter further.
 */
export function workspaceSymbols(essays: OpenEssay[], params: WorkspaceSymbolParams): SymbolInformation[] {
  const words = params.query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const symbols: SymbolInformation[] = [];
  for (const { uri, model } of essays) {
    const container = model.title?.text;
    for (const section of model.sections) {
      if (!matches(section.title, words)) continue;
      symbols.push({ name: section.title, kind: SymbolKind.String, location: { uri, range: model.lines.rangeOf(section.headingSpan) }, containerName: container });
    }
    for (const note of model.notes) {
      const name = `${formatLabel(model, note.label)} ${shortText(note.text)}`;
      if (!matches(name, words)) continue;
      symbols.push({ name, kind: SymbolKind.Key, location: { uri, range: model.lines.rangeOf(note.span) }, containerName: container });
    }
    if (symbols.length >= LIMIT) break;
  }
  return symbols.slice(0, LIMIT);
}

function matches(name: string, words: string[]): boolean {
  const lower = name.toLowerCase();
  return words.every((word) => lower.includes(word));
}
