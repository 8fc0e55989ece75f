export * from './checklist.js';
export * from './casp.js';
export * from './jbi.js';
export * from './answers.js';
export * from './consensus.js';
export * from './table.js';
