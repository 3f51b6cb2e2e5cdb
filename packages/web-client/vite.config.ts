import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API for `pnpm dev` (its default port); the dev server proxies /graphql, WebSocket included.
const api = process.env.SAMVERKAN_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
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
