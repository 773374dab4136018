import { describe, expect, it } from 'vitest';
import { headerDate, yearsIn } from './dates.js';

describe('yearsIn', () => {
  it('reads bare years and years inside full dates, in several languages', () => {
    expect(yearsIn('The plant opened in the second half of 2019.', 'en')).toEqual([2019]);
    expect(yearsIn('Signé le 12 mai 2022 à Dakar, pour livraison en 2024.', 'fr')).toEqual([
      2022, 2024,
    ]);
    expect(yearsIn('Stuttgart, 12. Mai 2022 – die Firma', 'de')).toEqual([2022]);
  });

  it('ignores numbers that only look like years', () => {
    expect(yearsIn('Revenue rose to 2,019 million and 2019.5 units.', 'en')).toEqual([]);
    expect(yearsIn('A 400 MW project with 13.6 million readers.', 'en')).toEqual([]);
  });
});

describe('headerDate', () => {
  it('finds a dateline date near the top', () => {
    expect(headerDate('LAGOS / ACCRA, Nov. 28, 2025 — Two banks agreed', 'en')).toBe('2025-11-28');
    expect(headerDate('Acme signs deal\n\nMarch 4, 2021\n\nOSLO — text', 'en')).toBe('2021-03-04');
    expect(headerDate('Santiago, 3 de febrero de 2023 — Banco', 'es')).toBe('2023-02-03');
  });

  it('returns null when the top gives no full date', () => {
    expect(headerDate('Acme opened offices in 2019 and grew.', 'en')).toBeNull();
  });
});
