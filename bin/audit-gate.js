#!/usr/bin/env node
// The command-line entry: the same bundle as the action, told to read argv instead of INPUT_*.
process.env.AUDIT_GATE_CLI = '1';
await import('../dist/index.js');
