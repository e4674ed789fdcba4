import os from 'node:os';
import { runGit } from '../../backend/git/git';
import type { GitAuthor } from '../../backend/git/share';
import { needsValue, takeValueOption } from './options';

/** The commit author: --name/--email, else git's user.name/user.email, else the login name. */
export async function takeAuthor(args: readonly string[], dir: string): Promise<{ author: GitAuthor; rest: string[] }> {
  const n = takeValueOption(args, 'name', needsValue('name'));
  const e = takeValueOption(n.rest, 'email', needsValue('email'));
  const config = async (key: string) => (await runGit(dir, ['config', key]).catch(() => null))?.stdout.trim() || undefined;
  const name = n.value ?? (await config('user.name')) ?? os.userInfo().username;
  const email = e.value ?? (await config('user.email')) ?? `${name.replace(/\s+/g, '.')}@localhost`;
  return { author: { name, email }, rest: e.rest };
}
