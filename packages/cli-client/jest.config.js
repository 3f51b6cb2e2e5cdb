/** End-to-end: one throw-away PostgreSQL for the run, a real API child process, the built CLI. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // The API's own set-up: one throw-away PostgreSQL, unless TEST_DATABASE_URL is set.
  globalSetup: require.resolve('@samverkan/api/jest-global-setup'),
  globalTeardown: require.resolve('@samverkan/api/jest-global-teardown'),
  testTimeout: 30000,
};
