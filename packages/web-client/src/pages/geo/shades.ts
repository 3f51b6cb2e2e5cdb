/** Light to dark blue; index 0 is "none". */
const SHADES = ['#eef3f8', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Up to five bins of equal width over 1..max; the colour of bin i of n. */
export function binsOf(max: number): number {
  return Math.min(SHADES.length - 1, Math.max(0, max));
}
export function binColour(bin: number, bins: number): string {
  return SHADES[bin === 0 ? 0 : Math.round((bin * (SHADES.length - 1)) / bins)];
}
export function shadeOf(value: number, max: number): string {
  const bins = binsOf(max);
  if (value <= 0 || bins === 0) return SHADES[0];
  return binColour(Math.max(1, Math.ceil((value * bins) / max)), bins);
}
