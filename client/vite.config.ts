import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API server runs separately; in production it serves dist/ itself,
// so the browser always talks to one origin (the server checks Origin on writes).
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
      '/collab': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
