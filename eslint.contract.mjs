// The contract's conventions, checked on the printed SDL and on the clients' documents with
// @graphql-eslint: names, descriptions, Relay connections; documents valid against the schema.
import graphql from '@graphql-eslint/eslint-plugin';

const SCHEMA = 'packages/schema/schema.graphql';
const DOCUMENTS = 'packages/schema/documents/*.graphql';

/** Object types that are values inside an answer, not records: no id, not refetchable. */
const VALUE_TYPES = [
  'ActorSnapshot',
  'AreaFigures',
  'AssessedFactor',
  'AuditEvent',
  'BulkItemResult',
  'CheckFinding',
  'Citation',
  'ForumComposition',
  'Identifier',
  'Mandate',
  'MunicipalityCoverage',
  'Presenter',
  'RaciCell',
  'RaciColumn',
  'RaciConflict',
  'RaciMatrix',
  'RaciRow',
  'ResponsibilityCheck',
  'ReviewContact',
  'ReviewFollowUp',
  'SearchHit',
  'SourceCitation',
  'TextPassage',
  'UserError',
  'Viewer',
  'WhoDoesWhatGraph',
];

const languageOptions = {
  parser: graphql.parser,
  parserOptions: { graphQLConfig: { schema: SCHEMA, documents: DOCUMENTS } },
};

export const contractRules = [
  {
    files: [SCHEMA],
    languageOptions,
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Plain lists of records (`areas: [Area!]!`) are fine beside connections; `history` and
      // `changes` page through entries of the audit log, which are not records (not Nodes).
      '@graphql-eslint/relay-edge-types': [
        'error',
        { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false },
      ],
      // The feed `changes` pages forwards only: it is read from a cursor on.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Records have an id (and implement Node); values that exist only inside an answer do not.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Payload', 'Change', 'Count', 'Total', 'Info'],
            types: VALUE_TYPES,
          },
        },
      ],
      // A description on every type, field, argument and enum value, not only on root fields.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
    },
  },
  {
    files: [DOCUMENTS],
    languageOptions,
    plugins: { '@graphql-eslint': graphql },
    rules: graphql.configs['flat/operations-recommended'].rules,
  },
];
