import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { shippedMaps } from './vite-plugin-maps.ts';
import { preloadFirstData } from './vite-plugin-preload.ts';
import { deployPlugin, deploySettings, securityHeaders } from './vite-plugin-deploy.ts';

// PATHWISE_BASE and PATHWISE_FRAME_ANCESTORS: see vite-plugin-deploy.ts and the README's "Deploy" section.
const deploy = deploySettings(process.env);

export default defineConfig({
  base: deploy.base,
  plugins: [
    react(),
    deployPlugin(deploy),
    shippedMaps(),
    // What src/app/default-graph.ts fetches at start.
    preloadFirstData({ files: ['maps/ms-102.json'], assets: ['src/generated/default-layout.json'] }),
    VitePWA({
      // The app shows its own "new version" notice (src/app/update-notice.tsx) and registers the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons; listing them again would add duplicate entries.
      includeManifestIcons: false,
      manifest: {
        id: deploy.base,
        name: 'Pathwise: career roadmaps',
        short_name: 'Pathwise',
        description: 'An interactive career roadmap from the Microsoft MS-102 exam to roles, skills and certifications, with routes, time and cost.',
        lang: 'en',
        start_url: deploy.base,
        scope: deploy.base,
        display: 'standalone',
        background_color: '#F6F7F9',
        theme_color: '#14171F',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell, its fonts (woff2: every browser with service workers reads it), the icons and
        // every shipped map with its index, so the site and all its maps work offline after one visit.
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}', 'maps/*.json', 'assets/*.json'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  preview: { headers: securityHeaders(deploy) },
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
