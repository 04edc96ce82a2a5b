#!/usr/bin/env node
// The `sampark` command: runs the built CLI (npm install builds it; `npm run build` rebuilds it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Sampark needs Node.js 22.12 or newer (24 recommended); this is ${process.version}.`);
  process.exit(1);
}
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('Sampark is not built yet: run `npm run build` in the project folder first.');
  process.exit(1);
}
await import(cli);
