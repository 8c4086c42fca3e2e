/** Exact decimal arithmetic on strings: values like 1.5 مليار must not pass through a float. */

/** "1,234.50" parts → canonical "1234.5" */
export function canonical(integer: string, fraction = ''): string {
  const i = integer.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** value × 10^power, exactly */
export function scale(value: string, power: number): string {
  const [i = '0', f = ''] = value.split('.');
  const digits = i + f.padEnd(power, '0');
  const point = i.length + power;
  return canonical(digits.slice(0, point), digits.slice(point));
}

/** a × b for integers given as strings or bigint */
export function multiply(a: string, b: bigint): string {
  const [i = '0', f = ''] = a.split('.');
  const product = BigInt(i + f) * b;
  if (!f) return product.toString();
  const s = product.toString().padStart(f.length + 1, '0');
  return canonical(s.slice(0, s.length - f.length), s.slice(s.length - f.length));
}
