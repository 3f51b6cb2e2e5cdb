/** What a backup holds, written at its start: restore checks it before it touches a database. */
export interface BackupManifest {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  /** When the snapshot was taken (ISO 8601). */
  createdAt: string;
  /** The server's `server_version`, for the operator's information. */
  server: string;
  /** The TypeORM migrations applied, in the order they were: the schema's version. */
  migrations: string[];
  /** Every table, in the order its data follows the manifest. */
  tables: BackedUpTable[];
}

export interface BackedUpTable {
  schema: string;
  name: string;
  /** The columns in the data, in order: all but generated ones, which PostgreSQL derives. */
  columns: string[];
  rows: number;
}

export const FORMAT = 'samverkan-backup';
export const FORMAT_VERSION = 1;
/** The first line of a backup (after gunzip), so that another file is told apart at once. */
export const MAGIC_LINE = 'SAMVERKAN BACKUP';
/**
 * Ends each table's rows. In COPY's text format a backslash in a value is written doubled, so no
 * row is this line.
 */
export const END_OF_TABLE = '\\.';

/** A user's mistake or a backup that cannot be restored: told as is, without a stack trace. */
export class BackupError extends Error {}

/** `schema.name`, quoted for SQL. */
export function qualified(table: { schema: string; name: string }): string {
  return `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The last migration's name: the version a person reads. */
export function versionOf(migrations: string[]): string {
  return migrations.at(-1) ?? '(no migration)';
}

/** Checks a manifest read from a file; a `BackupError` says what is wrong. */
export function parseManifest(line: string): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(line) as Partial<BackupManifest>;
  } catch {
    throw new BackupError('The backup is damaged: its manifest is not JSON.');
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.tables)) {
    throw new BackupError('The backup is damaged: its manifest is not a Samverkan backup’s.');
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new BackupError(
      `The backup has format version ${String(manifest.formatVersion)}; this version of ` +
        `Samverkan reads version ${FORMAT_VERSION}.`,
    );
  }
  return manifest as BackupManifest;
}
