#!/usr/bin/env node
// Stable bin shim: present at install time, so pnpm can link it before dist/ is built.
import '../dist/cli.js';
