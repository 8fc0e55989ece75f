export * from './extract-pdf.js';
export * from './text-pdf.js';
