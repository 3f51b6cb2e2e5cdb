import { Client } from 'pg';

/** Runs one statement on a connection of its own to `url`, and returns its rows. */
export async function queryAt<R extends Record<string, any>>(
  url: string,
  text: string,
  values?: unknown[],
): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}
