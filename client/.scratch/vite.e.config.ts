import { defineConfig } from 'vite';
export default defineConfig({ logLevel: 'silent', build: { outDir: 'out-e', lib: { entry: 'e.ts', formats: ['es'], fileName: 'e' }, minify: true } });
