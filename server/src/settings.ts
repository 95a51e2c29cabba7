import { fileURLToPath } from 'node:url';
import type { ReviewOptions } from './core/options';
import { readOptions } from './core/readOptions';

/** Keys the client reads itself (`trace`, which files to check) or that are resolved per file here. */
const CLIENT_KEYS = new Set(['trace', 'enable', 'files', 'ignoredClaims']);

/**
 * Editor settings (`policyReview.*`) to core options. The settings section has
 * the same shape as a --config file, so one validator serves both. Editors send
 * every contributed key (null where unset); any other key is a user's typo and
 * is reported. Keys the client itself reads (`trace`) are not ours to check.
 */

export function readEditorSettings(raw: unknown, documentUri?: string): { options: ReviewOptions; problems: string[] } {
  if (raw === null || raw === undefined) return readOptions(undefined);
  if (typeof raw !== 'object' || Array.isArray(raw)) return readOptions(raw);
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value !== undefined && value !== null && !CLIENT_KEYS.has(key)) config[key] = value;
  }
  const result = readOptions(config);
  const ignored = ignoredClaimsFor((raw as Record<string, unknown>).ignoredClaims, documentUri, result.problems);
  if (ignored.length > 0) result.options.claims.ignoredClaims = [...result.options.claims.ignoredClaims, ...ignored];
  return result;
}

/**
 * `policyReview.ignoredClaims` maps a file (its path relative to the workspace
 * folder, or absolute) to the claims to leave alone in it: plain text has no
 * comments to carry an ignore, so the list lives in the settings.
 */
function ignoredClaimsFor(map: unknown, documentUri: string | undefined, problems: string[]): string[] {
  if (map === undefined || map === null || documentUri === undefined) return [];
  if (typeof map !== 'object' || Array.isArray(map)) {
    problems.push('ignoredClaims must map file paths to lists of claim texts');
    return [];
  }
  let path: string;
  try {
    path = documentUri.startsWith('file:') ? fileURLToPath(documentUri) : documentUri;
  } catch {
    return [];
  }
  const normalised = path.replace(/\\/g, '/');
  const found: string[] = [];
  for (const [file, texts] of Object.entries(map as Record<string, unknown>)) {
    const key = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!(normalised === key || normalised.endsWith(`/${key}`))) continue;
    if (Array.isArray(texts) && texts.every((t) => typeof t === 'string')) found.push(...(texts as string[]));
    else problems.push(`ignoredClaims["${file}"] must be a list of claim texts`);
  }
  return found;
}
