import { join } from 'node:path';

/**
 * Where warraq-brief keeps shaped words between runs (see @warraq/typeset's shaping cache):
 * WARRAQ_CACHE_DIR, else $XDG_CACHE_HOME/warraq, else $HOME/.cache/warraq; none (the cache off)
 * when WARRAQ_CACHE_DIR is "off" or empty, or when the environment names no home (as the tests'
 * environments do).
 */
export function shapingCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const own = env.WARRAQ_CACHE_DIR;
  if (own !== undefined) return own === '' || own === 'off' ? undefined : own;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'warraq');
  return env.HOME ? join(env.HOME, '.cache', 'warraq') : undefined;
}
