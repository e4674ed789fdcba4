import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** A file written in chunks with back-pressure; close() resolves once every byte is handed to the OS. */
export class StreamFile {
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  bytes = 0;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { flags: 'wx' });
    this.stream.on('error', (err) => (this.failure = err));
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), once(this.stream, 'error')]);
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'close');
    if (this.failure) throw this.failure;
  }

  /** Stops writing without finishing (cancel or failure); the caller removes the file. */
  async destroy(): Promise<void> {
    if (this.stream.closed) return;
    const closed = once(this.stream, 'close').catch(() => {});
    this.stream.destroy();
    await closed;
  }
}
