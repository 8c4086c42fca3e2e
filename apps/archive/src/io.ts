/** Where the CLI writes: injectable so tests can read what a user would see. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** a progress line that replaces the previous one; absent when stderr is not a terminal */
  progress?(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r\u001b[K${line}`) } : {}),
};
