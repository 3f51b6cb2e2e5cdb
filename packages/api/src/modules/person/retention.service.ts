import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { SYSTEM_VIEWER, type Viewer } from '../../core/auth/roles';
import type { Logger } from '../../core/logger';
import type { PersonService } from './person.service';

/** Who the retention job's changes are by, as the audit log names it. */
export const RETENTION_VIEWER: Viewer = { ...SYSTEM_VIEWER, name: 'retention' };

/** The advisory lock that lets one API process at a time run the job. */
const RETENTION_LOCK = "hashtext('samverkan:retention')";

export interface RetentionRun {
  /** People whose work contact was removed. */
  cleared: number;
  /** Another process was running the job: this one did nothing. */
  skipped: boolean;
}

/**
 * Retention of personal data: a work contact is public while its person holds a position, and
 * kept `workContactDays` after their last position ended; then the job removes it, as an audited
 * change of the person (an UPDATE by "retention"). A person with a position not ended (or ending
 * later) keeps theirs; so does one who never had a position in the register (nothing says their
 * role ended; an editor removes it). Old values stay in the audit log's snapshots, which
 * anonymous callers do not read (personal fields); erasure takes them out too.
 */
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
  ) {}

  /**
   * Removes the work contacts due, in one transaction that first takes an advisory lock: when
   * another process holds it (running the job), this one does nothing.
   */
  clearExpiredWorkContacts(workContactDays: number): Promise<RetentionRun> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS locked`,
      );
      if (!locked) return { cleared: 0, skipped: true };
      const due = await tx.query<{ id: string; version: number }[]>(
        `SELECT p.id, p.version FROM person p
          WHERE p.work_contact IS NOT NULL
            AND EXISTS (SELECT 1 FROM position s WHERE s.person_id = p.id)
            AND NOT EXISTS (
                  SELECT 1 FROM position s
                   WHERE s.person_id = p.id
                     AND (s.valid_to IS NULL OR s.valid_to >= current_date - $1::int))
          ORDER BY p.id`,
        [workContactDays],
      );
      const caller: Caller = { viewer: RETENTION_VIEWER, requestId: null };
      for (const { id, version } of due) {
        await this.people.update(caller, { id, version, workContact: null }, tx);
      }
      return { cleared: due.length, skipped: false };
    });
  }
}

/**
 * Runs the retention job now and then every `intervalMinutes`, in this process (every process
 * does; the lock lets one at a time work). `stop` ends the timer and waits for a run under way.
 */
export function scheduleRetention(
  retention: RetentionService,
  options: { workContactDays: number; intervalMinutes: number },
  logger: Logger,
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = retention
      .clearExpiredWorkContacts(options.workContactDays)
      .then(({ cleared, skipped }) => {
        if (skipped) logger.debug('retention: another process is running it');
        else logger.info(`retention: ${cleared} work contacts removed`);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'retention failed'))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
