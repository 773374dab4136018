import { describe, expect, it } from 'vitest';
import { isGluedMenu } from './lines.js';

describe('isGluedMenu', () => {
  it('finds capitalised entries run together', () => {
    expect(isGluedMenu('StartseiteNachrichtenMärkteEnergieTechnik')).toBe(true);
    expect(isGluedMenu('HomeNewsMarkets Energy')).toBe(true);
  });

  it('keeps a German sentence with mixed-case legal forms and acronyms', () => {
    const line =
      'Wien, 21. Oktober 2019 – Orvalis Energie GmbH (OVE) übernimmt im Jahr 2019 Tremon Technologies SpA (TRT) für 12 Millionen Dollar.';
    expect(isGluedMenu(line)).toBe(false);
  });
});
