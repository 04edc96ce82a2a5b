import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset URLs so the same build loads from app:// (Electron) and from the loopback server.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Loaded from disk (app:// or loopback), never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
});
