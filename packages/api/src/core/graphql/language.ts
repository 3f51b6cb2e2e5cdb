import { Arg, registerEnumType } from 'type-graphql';
import { LANGUAGES } from '../audit/summary';
import { enumOf } from './enums';

export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: 'A language the API words its summaries in.',
  valuesConfig: { EN: { description: 'English.' }, SV: { description: 'Swedish.' } },
});

/** The `lang` argument of a field worded for people. */
export const LangArg = () =>
  Arg('lang', () => LanguageEnum, {
    defaultValue: 'EN',
    description: 'The language to word it in.',
  });
