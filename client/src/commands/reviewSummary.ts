// The review summary as Markdown: what an editor checks before an essay goes
// out — uncited claims, findings per rule, sections with their counts, notes.
import * as vscode from 'vscode';
import type { EssaySnapshot } from '../activeEssay';
import { claimCounts } from '../views/sectionsTree';

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** Essay text goes into table cells and headings: keep it from becoming Markdown. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : (diagnostic.code ?? diagnostic.source ?? 'other'));
}

export function reviewSummary(snapshot: EssaySnapshot, diagnostics: readonly vscode.Diagnostic[]): string {
  const { document, sections, notes } = snapshot;
  const name = document.uri.path.split('/').pop() ?? document.uri.toString();
  const uncited = diagnostics.filter((d) => ruleOf(d) === 'uncited-claim').length;
  const unused = notes.notes.filter((n) => n.citations.length === 0);
  const lines = [
    `# Review summary: ${plain(sections.title ?? name)}`,
    '',
    `\`${plain(name)}\`, version ${snapshot.version}`,
    '',
    `- **${uncited}** uncited ${uncited === 1 ? 'claim' : 'claims'}`,
    `- **${notes.notes.length}** notes, ${unused.length} unused${unused.length ? ` (${unused.map((n) => `[${plain(n.label)}]`).join(', ')})` : ''}`,
    `- **${notes.undefinedMarkers.length}** ${notes.undefinedMarkers.length === 1 ? 'marker' : 'markers'} with no note`,
    `- **${sections.sections.length}** sections`,
    '',
    '## Findings by rule',
    '',
  ];
  const byRule = new Map<string, { severity: vscode.DiagnosticSeverity; count: number }>();
  for (const d of diagnostics) {
    const entry = byRule.get(ruleOf(d)) ?? { severity: d.severity, count: 0 };
    entry.count++;
    entry.severity = Math.min(entry.severity, d.severity);
    byRule.set(ruleOf(d), entry);
  }
  if (byRule.size === 0) lines.push('No findings.');
  else {
    lines.push('| rule | severity | findings |', '|---|---|---:|');
    for (const [rule, { severity, count }] of [...byRule].sort((a, b) => a[1].severity - b[1].severity || a[0].localeCompare(b[0]))) {
      lines.push(`| \`${plain(rule)}\` | ${SEVERITY_NAMES[severity]} | ${count} |`);
    }
  }
  lines.push('', '## Sections', '');
  if (sections.sections.length === 0) lines.push('No headings recognised.');
  else {
    lines.push('| line | section | claims |', '|---:|---|---|');
    const top = Math.min(...sections.sections.map((s) => s.level));
    for (const s of sections.sections) {
      const indent = '&nbsp;&nbsp;'.repeat(s.level - top); // subsections stand in under their section
      lines.push(`| ${s.headingRange.start.line + 1} | ${indent}${plain(s.title)} | ${claimCounts(s)} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
