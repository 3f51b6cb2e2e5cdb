/** End-to-end: one throw-away PostgreSQL, a real API child process serving the built web client,
 * and Debian's Chromium driven by playwright-core. */
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
  globalSetup: require.resolve('@samverkan/api/jest-global-setup'),
  globalTeardown: require.resolve('@samverkan/api/jest-global-teardown'),
  testTimeout: 30000,
};
