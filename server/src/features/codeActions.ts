import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { IGNORE_COMMENT } from '../core/citedClaims';
import { markCitationNeeded } from '../core/fixes/citationNeeded';
import { applySafeFixes } from '../core/fixes/safeFixes';
import type { EssayModel } from '../core/model';
import { ruleById } from '../core/rules/registry';
import { type FixData, formatLabel } from '../core/rules/rule';
import { newCitation } from '../core/rules/uncitedClaim';
import { minimalEdit, versionedEdit } from './workspaceEdit';

/** The source action that applies every safe fix at once (also on save, when the user asks for it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policyReview`;

/** A client command that adds a claim to the file's ignore list in the settings (plain text has no comments). */
export const IGNORE_CLAIM_IN_FILE_COMMAND = 'policyReview.ignoreClaimInFile';

export interface CodeActionContext {
  model: EssayModel;
  version: number;
  /** The client can take snippet edits (the cursor lands in a new note stub). */
  snippets: boolean;
}

/**
 * Quick fixes for our diagnostics in the request, computed from the fix data the
 * diagnostic carries, and the fix-all source action. A fix whose data no longer
 * fits the document offers nothing.
 */
export function codeActions({ model, version, snippets }: CodeActionContext, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const wants = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'policy-review' || typeof diagnostic.code !== 'string') continue;
      const data = fixDataOf(diagnostic);
      const rule = ruleById(diagnostic.code);
      if (!data || !rule?.fix) continue;
      const edits = rule.fix(model, data);
      if (edits.length > 0) {
        actions.push({
          title: titleOf(model, data),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: versionedEdit(model, uri, version, edits, snippets),
        });
      }
      if (data.kind === 'add-citation') actions.push(...claimActions(model, uri, version, diagnostic, data.claimStart));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixed = applySafeFixes(model.text, model.format);
    const edits = minimalEdit(model.text, fixed.text);
    if (edits.length > 0) {
      actions.push({ title: 'Policy Review: remove unused notes and renumber notes', kind: FIX_ALL_KIND, edit: versionedEdit(model, uri, version, edits) });
    }
  }
  return actions;
}

/** The other ways out for an uncited claim: flag it for later, or say it needs no source. */
function claimActions(model: EssayModel, uri: string, version: number, diagnostic: Diagnostic, claimStart: number): CodeAction[] {
  const claim = model.claims.find((c) => c.span.start === claimStart && !c.cited);
  if (!claim) return [];
  const actions: CodeAction[] = [];
  const flag = markCitationNeeded(model, claimStart);
  if (flag.length > 0) {
    actions.push({ title: 'Mark the claim [citation needed]', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(model, uri, version, flag) });
  }
  if (model.format === 'markdown') {
    const sentence = model.sentences[claim.sentence];
    actions.push({
      title: `Ignore this claim (${IGNORE_COMMENT})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: versionedEdit(model, uri, version, [{ span: { start: sentence.span.start, end: sentence.span.start }, newText: `${IGNORE_COMMENT} ` }]),
    });
  } else {
    actions.push({
      title: 'Ignore this claim in this file',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Ignore this claim in this file', command: IGNORE_CLAIM_IN_FILE_COMMAND, arguments: [uri, claim.text] },
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
    case 'add-citation': {
      // Name the marker as it will be written (the action is offered only when the fix has edits).
      const claim = model.claims.find((c) => c.span.start === data.claimStart);
      const marker = claim && newCitation(model, claim).marker;
      return marker ? `Add a citation ${marker} and a note stub` : 'Add a citation and a note stub';
    }
    case 'renumber':
      return 'Renumber notes in order of first citation';
    case 'merge-notes': {
      const keep = model.notes.find((n) => n.span.start === data.keepStart);
      return `Merge into note ${keep ? formatLabel(model, keep.label) : 'the first'} (its markers follow)`;
    }
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
    case 'renumber':
      return { kind: 'renumber' };
    case 'merge-notes':
      return isOffset(data.keepStart) && isOffset(data.dropStart) ? { kind: 'merge-notes', keepStart: data.keepStart as number, dropStart: data.dropStart as number } : undefined;
    default:
      return undefined;
  }
}
