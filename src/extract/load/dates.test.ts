import { describe, expect, it } from 'vitest';
import { dateFromFirstLines, extractLeadingDate, normalizeDate, parseDateText } from './dates.js';

describe('parseDateText', () => {
  it.each([
    ['November 27, 2018', '2018-11-27'],
    ['Monday, 3 June 2019', '2019-06-03'],
    ['27 novembre 2018', '2018-11-27'],
    ['12. März 2020', '2020-03-12'],
    ['3 de marzo de 2020', '2020-03-03'],
    ['5 de maio de 2021', '2021-05-05'],
    ['7 luglio 2022', '2022-07-07'],
    ['12 maart 2019', '2019-03-12'],
    ['15/06/2021', '2021-06-15'],
    ['2019-04-01', '2019-04-01'],
  ])('reads the whole date %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each([
    ['June 2020', '2020-06'],
    ['juin 2020', '2020-06'],
    ['junio de 2020', '2020-06'],
    ['giugno 2020', '2020-06'],
    ['Sept. 2019', '2019-09'],
  ])('reads a month and year alone, %s, to the month', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each(['Copyright 2021', 'Home News 2020', 'Copyright 2021 Acme Ltd', 'today', 'last week'])(
    'finds no date in %s',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});

describe('publication dates', () => {
  it('normalises metadata dates', () => {
    expect(normalizeDate('2019-03-28T10:00:00Z')).toBe('2019-03-28');
    expect(normalizeDate('March 28, 2019')).toBe('2019-03-28');
    expect(normalizeDate(undefined)).toBeNull();
  });

  it('takes a date line among the first lines, and keeps it', () => {
    expect(dateFromFirstLines('Acme news\n\nMarch 5, 2020\nAcme and Orvalis agreed...')).toBe(
      '2020-03-05',
    );
    expect(dateFromFirstLines('Acme news\nCopyright 2021\nNo date here.')).toBeNull();
  });

  it('removes a leading date line', () => {
    expect(extractLeadingDate('date: 2019-03-28\nAcme grew.')).toEqual({
      date: '2019-03-28',
      text: 'Acme grew.',
    });
  });
});
