// What must hold of every analysis, whatever the document: every range lies
// inside the text, says what it claims to say, and never cuts a CRLF or a
// surrogate pair in two (an editor cannot place a cursor there, and a quick fix
// would corrupt the file). Shared by the fuzz test, the pathological worker and
// the robustness script.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../server/src/core/analyse';
import type { Span } from '../../server/src/core/model';
import { foldSpaces } from '../../server/src/core/text/chars';
import { toDiagnostics } from '../../server/src/features/diagnostics';

/** At most this many problems are described: one broken document can break thousands of ranges. */
const MAX_REPORTED = 5;

/** Every span the analysis holds, named for the report. */
function* spansOf(analysis: Analysis): Generator<[string, Span]> {
  const { model, findings } = analysis;
  for (const [i, f] of findings.entries()) {
    yield [`finding ${i} (${f.rule})`, f.span];
    for (const r of f.related) yield [`finding ${i} related`, r.span];
  }
  for (const [i, c] of model.claims.entries()) yield [`claim ${i}`, c.span];
  for (const [i, m] of model.markers.entries()) {
    yield [`marker ${i}`, m.span];
    yield [`marker ${i} label`, m.labelSpan];
  }
  for (const [i, n] of model.notes.entries()) {
    yield [`note ${i}`, n.span];
    yield [`note ${i} label`, n.labelSpan];
    yield [`note ${i} text`, n.textSpan];
  }
  for (const [i, s] of model.sections.entries()) {
    yield [`section ${i}`, s.span];
    yield [`section ${i} heading`, s.headingSpan];
  }
  for (const [i, p] of model.paragraphs.entries()) yield [`paragraph ${i}`, p.span];
  for (const [i, s] of model.sentences.entries()) yield [`sentence ${i}`, s.span];
  for (const [i, c] of model.chrome.entries()) yield [`chrome ${i}`, c];
  for (const [i, s] of (model.ignored ?? []).entries()) yield [`ignored ${i}`, s];
  for (const key of ['title', 'date', 'byline', 'affiliation'] as const) if (model[key]) yield [key, model[key]!.span];
  if (model.notesList) yield ['notes list', model.notesList.span];
}

/** Where a boundary at `at` would cut two code units that belong together, or undefined. */
function splitAt(text: string, at: number): string | undefined {
  if (at <= 0 || at >= text.length) return undefined;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before === 13 && after === 10) return 'a CRLF';
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return 'a surrogate pair';
  return undefined;
}

/** Problems with an analysis of `text`; an empty list when it is sound. */
export function invariantViolations(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_REPORTED) problems.push(problem);
    else if (problems.length === MAX_REPORTED) problems.push('…');
  };
  if (analysis.model.text !== text) report('the model holds another text than the one analysed');
  for (const [name, span] of spansOf(analysis)) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      report(`${name} ${JSON.stringify(span)} is not inside the document (length ${text.length})`);
      continue;
    }
    for (const at of [span.start, span.end]) {
      const split = splitAt(text, at);
      if (split) report(`${name} ${JSON.stringify(span)} splits ${split} at ${at}`);
    }
  }
  const { model } = analysis;
  for (const [i, claim] of model.claims.entries()) {
    if (text.slice(claim.span.start, claim.span.end) !== claim.text) report(`claim ${i} says “${claim.text}” but its range holds “${text.slice(claim.span.start, claim.span.end)}”`);
  }
  for (const [i, note] of model.notes.entries()) {
    if (foldSpaces(text.slice(note.textSpan.start, note.textSpan.end)) !== note.text) report(`note ${i}'s text differs from its range`);
  }
  for (const [i, marker] of model.markers.entries()) {
    const label = text.slice(marker.labelSpan.start, marker.labelSpan.end);
    // A range marker ([2–5]) has no characters of its own for the labels inside it: they share the range's.
    const insideRange = /^\d+\s*[–—-]\s*\d+$/.test(label);
    if (label !== marker.label && !insideRange) report(`marker ${i} has label “${marker.label}” but its label range holds “${label}”`);
    if (marker.labelSpan.start < marker.span.start || marker.labelSpan.end > marker.span.end) report(`marker ${i}'s label lies outside the marker`);
  }
  return problems.concat(rangeViolations(text, analysis));
}

/**
 * The LSP ranges the server sends: each must select, in an editor's copy of the
 * text, exactly the characters of its span.
 */
function rangeViolations(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const document = TextDocument.create('fuzz:doc', 'plaintext', 1, text);
  const diagnostics = toDiagnostics('fuzz:doc', analysis.model, analysis.findings);
  diagnostics.forEach((diagnostic, i) => {
    const span = analysis.findings[i].span;
    const selected = document.getText(diagnostic.range);
    if (selected !== text.slice(span.start, span.end) && problems.length < MAX_REPORTED) {
      problems.push(`diagnostic ${i} (${diagnostic.code}) selects “${selected}” in an editor, not “${text.slice(span.start, span.end)}”`);
    }
  });
  return problems;
}
