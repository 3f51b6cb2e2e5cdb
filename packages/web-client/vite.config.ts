import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { PATTERNS } from './src/routes.ts';

// The API for `pnpm dev` (its default port); the dev server proxies /graphql, WebSocket included.
const api = process.env.SAMVERKAN_API ?? 'http://127.0.0.1:4000';

/**
 * Writes the client's route patterns to `dist/routes.json`, from the list it routes by: the API,
 * which serves the client, answers 404 for a path none of them matches.
 */
const routesFile: Plugin = {
  name: 'samverkan-routes',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'routes.json',
      source: JSON.stringify(Object.values(PATTERNS)),
    });
  },
};

export default defineConfig({
  plugins: [react(), routesFile],
  resolve: {
    // The typed documents from their TypeScript source: ESM, so the bundle keeps only what it uses.
    alias: {
      '@samverkan/schema': fileURLToPath(new URL('../schema/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': {
        target: api,
        ws: true,
        changeOrigin: true,
        // The API takes WebSockets from its own origin only: the proxy speaks as that origin.
        configure: (proxy) => proxy.on('proxyReqWs', (request) => request.setHeader('origin', api)),
      },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
