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
    rolldownOptions: {
      output: {
        // Yjs and its protocol libraries in a chunk of their own, loaded only with the notes
        // editor: it keeps the editor chunk under Vite's size warning and stays cached while the
        // editor code changes. A second group for TipTap/ProseMirror built, but failed at run time
        // ("… is not a function": module order across chunks), so TipTap stays with the editor.
        codeSplitting: {
          groups: [
            {
              name: 'notes-yjs',
              test: /[\\/]node_modules[\\/](yjs|y-websocket|y-protocols|lib0)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
