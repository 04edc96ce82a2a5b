// Builds everything that runs outside vitest: the renderer (Vite) and the Node/Electron entry points (esbuild).
// Output goes to dist/. Pure-JS packages are bundled: loading drizzle-orm as hundreds of separate
// ES modules cost ~300 ms and ~130 MB at start-up. Native and runtime-provided ones stay external.
import { build as esbuild } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const quiet = process.argv.includes('--quiet');
rmSync('dist', { recursive: true, force: true });

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

// mailparser (and its encoders) loads on first .eml only: left out of the bundle, it costs nothing at start-up.
const EXTERNAL = ['better-sqlite3', 'electron', 'playwright-core', 'mailparser'];
// Bundled CommonJS code may call require(); ESM output gets one.
const requireShim = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };
const node = { bundle: true, platform: 'node', target: 'node22', external: EXTERNAL, sourcemap: true, logLevel: 'warning' };
const entries = [
  { entryPoints: ['src-main/cli/main.ts'], outfile: 'dist/cli/main.js', format: 'esm', banner: requireShim },
  { entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', banner: requireShim },
  // Sandboxed preloads must be CommonJS.
  { entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' },
  { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.js', format: 'esm', banner: requireShim },
  { entryPoints: ['bench/open-probe.ts'], outfile: 'dist/bench/open-probe.js', format: 'esm', banner: requireShim },
];
for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await esbuild({ ...node, ...entry });
}
if (!quiet) console.log('built dist/');
