/**
 * Splits a Server-Sent Events byte stream (as text) into the `data` of each event. Feed chunks as they come; it
 * keeps the unfinished tail. Comments (keep-alives) and other fields are skipped.
 */
export class SseFrames {
  private buffer = '';

  push(chunk: string): string[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const out: string[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
      if (data.length) out.push(data.join('\n'));
    }
    return out;
  }
}
