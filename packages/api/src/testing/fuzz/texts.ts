import fc from 'fast-check';

/** A character JSON can carry but a careless consumer may not: controls, NUL, a lone surrogate. */
const awkwardCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u200b', '\u202e', '\ufeff', '\uffff', '😀', 'å', '%', "'", '"', '\\'),
);

/**
 * Text meant to break things: awkward characters among ordinary ones, SQL and LIKE wildcards,
 * or very long (past the text limit, within the body limit).
 */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.string({
      unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), awkwardCharacter),
      maxLength: 40,
    }),
  },
  fc.constantFrom("'; DROP TABLE actor; --", '%_%', '\\', '*', '""', 'null', 'undefined', '0x00'),
  fc
    .tuple(fc.constantFrom('x', 'å', '😀', '\u0000'), fc.integer({ min: 20_001, max: 120_000 }))
    .map(([character, length]) => character.repeat(Math.ceil(length / character.length))),
);
