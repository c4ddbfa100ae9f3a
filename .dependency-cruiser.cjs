/* global module */
/**
 * Import rules `npm run lint` checks: no import cycles, and `shared/` (the contract, domain rules
 * and strings both processes use) depends on neither the renderer nor the backend.
 * Cycles that exist today are listed in `.dependency-cruiser-known-violations.json`; a new one fails.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes modules load half-initialised and hides which one owns a piece of logic.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ is read by both processes, so it may not reach into either.',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|out|reports|\\.scratch)/' },
  },
};
