/** Every file of an archive folder but Warraq's own state (.warraq), by path, with its bytes (latin1). */
export function snapshot(dir: string): Map<string, string>;
