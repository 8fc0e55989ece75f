export * from './context.js';
export * from './actors.js';
export * from './projects.js';
export * from './searches.js';
export * from './imports.js';
export * from './records.js';
export * from './stateless.js';
