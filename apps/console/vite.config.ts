import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the emulator at /console (and by `vite` in development at the same path), so asset URLs carry the base.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the shipped bundle: it is small, and maps would only add weight to the emulator's static files.
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false },
});
