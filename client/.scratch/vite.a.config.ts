import { defineConfig } from 'vite';
export default defineConfig({ logLevel: 'silent', build: { outDir: 'out-a', lib: { entry: 'a.ts', formats: ['es'], fileName: 'a' }, minify: true } });
