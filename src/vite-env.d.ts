/// <reference types="vite/client" />

declare module 'virtual:faultlines-graph/*' {
  /** One of the build's graphs, texts inlined and laid out (scripts/build/graph-modules.ts). */
  const value: import('./model/schema.ts').GraphFile;
  export default value;
}

interface ImportMetaEnv {
  /** '1' in builds for the end-to-end tests: installs window.__faultlines (graph/test-hook.ts). */
  readonly VITE_FL_TEST_HOOK?: string;
}
