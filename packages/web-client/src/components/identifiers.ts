/** An identifier in an external register, as the API gives it. */
interface Identifier {
  scheme: string;
  value: string;
}

/**
 * A record's identifiers as one line for its header's facts ("NUTS SE322 · SCB 23"); empty, so
 * the fact is left out, when it has none.
 */
export function identifiersText(identifiers: readonly Identifier[]): string {
  return identifiers.map((id) => `${id.scheme.toUpperCase()} ${id.value}`).join(' · ');
}
