import type { Context as CoreContext } from './core/context';
import type { Loaders, Services } from './services';

/** What every resolver gets: who asks, the API's services and this request's DataLoaders. */
export type Context = CoreContext<Services, Loaders>;
