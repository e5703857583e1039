#!/usr/bin/env node
// The `claimdesk` command. The CLI is TypeScript bundled by `npm run build` (run on `npm install`).
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'cli', 'claimdesk.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write(
    'claimdesk: the command line is not built yet; run `npm run build` in ' + path.dirname(__dirname) + '\n',
  );
  process.exit(70);
}
require(built);
