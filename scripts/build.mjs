// Builds everything that runs outside vitest: the renderer (Vite) and the Node/Electron entry points (esbuild).
// Output goes to dist/; npm packages stay external and load from node_modules (or the app archive).
import { build as esbuild } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const quiet = process.argv.includes('--quiet');
rmSync('dist', { recursive: true, force: true });

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

const node = { bundle: true, platform: 'node', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'warning' };
const entries = [
  { entryPoints: ['src-main/cli/main.ts'], outfile: 'dist/cli/main.js', format: 'esm' },
  { entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', external: ['electron'] },
  // Sandboxed preloads must be CommonJS.
  { entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] },
  { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.js', format: 'esm' },
  { entryPoints: ['bench/open-probe.ts'], outfile: 'dist/bench/open-probe.js', format: 'esm' },
];
for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await esbuild({ ...node, ...entry });
}
if (!quiet) console.log('built dist/');
