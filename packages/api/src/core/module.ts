import type DataLoader from 'dataloader';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { AuditService } from './audit/audit.service';
import type { TokenService } from './auth/token.service';
import type { CommittedChanges } from './db/committed-changes';
import type { LoaderFactories, LoadersOf } from './db/loaders';
import type { NodeTypeOptions } from './graphql/node';

/** Settings of the process that services need (from the configuration). */
export interface PlatformSettings {
  /**
   * The erasure ledger: a JSON Lines file outside the database recording each person erased, so
   * that a restored backup is erased again at start-up; null: none kept (scripts, the seed loader).
   */
  erasureLedger: string | null;
  /** The address that reaches those who run the service (`CONTACT_EMAIL`); null: none given. */
  contactEmail: string | null;
}

/** What every module's services are built on: the database, the audit log, tokens, settings. */
export interface Platform {
  dataSource: DataSource;
  /** `changes.onCommitted(listener)`: every audited change, after its transaction commits. */
  changes: CommittedChanges;
  audit: AuditService;
  token: TokenService;
  settings: PlatformSettings;
}

type Class = abstract new (...args: never[]) => object;

/**
 * A `Node` type: its GraphQL name, its entity (to tell records apart), its id loader and, for an
 * object that is no record of the register, how it differs (`NodeTypeOptions`).
 */
export type NodeType<L = never> = [
  name: string,
  entity: Class,
  loader: (loaders: L) => DataLoader<string, object | null>,
  options?: NodeTypeOptions,
];

/**
 * What a feature folder declares about itself, once, in its `index.ts`. The composition root
 * (`src/modules.ts`) lists the modules in order and builds from them the data source's entities
 * and migrations, the services, a request's loaders, the `Node` types and the schema's resolvers.
 */
export interface FeatureModule<
  S extends object = Record<never, never>,
  F extends LoaderFactories = Record<never, never>,
> {
  /** The folder's name, for messages. */
  name: string;
  /** Its TypeORM entities. */
  entities?: Class[];
  /** The migrations that made its tables; they run in the order of their timestamps. */
  migrations?: (new () => MigrationInterface)[];
  /**
   * Makes its services, once per process. `earlier` holds the services of the modules listed
   * before it (a module that needs another's service destructures it and names its type).
   */
  services?: (platform: Platform, earlier: never) => S;
  /**
   * Its services act as the API itself for every caller, anonymous ones too: they read and write
   * what the role of anonymous requests may not (accounts: signing in, accepting an invitation).
   */
  actsAsApi?: boolean;
  /** How to make each of its request-scoped DataLoaders, from its services. */
  loaders?: (services: S) => F;
  /** The types `node(id:)` refetches: GraphQL name, entity (to tell records apart), id loader. */
  nodeTypes?: NodeType<LoadersOf<F>>[];
  /**
   * The fields of its record types that are personal data, by record type (`{ Person:
   * ['workContact'] }`): anonymous callers do not read them in the audit log's snapshots.
   */
  personalFields?: Record<string, readonly string[]>;
  /** Its resolvers: queries, mutations, subscriptions and field resolvers. */
  resolvers?: (abstract new (...args: never[]) => unknown)[];
}

/** Declares a module (see `FeatureModule`), keeping the types of its services and loaders. */
export function defineModule<
  S extends object = Record<never, never>,
  F extends LoaderFactories = Record<never, never>,
>(module: FeatureModule<S, F>): FeatureModule<S, F> {
  return module;
}

/** The loaders a module's `loaders` makes, as a request reads them. */
export type ModuleLoaders<M> = M extends FeatureModule<object, infer F> ? LoadersOf<F> : never;
