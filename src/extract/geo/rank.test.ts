import { describe, expect, it } from 'vitest';
import type { Region } from './model.js';
import {
  bestRegion,
  type Candidate,
  LEVEL_RANK,
  MAIN_NAME_PRIORITY,
  NEUTRAL_TIER,
  OWN_LANGUAGE_TIER,
} from './rank.js';

const georgia: Region = {
  id: 'region:country:GE',
  name: 'Georgia',
  level: 'country',
  country: 'GE',
};
const georgiaState: Region = {
  id: 'region:state:US-GA',
  name: 'Georgia',
  level: 'state',
  country: 'US',
};

const candidate = (region: Region, extra: Partial<Candidate> = {}): Candidate => ({
  region,
  tier: NEUTRAL_TIER,
  rank: LEVEL_RANK[region.level],
  priority: MAIN_NAME_PRIORITY,
  independent: 0,
  size: 0,
  ...extra,
});

describe('bestRegion', () => {
  it('is null without candidates', () => {
    expect(bestRegion([], { language: 'en' })).toBeNull();
  });

  it('prefers a name of the text language, then the higher level', () => {
    const own = candidate(georgiaState, { tier: OWN_LANGUAGE_TIER });
    expect(bestRegion([candidate(georgia), own], { language: 'en' })).toBe(georgiaState);
    expect(bestRegion([candidate(georgiaState), candidate(georgia)], { language: 'en' })).toBe(
      georgia,
    );
  });

  it('prefers an independent country, then the larger region', () => {
    const territory: Region = { ...georgia, id: 'region:country:XX', country: 'XX' };
    const independent = candidate(georgia, { independent: 1 });
    expect(bestRegion([candidate(territory, { size: 9 }), independent], { language: 'en' })).toBe(
      georgia,
    );
    expect(
      bestRegion([candidate(territory, { size: 1 }), candidate(georgia, { size: 2 })], {
        language: 'en',
      }),
    ).toBe(georgia);
  });

  it("takes the state when the story names the state's country and not the country", () => {
    const both = () => [candidate(georgia), candidate(georgiaState)];
    expect(bestRegion(both(), { language: 'en', countries: new Set(['US']) })).toBe(georgiaState);
    expect(bestRegion(both(), { language: 'en', states: new Set([georgiaState.id]) })).toBe(
      georgiaState,
    );
    expect(bestRegion(both(), { language: 'en', countries: new Set(['US', 'GE']) })).toBe(georgia);
  });
});
