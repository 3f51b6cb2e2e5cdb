import { availableParallelism } from 'node:os';
import { Sema } from 'async-sema';
import { GraphQLError } from 'graphql';

/** When operations count as large, and how many of them run at once. */
export interface LargeOperationLimits {
  /** The estimated cost (see `operationCost`) from which an operation is large. */
  fromCost: number;
  /** Large operations executed at once; more wait their turn in arrival order. */
  atOnce: number;
}

/**
 * Large from the cost of a county's map at depth 2 (about 560; a person or actor page costs about
 * 410), as many at once as the machine has cores: the answers are built on the one event loop,
 * but their statements run in the database meanwhile.
 */
export const DEFAULT_LARGE_OPERATIONS: LargeOperationLimits = {
  fromCost: 500,
  atOnce: Math.max(2, availableParallelism()),
};

/**
 * A strategy page, a forum page or a county's map builds an answer of hundreds of kilobytes from
 * tens of thousands of rows and objects, all alive until it is sent. Run ten at once, as the
 * endpoint runs small operations, they took the process's memory past 450 MB at 50 connections;
 * a few at a time keep the two cores as busy and the memory bounded. Small operations pass by.
 */
export class LargeOperationGate {
  private readonly slots: Sema;
  private waitingCount = 0;
  private runningCount = 0;

  constructor(private readonly limits: LargeOperationLimits) {
    this.slots = new Sema(limits.atOnce);
  }

  /**
   * Waits for the turn of an operation of `cost`, when it is large; resolves with the function
   * that ends its turn (calling it again does nothing), or null for a small operation.
   */
  async enter(cost: number): Promise<(() => void) | null> {
    if (cost < this.limits.fromCost) return null;
    this.waitingCount += 1;
    try {
      await this.slots.acquire();
    } finally {
      this.waitingCount -= 1;
    }
    this.runningCount += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.runningCount -= 1;
      this.slots.release();
    };
  }

  /** Large operations waiting for their turn, and running, now (for `/metrics`). */
  get counts(): { waiting: number; running: number } {
    return { waiting: this.waitingCount, running: this.runningCount };
  }
}

/** The error of a large operation not run: its caller closed the connection while it waited. */
export const callerGone = () =>
  new GraphQLError('The caller closed the connection while the operation waited its turn.', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST' },
  });
