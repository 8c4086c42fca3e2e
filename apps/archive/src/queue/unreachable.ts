// Kept apart from connection.ts so that the CLI can name them without loading ioredis and BullMQ,
// which a build on this machine's threads never uses (~25 MB and ~0.1 s of start-up).

/** Redis could not be reached (or was lost and did not come back): the CLI exits with this code. */
export const EXIT_QUEUE_UNREACHABLE = 3;

export class QueueUnreachableError extends Error {
  override readonly name = 'QueueUnreachableError';
}
