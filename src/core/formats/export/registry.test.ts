import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { exportFormatIds, exporters, getExporter } from './registry.js';

describe('export registry', () => {
  it('holds RIS, BibTeX, CSV and CSL-JSON, each once', () => {
    expect(exportFormatIds()).toEqual(['ris', 'bibtex', 'csv', 'csl-json']);
    expect(new Set(exporters.map((e) => e.extension)).size).toBe(exporters.length);
  });

  it('finds an exporter by id', () => {
    expect(getExporter('bibtex').extension).toBe('bib');
    expect(getExporter('csl-json').mediaType).toMatch(/json/);
  });

  it('throws EXPORT_FORMAT_UNKNOWN listing the available ids', () => {
    expect(() => getExporter('docx')).toThrow(AppError);
    try {
      getExporter('docx');
    } catch (e) {
      expect(e).toMatchObject({ code: 'EXPORT_FORMAT_UNKNOWN', details: { format: 'docx', available: ['ris', 'bibtex', 'csv', 'csl-json'] } });
      expect((e as Error).message).toContain('ris, bibtex, csv, csl-json');
    }
  });
});
