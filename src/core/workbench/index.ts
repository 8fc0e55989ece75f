export * from './docs.js';
export * from './events.js';
export * from './state.js';
export * from './apply.js';
export * from './history.js';
export * from './script.js';
export * from './tables.js';
export * from './find-quote.js';
