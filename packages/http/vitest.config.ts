import { defineConfig } from 'vitest/config';
import { universalProjects } from '../../vitest.shared.js';

export default defineConfig({ test: { projects: universalProjects() } });
