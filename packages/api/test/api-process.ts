// The built API as a child process, for the clients' end-to-end tests (see src/testing).
export * from '../src/testing/api-process';
