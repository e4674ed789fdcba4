import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const WRITER = path.join(__dirname, 'fixtures', 'writer.ts');

/** Starts fixtures/writer.ts in its own node process (through tsx) and resolves once it has the dataset open. */
export function startWriter(mode: 'loop' | 'journal' | 'hold', dir: string, configDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, mode, dir, configDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve(child);
      else if (out.includes('error')) reject(new Error(`writer failed: ${out.trim()}`));
    });
    child.once('exit', (code) => reject(new Error(`writer exited (${code}) before it was ready: ${out.trim()} ${err.trim()}`)));
  });
}

export function killAndWait(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
