import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({
  root: '..',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: '.scratch/split',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          const m = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
          if (m) return `pkg-${m[1].replace('/', '_')}`;
          if (id.includes('/shared/src/')) return 'app-shared';
          if (id.includes('/i18n/') && id.endsWith('.json')) return 'app-i18n-' + id.split('/').pop();
          return undefined;
        },
      },
    },
  },
});
