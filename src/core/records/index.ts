export * from './record.js';
export * from './fields.js';
