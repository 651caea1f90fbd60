import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { shippedMaps } from './vite-plugin-maps.ts';

/**
 * The built site's Content-Security-Policy: no inline scripts, no third-party origins.
 * Added at build time only, because Vite's dev server injects an inline script for hot reload.
 * 'unsafe-inline' for styles is needed by React Flow, which positions nodes with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pathwise-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), shippedMaps()],
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[a-z]+|zustand|classcat|use-sync-external-store)[\\/]/ },
            { name: 'graphology', test: /node_modules[\\/](graphology[a-z-]*|mnemonist|obliterator|@yomguithereal|events)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
