import { Redis, type RedisOptions } from 'ioredis';

import { QueueUnreachableError } from './unreachable.js';

export { EXIT_QUEUE_UNREACHABLE, QueueUnreachableError } from './unreachable.js';

/** Connection options from `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueUnreachableError(`--queue needs a URL such as redis://127.0.0.1:6379, not "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new QueueUnreachableError(`--queue needs a redis:// or rediss:// URL, not "${url}"`);
  const options: RedisOptions = {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
  };
  if (parsed.username !== '') options.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db)) throw new QueueUnreachableError(`--queue: "${db}" is not a Redis database number`);
    options.db = Number(db);
  }
  if (parsed.protocol === 'rediss:') options.tls = {};
  return options;
}

/** The URL as it may be printed: never the password. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * Waits for `closing` at most `ms`: BullMQ's close() waits for Redis, which may be gone for good,
 * and a process must not hang (or end with a never-settled promise) on its way out.
 */
export async function settleWithin(closing: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    closing.catch(() => {}),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

export interface ConnectOptions {
  /** how long to try to open the first connection (ms) */
  connectTimeoutMs?: number;
  /** a lost connection is retried for about this long before the run gives up (ms) */
  reconnectForMs?: number;
}

/**
 * Opens a connection and checks it with PING, or throws QueueUnreachableError naming the address
 * and the reason. ioredis would otherwise retry forever in silence; here a lost connection is
 * retried for `reconnectForMs` (a Redis restart survives it), then the client ends and
 * `lost` settles, so the caller can stop with a message instead of hanging.
 */
export async function connectRedis(
  url: string,
  options: ConnectOptions = {},
): Promise<{ client: Redis; lost: Promise<QueueUnreachableError> }> {
  const base = redisOptionsFromUrl(url);
  const connectTimeout = options.connectTimeoutMs ?? 5000;
  const probe = new Redis({
    ...base,
    lazyConnect: true,
    connectTimeout,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  probe.on('error', (e: Error) => {
    lastError = e;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    probe.disconnect();
    const reason = (lastError ?? (e as Error)).message;
    throw new QueueUnreachableError(
      `cannot reach Redis at ${displayUrl(url)} (${reason}): start redis-server there, or check --queue, the firewall and the password`,
    );
  }
  probe.disconnect();

  const reconnectForMs = options.reconnectForMs ?? 30_000;
  let downSince: number | undefined;
  const client = new Redis({
    ...base,
    connectTimeout,
    // BullMQ needs this on connections it blocks on; ours are duplicated for those
    maxRetriesPerRequest: null,
    retryStrategy: (times) => {
      downSince ??= Date.now();
      if (Date.now() - downSince > reconnectForMs) return null;
      return Math.min(times * 200, 2000);
    },
  });
  client.on('ready', () => {
    downSince = undefined;
  });
  client.on('error', (e: Error) => {
    lastError = e;
  });
  const lost = new Promise<QueueUnreachableError>((resolve) => {
    client.on('end', () =>
      resolve(
        new QueueUnreachableError(
          `lost the connection to Redis at ${displayUrl(url)} (${lastError?.message ?? 'closed'}) and could not reconnect within ${Math.round(reconnectForMs / 1000)} s`,
        ),
      ),
    );
  });
  return { client, lost };
}
