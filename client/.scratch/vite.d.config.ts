import { defineConfig } from 'vite';
export default defineConfig({ logLevel: 'silent', build: { outDir: 'out-d', lib: { entry: 'd.ts', formats: ['es'], fileName: 'd' }, minify: true } });
