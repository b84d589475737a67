/// <reference types="vite/client" />

declare module 'virtual:faultlines-graph/*' {
  /** A graph file with its textFile sources inlined; validated at build time. */
  const value: import('./model/schema.ts').GraphFile;
  export default value;
}
