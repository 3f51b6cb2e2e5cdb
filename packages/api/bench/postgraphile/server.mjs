// PostGraphile 5 on our database, for `pnpm bench` to compare our API against. install.ts copies
// this file into the cache folder and runs it there with the Node 22 binary it installed, so the
// imports below resolve to the cache's node_modules: PostGraphile is no workspace dependency.
//
// Environment: DATABASE_URL (required), PORT (default 5678), HOST (default 127.0.0.1),
// POOL_SIZE (default 10, as our API's pool). Prints one line "postgraphile ready: <url>" on
// stdout once it listens with its schema built; stops on SIGTERM or SIGINT.
import { createServer } from 'node:http';

// Grafast reads GRAPHILE_ENV when it is loaded, hence the dynamic imports after this line.
process.env.GRAPHILE_ENV ??= 'production';

const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { jsonPgSmartTags } = await import('postgraphile/utils');
const { PgSimplifyInflectionPreset } = await import('@graphile/simplify-inflection');
const { PostGraphileConnectionFilterPreset } =
  await import('postgraphile-plugin-connection-filter');

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('postgraphile: DATABASE_URL is not set');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5678);
const host = process.env.HOST ?? '127.0.0.1';
const poolSize = Number(process.env.POOL_SIZE ?? 10);

/**
 * Smart tags given here rather than as comments in our database, which we leave as it is.
 * - `position_citation.position_id` would be the relation `position`, like the ordering column
 *   `position`; the clash drops every type that can reach it (Actor among them).
 */
const SmartTagsPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      position_citation: {
        constraint: { position_citation_position_id_fkey: { tags: { fieldName: 'cited' } } },
      },
    },
  },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [
    PostGraphileAmberPreset,
    // Readable names (`actor.positions`, `actorBySlug`) and, in this version, Relay's naming:
    // `id` is the global Node ID (`node(id:)`, `actorById(id:)`), `rowId` the uuid. The Relay
    // preset itself is left out: it drops the lookups by unique column (`actorBySlug`), which
    // are what our pages' lookups by slug correspond to.
    PgSimplifyInflectionPreset,
    // `filter:` on connections: the only way to say "valid on a day", "name contains" or "in
    // this area" without custom SQL, which we do not add to our database.
    PostGraphileConnectionFilterPreset,
  ],
  plugins: [SmartTagsPlugin],
  // This plugin hides relations and filters on columns without a plain b-tree index. Ours use
  // partial indexes (`responsibility_forum_idx … WHERE forum_id IS NOT NULL`) and GiST exclusion
  // constraints over the validity period, which it does not recognise: without it, a forum has
  // no `responsibilities` and nothing can be filtered on `validFrom`. PostgreSQL still uses those
  // indexes for the queries that PostGraphile writes.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ['public'],
      poolConfig: { max: poolSize, application_name: 'bench-postgraphile' },
      // No subscriptions: no LISTEN client held out of the pool.
      pubsub: false,
    }),
  ],
  schema: {
    // `actors(filter: { actorAreas: { some: … } })`: the actors of an area.
    connectionFilterRelations: true,
  },
  grafserv: {
    port,
    host,
    graphqlPath: '/graphql',
    graphiql: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error('postgraphile: server error', error);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before saying "ready", so that no measured request waits for it.
await pgl.getSchema();
server.listen(port, host, () => {
  console.log(`postgraphile ready: http://${host}:${port}/graphql`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Releases the server it made too, and the pool with it.
  await pgl.release();
  console.log(`postgraphile stopped (${signal})`);
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
