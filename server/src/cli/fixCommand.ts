import { createTwoFilesPatch } from 'diff';
import { essayFormatOf } from '../core/format';
import { applySafeFixes } from '../core/fixes/safeFixes';
import { type CliIo, type CommandArgs, loadConfig } from './args';
import { readEssayFile, writeEssayFile } from './readEssayFile';

export const FIX_OPTIONS = new Set(['--dry-run', '--config', '--input']);

/**
 * `policy-review fix`: removes unused notes and renumbers notes in order of
 * first citation, in place. With --dry-run it prints a unified diff instead and
 * exits 1 when a file would change (so CI can ask "is this essay tidy?").
 */
export async function runFix(command: CommandArgs, io: CliIo): Promise<number> {
  const options = loadConfig(command.configPath);
  let ioFailed = false;
  let pending = false;
  for (const path of command.files) {
    const file = readEssayFile(path);
    if (!file.ok) {
      io.stderr(`policy-review: ${path}: ${file.error}`);
      ioFailed = true;
      continue;
    }
    const format = command.input ?? essayFormatOf(path);
    let result;
    try {
      result = applySafeFixes(file.text, format, options);
    } catch (error) {
      io.stderr(`policy-review: ${path}: could not be fixed (${(error as Error)?.message ?? String(error)})`);
      ioFailed = true;
      continue;
    }
    for (const reason of result.skipped) io.stderr(`policy-review: ${path}: not renumbered: ${reason}`);
    if (result.text === file.text) {
      io.stdout(`${path}: nothing to fix`);
      continue;
    }
    if (command.dryRun) {
      pending = true;
      io.stdout(createTwoFilesPatch(path, path, file.text, result.text, '', '', { context: 3 }).trimEnd());
      continue;
    }
    try {
      writeEssayFile(path, result.text, file);
      io.stdout(`${path}: ${result.changes.join('; ')}`);
    } catch (error) {
      io.stderr(`policy-review: ${path}: could not be written (${(error as NodeJS.ErrnoException)?.code ?? String(error)})`);
      ioFailed = true;
    }
  }
  if (ioFailed) return 2;
  return pending ? 1 : 0;
}
