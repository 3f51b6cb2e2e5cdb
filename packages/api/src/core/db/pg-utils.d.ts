// pg's own conversion of a parameter to the text it sends (the package ships no types for it).
declare module 'pg/lib/utils' {
  /** The text pg sends for a parameter (arrays as array literals, Dates in ISO form); null for null. */
  export function prepareValue(value: unknown): string | Buffer | null;
}
