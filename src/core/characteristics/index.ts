export * from './countries.js';
export * from './form.js';
export * from './default-form.js';
export * from './values.js';
export * from './summary.js';
