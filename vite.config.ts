/// <reference types="vitest/config" />
/**
 * One `vite build` writes the whole site: the app's pass (index.html, React, module chunks), then
 * — started by faultlinesPages() when that pass has written its files — the embed's two classic
 * script passes (scripts/build/embed.ts), then every graph's pages (scripts/build/pages.ts).
 * All URLs are relative (`base: './'`): the folder works at any path of any host.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { embedPassConfig } from './scripts/build/embed.ts';
import { graphModules } from './scripts/build/graph-modules.ts';
import { faultlinesPages } from './scripts/build/pages.ts';
import { CSP } from './src/publish/csp.ts';

export { CSP };

export default defineConfig(({ command, mode }) => {
  const embedPass = command === 'build' ? embedPassConfig(mode) : null;
  // The dev server serves every page (and scans them for dependencies to pre-bundle); the build's
  // HTML input is the app's template (the embed pages take their scripts from the embed passes).
  // A page of its own (edit.html) is one line here; scripts/build/pages.ts says how a page that
  // carries a graph gets it.
  const pages: Record<string, string> = {
    main: resolve(import.meta.dirname, 'index.html'),
    // The editor: the reader's app and the embed load none of its code.
    edit: resolve(import.meta.dirname, 'edit.html'),
  };
  if (command === 'serve') {
    pages.embed = resolve(import.meta.dirname, 'embed.html');
    pages['embed-ar'] = resolve(import.meta.dirname, 'embed-ar.html');
  }
  return {
    // An embed pass's resolve, worker and define (its plugins and build are merged below).
    ...embedPass,
    base: './',
    plugins: [
      react(),
      graphModules(),
      ...(embedPass ? (embedPass.plugins ?? []) : [faultlinesPages()]),
    ],
    server: { port: 5173 },
    // What the header files ask of a host (src/publish/csp.ts); the pages carry the policy too.
    preview: {
      port: Number(process.env.FL_PORT ?? 4173),
      cors: true,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CSP },
    },
    build: {
      target: 'es2022',
      ...(embedPass?.build ?? { rollupOptions: { input: pages } }),
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
      // The loader's fast path checked against zod inside every test (src/model/setup-differential.ts).
      setupFiles: ['src/model/setup-differential.ts'],
    },
  };
});
