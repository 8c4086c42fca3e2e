#!/usr/bin/env node
// Thin launcher: all logic lives in the package so it can be tested and imported.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
