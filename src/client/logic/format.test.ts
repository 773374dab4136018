import { describe, expect, it } from 'vitest';
import { datasetTitle, formatBytes, formatDate, formatYears } from './format';

describe('format', () => {
  it('compresses year runs', () => {
    expect(formatYears([2020, 2018, 2019, 2025, 2019])).toBe('2018–2020, 2025');
    expect(formatYears([2018])).toBe('2018');
    expect(formatYears([])).toBe('undated');
  });
  it('formats partial dates', () => {
    expect(formatDate('2018-05')).toBe('May 2018');
    expect(formatDate('2018-11-27')).toBe('27 Nov 2018');
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate(null)).toBe('undated');
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('names the dataset by its title, else by the file it came from', () => {
    expect(datasetTitle('Telecom partnerships', 'graph.json')).toBe('Telecom partnerships');
    expect(datasetTitle('  ', 'data/africa.json')).toBe('africa');
    expect(datasetTitle(undefined, 'graph.json')).toBe('graph');
  });
});
