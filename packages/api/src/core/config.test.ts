import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 4000,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
    });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('names every bad value with what it must be', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        NODE_ENV: 'staging',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x/y',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      expect.stringMatching(/^DATABASE_URL: must be a postgres:\/\/ URL \(got "mysql:\/\/x\/y"\)$/),
      expect.stringMatching(/^PORT: must be a number \(got "eighty"\)$/),
      expect.stringMatching(
        /^NODE_ENV: must be one of development, production, test \(got "staging"\)$/,
      ),
      expect.stringMatching(
        /^LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/,
      ),
    ]);
  });

  it('takes REDIS_URL only as a redis:// (or rediss://) URL', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe(
      'redis://127.0.0.1:6379',
    );
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example:6380/0' }).REDIS_URL).toBeDefined();
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ \(or rediss:\/\/\) URL \(got "http:\/\/127.0.0.1:6379"\)/,
    );
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
  });

  it('reads SQL_STATEMENT_HEADER as a boolean, unset by default', () => {
    expect(loadConfig({}).SQL_STATEMENT_HEADER).toBeUndefined();
    expect(loadConfig({ SQL_STATEMENT_HEADER: 'true' }).SQL_STATEMENT_HEADER).toBe(true);
    expect(loadConfig({ SQL_STATEMENT_HEADER: 'false' }).SQL_STATEMENT_HEADER).toBe(false);
    expect(() => loadConfig({ SQL_STATEMENT_HEADER: 'maybe' })).toThrow(
      /SQL_STATEMENT_HEADER: must be true or false \(got "maybe"\)/,
    );
  });

  it('reads MAX_CONCURRENT_OPERATIONS as a positive whole number, 10 by default', () => {
    expect(loadConfig({}).MAX_CONCURRENT_OPERATIONS).toBe(10);
    expect(loadConfig({ MAX_CONCURRENT_OPERATIONS: '4' }).MAX_CONCURRENT_OPERATIONS).toBe(4);
    expect(() => loadConfig({ MAX_CONCURRENT_OPERATIONS: '0' })).toThrow(
      /MAX_CONCURRENT_OPERATIONS: must be at least 1 \(got "0"\)/,
    );
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be between 0 and 65535/);
  });

  it('reads the limits with their defaults, and the WebSocket origins as a list', () => {
    const config = loadConfig({ WEBSOCKET_ORIGINS: 'https://a.example, https://b.example:8443/' });
    expect(config.WEBSOCKET_ORIGINS).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(config.GRAPHQL_MAX_DEPTH).toBe(24);
    expect(config.DB_LOCK_TIMEOUT_MS).toBe(5000);
    expect(() => loadConfig({ WEBSOCKET_ORIGINS: 'ftp://x' })).toThrow(/WEBSOCKET_ORIGINS/);
    expect(() => loadConfig({ GRAPHQL_MAX_TOKENS: '10' })).toThrow(/must be at least 100/);
  });
});
