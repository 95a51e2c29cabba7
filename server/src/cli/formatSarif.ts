import type { EssayModel, Span } from '../core/model';
import type { Severity } from '../core/options';
import { NOTICES, RULES, PROJECT_HOME, ruleDocsUrl } from '../core/rules/registry';
import type { Finding } from '../core/rules/rule';

export interface CheckedFile {
  path: string;
  model: EssayModel;
  findings: Finding[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const DESCRIBED = [...RULES, ...NOTICES];
const RULE_INDEX = new Map<string, number>(DESCRIBED.map((rule, i) => [rule.id, i]));

/** The SARIF results of one file: plain data, so a worker thread can compute them. */
export function sarifResults({ path, model, findings }: CheckedFile): object[] {
  const artifactLocation = toArtifactLocation(path);
  const region = (span: Span) => {
    const range = model.lines.rangeOf(span);
    return {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    };
  };
  return findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: RULE_INDEX.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.span) } }],
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation, region: region(r.span) },
          })),
        }
      : {}),
  }));
}

/** SARIF 2.1.0, one result per finding, as code-scanning services take it. */
export function sarifLog(results: object[], toolVersion: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-review',
            version: toolVersion,
            informationUri: PROJECT_HOME,
            rules: DESCRIBED.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Relative paths resolve against the checkout (%SRCROOT%); absolute ones become file: URIs. */
function toArtifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  return slashed.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}
