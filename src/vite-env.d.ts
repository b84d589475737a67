/// <reference types="vite/client" />

declare module 'virtual:faultlines-graph/*' {
  /** One of the build's graphs, texts inlined and laid out (scripts/build/graph-modules.ts). */
  const value: import('./model/schema.ts').GraphFile;
  export default value;
}
