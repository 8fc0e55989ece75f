export { loadExampleRecords, type LoadExampleOptions, type LoadedExample } from './load-records.js';
export { defaultExampleDir, readExampleData, type ExampleData } from './files.js';
export { createExampleProject, findExampleProject, type CreatedExample } from './create-example.js';
