// Runs the CLI in-process with captured output, and writes scratch files for it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';

export async function runPolicyReview(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A fresh folder, and a function that writes a named file into it and returns its path. */
export function scratchFolder(prefix: string): { folder: string; file: (name: string, content: string | Buffer) => string } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  return {
    folder,
    file: (name, content) => {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
