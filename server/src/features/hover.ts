import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { EssayModel, Marker, Note } from '../core/model';
import type { CitationScope } from '../core/options';
import type { Finding } from '../core/rules/rule';
import { formatLabel } from '../core/rules/rule';
import { nextFreeNumber } from '../core/rules/uncitedClaim';
import { findingAt, markerAt, noteLabelAt, offsetOf } from './locate';
import { escapeMarkdown } from './markdownText';
import { noteCard } from './noteCard';
import { shortText } from './shortText';

/** Longest sentence quoted in a hover before it is shortened. */
const QUOTE_LIMIT = 240;

/**
 * Hover on a marker: the note's card. On a note's label: the sentences citing it.
 * On an uncited claim: why it is flagged and how to fix it. The result is
 * untrusted Markdown (isTrusted unset), and all essay text in it is escaped.
 */
export function hover(model: EssayModel, findings: Finding[], params: HoverParams, scope: CitationScope): Hover | null {
  const offset = offsetOf(model, params.position);
  const marker = markerAt(model, offset);
  if (marker) return markdown(model, markerHover(model, marker), marker.span);
  const note = noteLabelAt(model, offset);
  if (note) return markdown(model, citingSentences(model, note), note.labelSpan);
  const uncited = findingAt(findings, 'uncited-claim', offset);
  if (uncited) return markdown(model, uncitedHelp(model, uncited, scope), uncited.span);
  return null;
}

function markdown(model: EssayModel, value: string, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: model.lines.rangeOf(span) };
}

function markerHover(model: EssayModel, marker: Marker): string {
  if (marker.note === -1) {
    const label = escapeMarkdown(formatLabel(model, marker.label));
    return `**Note ${label} does not exist.**\n\nAdd it to the notes list (quick fix: *Add a note stub*), or correct the marker.`;
  }
  return noteCard(model, model.notes[marker.note]);
}

function citingSentences(model: EssayModel, note: Note): string {
  const label = escapeMarkdown(formatLabel(model, note.label));
  if (note.citedBy.length === 0) return `**Note ${label}** is never cited.`;
  const lines = note.citedBy.map((m) => {
    const marker = model.markers[m];
    const line = model.lines.positionAt(marker.span.start).line + 1;
    const sentence = model.sentences[marker.sentence];
    const text = sentence ? model.text.slice(sentence.span.start, sentence.span.end) : model.text.slice(marker.span.start, marker.span.end);
    return `- line ${line}: ${escapeMarkdown(shortText(text, QUOTE_LIMIT))}`;
  });
  const times = note.citedBy.length === 1 ? 'once' : `${note.citedBy.length} times`;
  return [`**Note ${label}** is cited ${times}:`, '', ...lines].join('\n');
}

function uncitedHelp(model: EssayModel, finding: Finding, scope: CitationScope): string {
  const where = scope === 'paragraph' ? 'in its sentence or later in its paragraph' : 'in its sentence';
  const example = escapeMarkdown(formatLabel(model, nextFreeNumber(model)));
  return [
    `**Uncited statistic** — ${escapeMarkdown(finding.message.replace(/^Uncited statistic /, ''))}`,
    `A number stated as fact needs a source, and no footnote marker stands ${where}.`,
    `To fix it, add a marker such as ${example} after the sentence and a note naming the source (quick fix: *Add a citation*), or rephrase the sentence so it no longer states the number as fact.`,
  ].join('\n\n');
}
