import { defineConfig } from 'vitest/config';
import { shippedMaps } from './vite-plugin-maps.ts';

export default defineConfig({
  // Resolves virtual:pathwise-map-checks (empty outside a build) for modules that import it.
  plugins: [shippedMaps()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
