// A one-line progress bar on stderr, shown only when stderr is a terminal.
import type { Writable } from 'node:stream';

export function createProgress(stream: Writable, enabled: boolean, totalBytes?: number) {
  let last = 0;
  return {
    update(bytesRead: number, detail: string) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const width = 30;
      const fraction = totalBytes ? Math.min(1, bytesRead / totalBytes) : 0;
      const bar = totalBytes ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}% ` : '';
      stream.write(`\r${bar}${detail}`);
    },
    done() {
      if (enabled) stream.write('\r\x1b[K');
    },
  };
}
