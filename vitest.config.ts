import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // V8 reads the patterns as the command line has it read them (src/run/v8-flags.ts): each is
    // compiled to machine code at its first match. With V8's default tier-up, a linear-time guard
    // timed a pattern that the worker's earlier tests had left in the bytecode interpreter, several
    // times slower than any run of the command.
    execArgv: ['--no-regexp-tier-up'],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
