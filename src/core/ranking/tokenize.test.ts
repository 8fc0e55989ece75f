import { describe, expect, it } from 'vitest';
import { lightStem, normaliseText, tokenize } from './tokenize.js';

describe('normaliseText', () => {
  it('drops markup, decodes entities, folds case and diacritics', () => {
    expect(normaliseText('<h3>Objective:</h3> Über &amp; Façade &#233;t&#xE9; &unknown;')).toBe(
      ' objective:  uber & facade ete &unknown;',
    );
    expect(normaliseText('Fracture&lt;SUBTITLE&gt;The WHI')).toBe('fracture the whi');
    expect(normaliseText('p < 0.05 and q > 0.1')).toBe('p < 0.05 and q > 0.1');
  });
});

describe('lightStem', () => {
  it('folds plurals only', () => {
    expect(['trials', 'studies', 'analyses', 'status', 'class', 'was', 'doses'].map(lightStem)).toEqual([
      'trial',
      'study',
      'analyse',
      'status',
      'class',
      'was',
      'dose',
    ]);
  });
});

describe('tokenize', () => {
  it('keeps content words of two or more characters, without stop words and numbers', () => {
    expect(tokenize('The effects of ACE-inhibitors in 2003: a randomised trial of 120 patients')).toEqual([
      'effect',
      'ace',
      'inhibitor',
      'randomised',
      'trial',
      'patient',
    ]);
  });

  it('can keep everything', () => {
    expect(tokenize('The 2 trials', { stopwords: false, stem: 'none', dropNumbers: false })).toEqual(['the', 'trials']);
    expect(tokenize('The 20 trials', { stopwords: false, stem: 'none', dropNumbers: false })).toEqual(['the', '20', 'trials']);
  });
});
