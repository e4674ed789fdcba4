import { execFile } from 'node:child_process';
import { TallyError } from '../../../shared/api/result';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the system git in `cwd` without a shell. Prompts are off (a missing credential fails instead of hanging a
 * sync); the platform's credential helper, configured by the user, still answers. Never throws for a non-zero exit.
 */
export function runGit(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (err as unknown as { code: number }).code : -1) : 0;
        if (err && code === -1) {
          reject(new TallyError('IO_ERROR', `cannot run git (${err.message.split('\n')[0]}); install git to share datasets`));
          return;
        }
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Runs git and returns stdout; a failure becomes a one-line message naming the git command and git's own words. */
export async function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const r = await runGit(cwd, args, env);
  if (r.code !== 0) {
    const why = (r.stderr || r.stdout).trim().split('\n').filter(Boolean).slice(-2).join('; ');
    throw new TallyError('IO_ERROR', `git ${args[0]} failed: ${why || `exit ${r.code}`}`);
  }
  return r.stdout;
}
