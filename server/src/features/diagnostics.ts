import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import type { Severity } from '../core/options';
import { ruleDocsUrl } from '../core/rules/registry';
import type { Finding } from '../core/rules/rule';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The one place findings become LSP diagnostics: code = rule id, docs link, related places, fix data. */
export function toDiagnostics(uri: string, model: EssayModel, findings: Finding[]): Diagnostic[] {
  return findings.map((finding) => {
    const diagnostic: Diagnostic = {
      range: model.lines.rangeOf(finding.span),
      severity: SEVERITY[finding.severity],
      code: finding.rule,
      codeDescription: { href: ruleDocsUrl(finding.rule) },
      source: 'policy-review',
      message: finding.message,
    };
    if (finding.related.length > 0) {
      diagnostic.relatedInformation = finding.related.map((r) => ({
        location: { uri, range: model.lines.rangeOf(r.span) },
        message: r.message,
      }));
    }
    if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
    if (finding.fix) diagnostic.data = finding.fix;
    return diagnostic;
  });
}
