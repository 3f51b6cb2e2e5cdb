import type { DataSource } from 'typeorm';

/**
 * Undoes the applied migrations newest first, running each `down`, until the one named has been
 * undone: the register as it stood before that migration, for a test that then applies them all
 * again. Later migrations do not break such a test by being newer.
 */
export async function undoMigrationsThrough(db: DataSource, name: string): Promise<void> {
  for (let undone = ''; undone !== name;) {
    const [last] = await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
    if (!last) throw new Error(`Migration ${name} was never applied`);
    await db.undoLastMigration({ transaction: 'each' });
    undone = last.name;
  }
}
