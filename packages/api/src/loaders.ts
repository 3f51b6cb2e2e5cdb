import type { Services } from './services';

/** The DataLoaders of one request (see `Services.loaders`). */
export type Loaders = ReturnType<Services['loaders']>;
