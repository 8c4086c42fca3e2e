/**
 * Progress on a terminal: one line rewritten in place on stderr, only when stderr is a terminal
 * (logs and tests get nothing), at most a few times a second.
 */
export interface Progress {
  update(label: string, done: number, total: number): void;
  done(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (now - last < 200 && done < total) return;
      last = now;
      shown = true;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      stream.write(`\r\x1b[K${label}: ${done}/${total} (${percent} %)`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
