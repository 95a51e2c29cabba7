import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import { ruleById } from '../core/rules/registry';
import { type FixData, formatLabel } from '../core/rules/rule';
import { nextFreeNumber } from '../core/rules/uncitedClaim';
import { versionedEdit } from './workspaceEdit';

/**
 * Quick fixes for our diagnostics in the request, computed from the fix data the
 * diagnostic carries. A fix whose data no longer fits the document offers nothing.
 */
export function codeActions(model: EssayModel, version: number, params: CodeActionParams): CodeAction[] {
  if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'policy-review' || typeof diagnostic.code !== 'string') continue;
    const data = fixDataOf(diagnostic);
    const rule = ruleById(diagnostic.code);
    if (!data || !rule?.fix) continue;
    const edits = rule.fix(model, data);
    if (edits.length === 0) continue;
    actions.push({
      title: titleOf(model, data),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: versionedEdit(model, params.textDocument.uri, version, edits),
    });
  }
  return actions;
}

function titleOf(model: EssayModel, data: FixData): string {
  switch (data.kind) {
    case 'remove-note':
      return `Remove the unused note ${formatLabel(model, data.label)}`;
    case 'add-note':
      return `Add a note stub for ${formatLabel(model, data.label)}`;
    case 'add-citation':
      return `Add a citation ${formatLabel(model, nextFreeNumber(model))} and a note stub`;
  }
}

/** The data comes back from the client: take only well-formed fix data. */
function fixDataOf(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  const isOffset = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  switch (data.kind) {
    case 'remove-note':
      return isText(data.label) && isOffset(data.noteStart) ? { kind: 'remove-note', label: data.label as string, noteStart: data.noteStart as number } : undefined;
    case 'add-note':
      return isText(data.label) ? { kind: 'add-note', label: data.label as string } : undefined;
    case 'add-citation':
      return isOffset(data.claimStart) && isOffset(data.sentenceEnd) ? { kind: 'add-citation', claimStart: data.claimStart as number, sentenceEnd: data.sentenceEnd as number } : undefined;
    default:
      return undefined;
  }
}
