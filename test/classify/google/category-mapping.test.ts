import { describe, expect, it } from 'vitest';
import { classificationFromGoogle, mapGooglePath } from '../../../src/classify/google/category-mapping.js';
import { endpointOptions } from '../../../src/classify/google/google-client.js';
import { loadTaxonomy } from '../../../src/classify/taxonomy.js';

const taxonomy = loadTaxonomy();
const mapping = taxonomy.dimensions.topic!.googleMapping;

describe('mapGooglePath', () => {
  it('takes the longest matching prefix', () => {
    expect(mapGooglePath('/Computers & Electronics/Programming/Scripting Languages', mapping)).toBe('programming');
    expect(mapGooglePath('/Computers & Electronics/Software/Business & Productivity Software/Office Suites', mapping)).toBe('productivity');
    expect(mapGooglePath('/Computers & Electronics/Consumer Electronics', mapping)).toBe('technology');
    expect(mapGooglePath('/Computers & Electronics', mapping)).toBe('technology');
  });
  it('matches whole path segments only, and returns undefined when nothing matches', () => {
    expect(mapGooglePath('/Sciences Po', [{ prefix: '/Science', category: 'science' }])).toBeUndefined();
    expect(mapGooglePath('/Arts & Entertainment/Music', mapping)).toBeUndefined();
  });
});

describe('classificationFromGoogle', () => {
  it('uses the most confident label above the floor and maps unmapped paths to the fallback', () => {
    const dims = taxonomy.dimensions;
    expect(classificationFromGoogle([{ name: '/Health', confidence: 0.6 }, { name: '/Finance', confidence: 0.9 }], dims, 0.5).results.topic).toEqual({ category: 'finance', confidence: 0.9 });
    expect(classificationFromGoogle([{ name: '/Arts & Entertainment', confidence: 0.9 }], dims, 0.5).results.topic).toEqual({ category: 'other', confidence: 0 });
    expect(classificationFromGoogle([], dims, 0.5)).toEqual({ results: { topic: { category: 'other', confidence: 0 } }, labels: [] });
  });
});

describe('endpointOptions (GOOGLE_API_ENDPOINT)', () => {
  it('splits a URL into host, port and protocol', () => {
    expect(endpointOptions('https://eu-language.googleapis.com')).toEqual({ apiEndpoint: 'eu-language.googleapis.com', port: 443, protocol: 'https' });
    expect(endpointOptions('http://127.0.0.1:8080')).toEqual({ apiEndpoint: '127.0.0.1', port: 8080, protocol: 'http' });
  });
  it('refuses paths and other schemes by variable name', () => {
    expect(() => endpointOptions('https://host/v2')).toThrow(/GOOGLE_API_ENDPOINT/);
    expect(() => endpointOptions('ftp://host')).toThrow(/GOOGLE_API_ENDPOINT/);
  });
});
