import { createApiDataSource } from '../../data-source';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { appRoleUrl } from './app-role';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

it('lets samverkan_app log in with the same password from API processes starting at once', async () => {
  const owners = await Promise.all(
    Array.from({ length: 6 }, () => createApiDataSource({ url: database.url }).initialize()),
  );
  try {
    const urls = await Promise.all(owners.map((owner) => appRoleUrl(owner, database.url)));
    expect(new Set(urls).size).toBe(1);
    const app = await createApiDataSource({ url: urls[0] }).initialize();
    try {
      expect(await app.query('SELECT current_user AS role')).toEqual([{ role: 'samverkan_app' }]);
    } finally {
      await app.destroy();
    }
  } finally {
    await Promise.all(owners.map((owner) => owner.destroy()));
  }
});
