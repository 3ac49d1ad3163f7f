import { defineConfig } from 'vite';
export default defineConfig({ logLevel: 'silent', build: { outDir: 'out-c', lib: { entry: 'c.ts', formats: ['es'], fileName: 'c' }, minify: true } });
