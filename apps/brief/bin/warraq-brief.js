#!/usr/bin/env node
// Thin launcher: all logic lives in the package so it can be tested and imported (the bundled
// command with its code cache when the build made one: see src/launch.ts).
import { loadMain } from '../dist/launch.js';

process.exitCode = await (await loadMain())(process.argv.slice(2));
