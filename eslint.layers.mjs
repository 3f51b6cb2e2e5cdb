// The layers the API's README describes, checked with patterns on import paths. Where folders
// meet (core, modules, the root) `@typescript-eslint/no-restricted-imports` checks the paths (it
// can let type imports through); what a file may use (GraphQL, the API package) is ESLint's own
// `no-restricted-imports`, so a service gets both checks. Relative paths climb as many folders as
// a file is deep, so the folder rules come in one block per depth.

const API = 'packages/api/src';
const TESTS = ['**/*.test.ts'];
const DEPTHS = [1, 2, 3, 4];
const up = (depth) => '\\.\\./'.repeat(depth);
const folders = (depth) => '*/'.repeat(depth - 1);

/** Names of GraphQL libraries, which services and stores never import. */
const GRAPHQL_LIBRARIES = ['graphql', 'type-graphql', 'graphql-scalars', 'graphql-ws'];

const FOLDER_RULE = '@typescript-eslint/no-restricted-imports';

/** One block per depth below `folder`, with the patterns for that depth. */
function perDepth(folder, patterns, ignores = TESTS) {
  return DEPTHS.map((depth) => ({
    files: [`${API}/${folder}/${folders(depth)}*.ts`],
    ignores,
    rules: { [FOLDER_RULE]: ['error', { patterns: patterns(depth) }] },
  }));
}

export const layerRules = [
  // core/ is shared plumbing: it imports no module and not the composition root. (Its tests run
  // the whole API and may.)
  ...perDepth('core', (depth) => [
    {
      regex: `^${up(depth)}(?!core/)`,
      message: 'core/ imports nothing outside core/: take what a module provides as a parameter.',
    },
  ]),
  // A module uses another only through what its index.ts exports, and takes only types from the
  // composition root (Context, Services, Loaders).
  ...perDepth(
    'modules/*',
    (depth) => [
      {
        regex: `^${up(depth)}[^./][^/]*/`,
        message: "Import another module from its index ('../forum'), not from its files.",
      },
      {
        regex: `^${up(depth + 1)}(?!core/)[^/]+$`,
        allowTypeImports: true,
        message: 'A module takes only types from the composition root (import type).',
      },
    ],
    [],
  ),
  // The composition root, scripts and test helpers use modules through their index.ts too.
  {
    files: [`${API}/*.ts`],
    rules: {
      [FOLDER_RULE]: [
        'error',
        {
          patterns: [{ regex: '^\\./modules/[^/]+/', message: 'Import a module from its index.' }],
        },
      ],
    },
  },
  {
    files: [`${API}/{scripts,testing}/*.ts`],
    rules: {
      [FOLDER_RULE]: [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./modules/[^/]+/', message: 'Import a module from its index.' },
          ],
        },
      ],
    },
  },
  // Services and stores hold the rules and never know of GraphQL (nor of the API's GraphQL layer).
  {
    files: [`${API}/**/*.service.ts`, `${API}/**/*.store.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: GRAPHQL_LIBRARIES.map((name) => ({
            name,
            message: 'Services and stores never import GraphQL: the resolvers translate.',
          })),
          patterns: [
            {
              regex: '^(@apollo/|graphql/)|/graphql/|\\.(types|resolver|fields|subscription)$',
              message: 'Services and stores never import GraphQL: the resolvers translate.',
            },
          ],
        },
      ],
    },
  },
  // The clients talk to the API only over GraphQL; their tests may use the API's test helpers.
  {
    files: ['packages/web-client/src/**/*.{ts,tsx}', 'packages/cli-client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@samverkan/api(/|$)',
              message: 'A client talks to the API only over GraphQL (@samverkan/schema).',
            },
          ],
        },
      ],
    },
  },
];
