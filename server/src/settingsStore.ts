import type { Connection } from 'vscode-languageserver';
import { defaultOptions, type ReviewOptions } from './core/options';
import { readEditorSettings } from './settings';

/**
 * The validated settings of each open essay. Pulled from the client per
 * resource (`workspace/configuration` with the document's URI) when it can
 * answer, else taken from the last `didChangeConfiguration` push. Problems are
 * logged once per distinct set, and the default stands in for each bad value.
 */
export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ReviewOptions>>();
  private pushed: unknown;
  private lastLogged = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  optionsFor(uri: string): Promise<ReviewOptions> {
    let options = this.byUri.get(uri);
    if (!options) {
      options = this.load(uri);
      this.byUri.set(uri, options);
    }
    return options;
  }

  /** Settings changed: forget everything; `pushed` holds the new settings when the client sent them. */
  changed(pushed: unknown): void {
    this.pushed = pushed;
    this.byUri.clear();
    this.lastLogged.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async load(uri: string): Promise<ReviewOptions> {
    let raw: unknown = this.pushed;
    if (this.canPull()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyReview' });
      } catch (error) {
        this.connection.console.warn(`Policy Review: could not read the settings (${(error as Error)?.message ?? String(error)}); using the defaults.`);
        return defaultOptions();
      }
    }
    const { options, problems } = readEditorSettings(raw, uri);
    const report = problems.join('; ');
    if (problems.length > 0 && !this.lastLogged.has(report)) {
      this.lastLogged.add(report);
      this.connection.console.warn(`Policy Review: invalid settings (${report}) for ${uri}; the default is used for each of them.`);
    }
    return options;
  }
}
