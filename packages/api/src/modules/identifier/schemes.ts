/**
 * The built-in identifier schemes: how each normalises a value as people type it and checks it.
 * Pure functions, no database: the registry (`identifier_scheme`) holds these schemes beside the
 * ones admins add, and `checkIdentifier` applies a scheme's rules to a value.
 *
 * A refusal never repeats the value: it may be a personal identity number, which must not reach
 * an answer, a log or the audit log.
 */

/** The kinds of record that carry identifiers. */
export const IDENTIFIED_KINDS = ['ACTOR', 'AREA', 'FORUM', 'PERSON'] as const;
export type IdentifiedKind = (typeof IDENTIFIED_KINDS)[number];

/** The one scheme people may have identifiers in: nothing more personal is kept of them. */
export const PERSON_SCHEME = 'wikidata';

/** The longest value any scheme accepts, as typed (trimmed). */
export const MAX_IDENTIFIER_LENGTH = 100;

/** A value in its normal form, or why it is refused. */
export type Checked =
  { value: string } | { refused: string; code: 'REQUIRED' | 'TOO_LONG' | 'INVALID' };

/** What a built-in scheme's code says of a value: its normal form or why not. */
type CodeCheck = { value: string } | { refused: string };

export interface BuiltInScheme {
  name: string;
  description: string;
  /** The normal form, as a regular expression: shown to clients and kept in the registry. */
  pattern: string;
  /** The kinds of record it applies to until an admin says otherwise. */
  appliesTo: IdentifiedKind[];
  /** Normalises a value as typed (trimmed, not empty) and checks it. */
  check(typed: string): CodeCheck;
}

/** Luhn's check (the last digit checks the others), as organisation numbers use it. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 97-10 as LEI (ISO 17442) and IBAN use it: letters count A = 10 … Z = 35. */
export function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const char of alphanumeric) {
    const value = parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

const PERSONAL_IDENTITY_NUMBER =
  'This is a personal identity number (personnummer or samordningsnummer), not an organisation number: personal identity numbers are never stored.';

/**
 * The ten digits of an organisation number as `NNNNNN-NNNN`, from 10 or 12 digits (the 12-digit
 * form starts with 16), with or without the hyphen. A personal identity number is refused: its
 * third digit begins a month (0 or 1), where an organisation number's is 2 or more; its 12-digit
 * form starts with the century (19, 20) and people over 100 are written with a plus.
 */
function organisationNumber(typed: string): CodeCheck {
  const match = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(typed.replace(/\s/g, ''));
  if (!match) {
    return {
      refused:
        'An organisation number is 10 digits, NNNNNN-NNNN (also accepted: without the hyphen, or 12 digits starting with 16).',
    };
  }
  const [, prefix, first, separator, last] = match;
  if (prefix === '19' || prefix === '20' || separator === '+' || /^\d\d[01]/.test(first)) {
    return { refused: PERSONAL_IDENTITY_NUMBER };
  }
  if (prefix !== undefined && prefix !== '16') {
    return { refused: 'The 12-digit form of an organisation number starts with 16.' };
  }
  if (!luhnValid(first + last)) {
    return { refused: 'The check digit (the last) does not match: look for a typing error.' };
  }
  return { value: `${first}-${last}` };
}

/** A Swedish VAT number: SE, the organisation number's ten digits, 01. */
function swedishVatNumber(typed: string): CodeCheck {
  const match = /^SE(\d{10})01$/.exec(typed.replace(/[\s-]/g, '').toUpperCase());
  if (!match) return { refused: 'A Swedish VAT number is SE, 10 digits and 01: SE556000000001.' };
  const orgnr = organisationNumber(match[1]);
  return 'refused' in orgnr ? orgnr : { value: `SE${match[1]}01` };
}

/** SCB's codes of the 21 counties (län); a municipality's code starts with its county's. */
const COUNTY_CODES = new Set(
  '01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25'.split(' '),
);

function scbCode(typed: string): CodeCheck {
  const match = /^(\d{2})(\d{2})?$/.exec(typed);
  if (!match) return { refused: 'An SCB code is 2 digits (a county) or 4 (a municipality).' };
  if (!COUNTY_CODES.has(match[1])) return { refused: 'No county has this SCB code.' };
  if (match[2] === '00') return { refused: 'A municipality code does not end in 00.' };
  return { value: typed };
}

function nutsCode(typed: string): CodeCheck {
  const value = typed.replace(/\s/g, '').toUpperCase();
  return /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(value)
    ? { value }
    : {
        refused:
          'A NUTS code is a country code and up to 3 letters or digits: SE, SE3, SE32, SE322.',
      };
}

const WIKIDATA =
  /^(?:https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/)?[Qq]([1-9]\d{0,11})$/;

function wikidataItem(typed: string): CodeCheck {
  const match = WIKIDATA.exec(typed);
  return match
    ? { value: `Q${match[1]}` }
    : { refused: 'A Wikidata item is Q and a number (Q1), or its wikidata.org address.' };
}

function legalEntityIdentifier(typed: string): CodeCheck {
  const value = typed.replace(/\s/g, '').toUpperCase();
  if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(value)) {
    return { refused: 'A LEI is 20 characters: 18 letters or digits and 2 check digits.' };
  }
  if (mod97(value) !== 1) {
    return { refused: 'The check digits (the last two) do not match: look for a typing error.' };
  }
  return { value };
}

export const BUILT_IN_SCHEMES: readonly BuiltInScheme[] = [
  {
    name: 'se-orgnr',
    description:
      'Swedish organisation number (organisationsnummer, Bolagsverket/Skatteverket): NNNNNN-NNNN with a Luhn check digit. Accepted without the hyphen or with the prefix 16; personal identity numbers are refused.',
    pattern: '\\d{6}-\\d{4}',
    appliesTo: ['ACTOR', 'FORUM'],
    check: organisationNumber,
  },
  {
    name: 'se-vat',
    description:
      'Swedish VAT number (momsregistreringsnummer): SE, the organisation number and 01, e.g. SE556000000001. Accepted with spaces and hyphens; one built on a personal identity number is refused.',
    pattern: 'SE\\d{10}01',
    appliesTo: ['ACTOR'],
    check: swedishVatNumber,
  },
  {
    name: 'lei',
    description:
      'Legal Entity Identifier (ISO 17442): 20 letters and digits, the last two check digits (mod 97).',
    pattern: '[0-9A-Z]{18}[0-9]{2}',
    appliesTo: ['ACTOR'],
    check: legalEntityIdentifier,
  },
  {
    name: 'scb',
    description:
      "Statistics Sweden's (SCB) code of a county (2 digits, 23) or a municipality (4 digits, 2380).",
    pattern: '\\d{2}|\\d{4}',
    appliesTo: ['AREA'],
    check: scbCode,
  },
  {
    name: 'nuts',
    description:
      "Eurostat's NUTS code of a region: a country code and up to 3 letters or digits (SE, SE3, SE32, SE322).",
    pattern: '[A-Z]{2}[A-Z0-9]{0,3}',
    appliesTo: ['AREA'],
    check: nutsCode,
  },
  {
    name: PERSON_SCHEME,
    description:
      'Wikidata item: Q and a number (Q1); its wikidata.org address and a lower-case q are accepted.',
    pattern: 'Q[1-9]\\d*',
    appliesTo: ['ACTOR', 'AREA', 'FORUM', 'PERSON'],
    check: wikidataItem,
  },
];

const BUILT_IN = new Map(BUILT_IN_SCHEMES.map((scheme) => [scheme.name, scheme]));

export function builtInScheme(name: string): BuiltInScheme | undefined {
  return BUILT_IN.get(name);
}

/** A pattern as a check of a whole value. */
export function wholeValue(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/**
 * A value as typed, normalised and checked by a scheme of the registry: a built-in scheme's code
 * first, then the scheme's pattern, if it has one, on the normal form.
 */
export function checkIdentifier(
  scheme: { name: string; pattern: string | null },
  typed: string,
): Checked {
  const trimmed = typed.trim();
  if (!trimmed) return { code: 'REQUIRED', refused: 'The identifier must not be empty.' };
  if (trimmed.length > MAX_IDENTIFIER_LENGTH) {
    return {
      code: 'TOO_LONG',
      refused: `An identifier is at most ${MAX_IDENTIFIER_LENGTH} characters.`,
    };
  }
  const checked = builtInScheme(scheme.name)?.check(trimmed) ?? { value: trimmed };
  if ('refused' in checked) return { code: 'INVALID', refused: checked.refused };
  if (scheme.pattern && !wholeValue(scheme.pattern).test(checked.value)) {
    return {
      code: 'INVALID',
      refused: `An identifier in the scheme "${scheme.name}" has the form ${scheme.pattern}.`,
    };
  }
  return checked;
}
