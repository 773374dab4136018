import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './index';

const storeAt = (innerWidth: number) => {
  vi.stubGlobal('window', { innerWidth });
  return createAtlasStore();
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('panels', () => {
  it('opens Filters on a wide window, nothing on a phone', () => {
    expect(storeAt(1440).getState().panels).toEqual({ filters: true, details: false, list: false });
    expect(storeAt(390).getState().panels).toEqual({ filters: false, details: false, list: false });
  });

  it('keeps one side panel open below 1600 px, both above', () => {
    const narrow = storeAt(1440);
    narrow.getState().setPanel('details', true);
    expect(narrow.getState().panels).toEqual({ filters: false, details: true, list: false });
    narrow.getState().setPanel('list', true);
    expect(narrow.getState().panels).toEqual({ filters: false, details: true, list: true });

    const wide = storeAt(1920);
    wide.getState().setPanel('details', true);
    expect(wide.getState().panels).toEqual({ filters: true, details: true, list: false });
  });

  it('keeps one sheet open on a phone', () => {
    const phone = storeAt(390);
    phone.getState().setPanel('filters', true);
    phone.getState().setPanel('list', true);
    expect(phone.getState().panels).toEqual({ filters: false, details: false, list: true });
  });

  it('opens Details when something is selected', () => {
    const store = storeAt(1920);
    store.getState().select({ kind: 'node', id: 'n1' });
    expect(store.getState().panels.details).toBe(true);
  });
});
