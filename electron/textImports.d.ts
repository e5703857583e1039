/**
 * Text files imported as strings. The esbuild bundles load `.txt` with the text loader (see
 * scripts/build.mjs); the `?raw` suffix is what Vite/vitest need for the same, and esbuild
 * ignores it when resolving, so `import x from './file.txt?raw'` works in both.
 */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}

declare module '*.txt' {
  const text: string;
  export default text;
}
