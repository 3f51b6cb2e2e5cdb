import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One line of the ledger: who was erased and when; nothing personal. */
export interface LedgerEntry {
  person: string;
  erasedAt: string;
  ledgerVersion: 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The erasure ledger: an append-only JSON Lines file outside the database, one line per person
 * erased (`{"person":…,"erasedAt":…,"ledgerVersion":1}`). A backup of the database taken before
 * an erasure still holds the person; the ledger does not go back with it, and the API re-applies
 * every erasure it lists at start-up (`PersonErasureService.reapplyLedger`).
 */
export class ErasureLedger {
  constructor(readonly path: string) {}

  /** Appends an entry and waits until it is on disk (fsync): an erasure not recorded fails. */
  async append(entry: LedgerEntry): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const file = await open(this.path, 'a', 0o600);
    try {
      await file.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
  }

  /**
   * Every entry, in order; none when the file does not exist yet. A line that is not an entry
   * (cut short by a crash while writing) is passed to `skipped` and left out.
   */
  async entries(skipped: (line: number, text: string) => void = () => {}): Promise<LedgerEntry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: LedgerEntry[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        const entry = JSON.parse(line) as Partial<LedgerEntry>;
        if (
          typeof entry.person === 'string' &&
          UUID.test(entry.person) &&
          typeof entry.erasedAt === 'string' &&
          !Number.isNaN(Date.parse(entry.erasedAt))
        ) {
          entries.push({ person: entry.person, erasedAt: entry.erasedAt, ledgerVersion: 1 });
          return;
        }
      } catch {
        // Reported below.
      }
      skipped(index + 1, line);
    });
    return entries;
  }
}
