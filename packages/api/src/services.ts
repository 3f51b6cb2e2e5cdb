import type { DataSource } from 'typeorm';
import { AuditService } from './core/audit/audit.service';
import { DeferredAudit } from './core/audit/deferred-audit';
import { historyLoaders } from './core/audit/history.loaders';
import { timelineLoaders } from './core/db/timeline';
import { TokenService } from './core/auth/token.service';
import { writableLoaders } from './core/auth/writable';
import { CommittedChanges } from './core/db/committed-changes';
import { requestLoaders, type LoaderFactories, type LoadersOf } from './core/db/loaders';
import type { Platform, PlatformSettings } from './core/module';
import { MODULES } from './modules';

type Module = (typeof MODULES)[number];
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never;
/** What a module's factory makes (`ReturnType` cannot see past a parameter of type `never`). */
type Made<F> = F extends (...args: never) => infer R ? R : never;
type ServicesOfModules = Intersection<Made<Module['services']>>;
type LoaderFactoriesOfModules = Intersection<Made<Module['loaders']>>;

/** One instance of each service for the process: the platform's and every module's. */
export type Services = Platform & ServicesOfModules;

/** The DataLoaders of one request: every module's, made when first read. */
export type Loaders = LoadersOf<
  LoaderFactoriesOfModules &
    ReturnType<typeof historyLoaders> &
    ReturnType<typeof timelineLoaders> &
    ReturnType<typeof writableLoaders>
>;

/** Adds `more` to `into`, refusing a name two modules both use. */
function addNamed(into: Record<string, unknown>, more: object, what: string, module: string) {
  for (const [name, value] of Object.entries(more)) {
    if (name in into) throw new Error(`Module ${module} declares the ${what} "${name}" again.`);
    into[name] = value;
  }
}

/** The services built so far, for a module's `services`: asking for one not built is an error. */
function earlierServices(built: Record<string, unknown>, module: string): never {
  return new Proxy(built, {
    get(target, name) {
      if (typeof name === 'string' && !(name in target)) {
        throw new Error(
          `Module ${module} needs the service "${name}", which no module listed before it makes.`,
        );
      }
      return Reflect.get(target, name);
    },
  }) as never;
}

/**
 * The services of the process, made module by module in the order of `MODULES`, and a maker of a
 * request's loaders. `dataSource` must be initialized (`changes` registers itself on it). For
 * anonymous requests the app makes a second set on the public role's connections (`publicOnly`),
 * whose modules that act as the API (`actsAsApi`) get the platform of `api`, the first.
 */
export function createServices(
  dataSource: DataSource,
  settings: PlatformSettings = { erasureLedger: null, contactEmail: null },
  api?: Services,
): {
  services: Services;
  newLoaders: () => Loaders;
} {
  const changes = new CommittedChanges(dataSource);
  const audit = new AuditService(dataSource, changes, new DeferredAudit(dataSource));
  const platform: Platform = {
    dataSource,
    changes,
    audit,
    token: new TokenService(dataSource),
    settings,
  };
  const services: Record<string, unknown> = { ...platform };
  for (const module of MODULES) {
    const own = api && 'actsAsApi' in module && module.actsAsApi ? api : platform;
    const made = module.services?.(own, earlierServices(services, module.name));
    if (made) addNamed(services, made, 'service', module.name);
  }
  const factories: LoaderFactories = {
    ...historyLoaders(audit, dataSource),
    ...timelineLoaders(dataSource),
    ...writableLoaders(services),
  };
  for (const module of MODULES) {
    const made = (module.loaders as ((all: object) => LoaderFactories) | undefined)?.(services);
    if (made) addNamed(factories, made, 'loader', module.name);
  }
  return {
    services: services as unknown as Services,
    newLoaders: requestLoaders(factories) as () => Loaders,
  };
}
