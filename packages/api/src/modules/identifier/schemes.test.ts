import fc from 'fast-check';
import {
  BUILT_IN_SCHEMES,
  builtInScheme,
  checkIdentifier,
  luhnValid,
  mod97,
  wholeValue,
} from './schemes';

/** A built-in scheme's verdict on a value as typed. */
const check = (scheme: string, typed: string) => checkIdentifier(builtInScheme(scheme)!, typed);
const normal = (value: string) => ({ value });
const invalid = { code: 'INVALID', refused: expect.any(String) };
const personal = { code: 'INVALID', refused: expect.stringMatching(/personal identity number/) };

describe('Luhn', () => {
  it.each(['2120002411', '2021005489', '5560000001', '79927398713', '0'])('accepts %s', (n) =>
    expect(luhnValid(n)).toBe(true),
  );
  it.each(['2120002412', '2021005488', '5560000002', '79927398710', '1'])('refuses %s', (n) =>
    expect(luhnValid(n)).toBe(false),
  );

  it('catches every single wrong digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (at, by) => {
        const digits = '2120002411'.split('');
        digits[at] = String((Number(digits[at]) + by) % 10);
        expect(luhnValid(digits.join(''))).toBe(false);
      }),
    );
  });
});

describe('se-orgnr', () => {
  it.each([
    ['212000-2411', '212000-2411'],
    ['2120002411', '212000-2411'],
    ['16212000-2411', '212000-2411'],
    ['162120002411', '212000-2411'],
    [' 212000 2411 ', '212000-2411'],
  ])('normalises %j to %s', (typed, value) =>
    expect(check('se-orgnr', typed)).toEqual(normal(value)),
  );

  it.each([
    ['a wrong check digit', '212000-2412'],
    ['9 digits', '212000-241'],
    ['11 digits', '21200024111'],
    ['12 digits with another prefix', '172120002411'],
    ['letters', 'hello world'],
    ['two hyphens', '212000--2411'],
  ])('refuses %s', (_, typed) => expect(check('se-orgnr', typed)).toEqual(invalid));

  it.each([
    ['10 digits, a month third', '811218-9876'],
    ['10 digits without hyphen', '8112189876'],
    ['12 digits, 19th century', '198112189876'],
    ['12 digits, 20th century', '20121212-1212'],
    ['a samordningsnummer (day + 60)', '701063-2391'],
    ['someone over 100 (plus sign)', '121212+1212'],
    ['16 before a birth date', '16811218-9876'],
  ])('refuses a personal identity number: %s', (_, typed) =>
    expect(check('se-orgnr', typed)).toEqual(personal),
  );

  it('never repeats the value it refuses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(19|20)?\d{6}[-+]?\d{4}$/), (typed) => {
        const checked = check('se-orgnr', typed);
        if ('refused' in checked) expect(checked.refused).not.toContain(typed.slice(-4));
      }),
    );
  });
});

describe('se-vat', () => {
  it.each([
    ['SE212000241101', 'SE212000241101'],
    ['se 212000-2411 01', 'SE212000241101'],
    ['SE2120002411-01', 'SE212000241101'],
  ])('normalises %j to %s', (typed, value) =>
    expect(check('se-vat', typed)).toEqual(normal(value)),
  );

  it.each([
    ['a wrong check digit', 'SE212000241201'],
    ['another ending than 01', 'SE212000241102'],
    ['another country', 'NO212000241101'],
    ['no country', '212000241101'],
  ])('refuses %s', (_, typed) => expect(check('se-vat', typed)).toEqual(invalid));

  it('refuses one built on a personal identity number', () =>
    expect(check('se-vat', 'SE811218987601')).toEqual(personal));
});

describe('lei', () => {
  it('is ISO 7064 MOD 97-10: the IBAN example checks', () =>
    expect(mod97('3214282912345698765432161182')).toBe(1));

  it.each([
    ['5493001KJTIIGC8Y1R12', '5493001KJTIIGC8Y1R12'],
    ['5493 001k jtii gc8y 1r12', '5493001KJTIIGC8Y1R12'],
    ['HWUPKR0MPOU8FGXBT394', 'HWUPKR0MPOU8FGXBT394'],
  ])('normalises %j to %s', (typed, value) => expect(check('lei', typed)).toEqual(normal(value)));

  it.each([
    ['wrong check digits', '5493001KJTIIGC8Y1R13'],
    ['two characters swapped', '4593001KJTIIGC8Y1R12'],
    ['19 characters', '5493001KJTIIGC8Y1R1'],
    ['letters as check digits', '5493001KJTIIGC8Y1RAB'],
  ])('refuses %s', (_, typed) => expect(check('lei', typed)).toEqual(invalid));
});

describe('scb', () => {
  it.each(['23', '2380', '01', '0114', '25'])('accepts %s', (code) =>
    expect(check('scb', code)).toEqual(normal(code)),
  );
  it.each([
    ['3 digits', '238'],
    ['5 digits', '23800'],
    ['no such county', '02'],
    ['a municipality of no county', '1580'],
    ['a county with 00', '2300'],
    ['letters', 'SE'],
  ])('refuses %s', (_, code) => expect(check('scb', code)).toEqual(invalid));
});

describe('nuts', () => {
  it.each([
    ['SE', 'SE'],
    ['se322', 'SE322'],
    ['SE 32', 'SE32'],
    ['SEZZZ', 'SEZZZ'],
  ])('normalises %j to %s', (typed, value) => expect(check('nuts', typed)).toEqual(normal(value)));
  it.each(['S', 'SE3221', '23', 'S-E3', 'SÖ3'])('refuses %j', (typed) =>
    expect(check('nuts', typed)).toEqual(invalid),
  );
});

describe('wikidata', () => {
  it.each([
    ['Q1', 'Q1'],
    ['q42', 'Q42'],
    ['https://www.wikidata.org/wiki/Q10575', 'Q10575'],
    ['http://www.wikidata.org/entity/Q10575', 'Q10575'],
    ['https://m.wikidata.org/wiki/Q10575', 'Q10575'],
  ])('normalises %j to %s', (typed, value) =>
    expect(check('wikidata', typed)).toEqual(normal(value)),
  );
  it.each(['Q', 'Q0', 'Q012', 'P31', '42', 'https://example.org/wiki/Q1', 'Q1 Q2'])(
    'refuses %j',
    (typed) => expect(check('wikidata', typed)).toEqual(invalid),
  );
});

describe('checkIdentifier', () => {
  const own = { name: 'kolada', pattern: 'N\\d{5}' };

  it('checks a scheme of the registry by its pattern, on the whole trimmed value', () => {
    expect(checkIdentifier(own, ' N00945 ')).toEqual(normal('N00945'));
    expect(checkIdentifier(own, 'N009451')).toEqual(invalid);
    expect(checkIdentifier(own, 'xN00945')).toEqual(invalid);
  });

  it('accepts any value of a scheme without a pattern', () =>
    expect(checkIdentifier({ name: 'own', pattern: null }, ' a b ')).toEqual(normal('a b')));

  it('refuses an empty value and one longer than 100 characters, in every scheme', () => {
    for (const scheme of [...BUILT_IN_SCHEMES, own]) {
      expect(checkIdentifier(scheme, '  ')).toEqual({
        code: 'REQUIRED',
        refused: expect.any(String),
      });
      expect(checkIdentifier(scheme, 'Q'.repeat(101))).toEqual({
        code: 'TOO_LONG',
        refused: expect.any(String),
      });
    }
  });

  it("keeps every built-in scheme's normal form within its own pattern", () => {
    const examples: Record<string, string> = {
      'se-orgnr': '2120002411',
      'se-vat': 'se 2120002411 01',
      lei: '5493001kjtiigc8y1r12',
      scb: '2380',
      nuts: 'se322',
      wikidata: 'q1',
    };
    for (const scheme of BUILT_IN_SCHEMES) {
      const checked = checkIdentifier(scheme, examples[scheme.name]);
      expect([
        scheme.name,
        wholeValue(scheme.pattern).test((checked as { value: string }).value),
      ]).toEqual([scheme.name, true]);
    }
  });
});
