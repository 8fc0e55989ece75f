export * from './selectors.js';
export * from './describe.js';
export * from './edit-distance.js';
export * from './match-quote.js';
export * from './anchor.js';
