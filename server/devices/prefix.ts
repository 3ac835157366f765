/**
 * The number-series prefix of the n-th device (1-based): A … Z, AA, AB, … Each desktop allocates
 * numbers from its own prefix, so numbers made offline on two desktops never collide.
 */
export function numberPrefixFor(n: number): string {
  let prefix = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    prefix = String.fromCharCode(65 + ((rest - 1) % 26)) + prefix;
  }
  return prefix;
}
