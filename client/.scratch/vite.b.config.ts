import { defineConfig } from 'vite';
export default defineConfig({ logLevel: 'silent', build: { outDir: 'out-b', lib: { entry: 'b.ts', formats: ['es'], fileName: 'b' }, minify: true } });
