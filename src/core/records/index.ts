export * from './record.js';
export * from './fields.js';
export * from './entities.js';
