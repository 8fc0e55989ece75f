export * from './levels.js';
export * from './finding.js';
export * from './assessment.js';
export * from './contributing.js';
export * from './component-inputs.js';
export * from './soqf.js';
export * from './evidence-profile.js';
