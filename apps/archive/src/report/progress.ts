/** "1,234/10,000 articles · 85.2/s · ETA 1m43s", updated at most every `intervalMs`. */
export function progressReporter(
  write: (line: string) => void,
  now: () => number = () => performance.now(),
  intervalMs = 200,
): (done: number, total: number) => void {
  const started = now();
  let last = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    const t = now();
    if (t - last < intervalMs && done < total) return;
    last = t;
    const rate = done / Math.max(0.001, (t - started) / 1000);
    const left = rate > 0 ? Math.round((total - done) / rate) : 0;
    const eta = left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
    write(
      `${done.toLocaleString('en')}/${total.toLocaleString('en')} articles · ${rate.toFixed(1)}/s · ETA ${eta}`,
    );
  };
}
