/**
 * better-sqlite3's compiled addon differs between Node and Electron (different ABIs). Node (tests,
 * CLI) uses the copy in node_modules; the Electron shell sets CLAIMDESK_SQLITE_BINDING to the copy
 * rebuilt for Electron (see scripts/electron-native.mjs), passed through the `nativeBinding` option.
 */
export function nativeBindingOption(): { nativeBinding?: string } {
  const binding = process.env.CLAIMDESK_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}
