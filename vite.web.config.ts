import { defineConfig } from 'vite';
import { rendererConfig } from './build/renderer-config';

export default defineConfig(rendererConfig);
