import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('parenthesised short names', () => {
  it('join the name before them even after the full stop of its legal form', () => {
    const text = [
      'Orvalis Sistemas S.A. (ORS) abre una oficina.',
      'ORS y Tremon Pharma Inc. (TPH) crearon una empresa conjunta en 2014.',
    ].join('\n');
    expect(relate(text, 'es').rel).toEqual(['joint_venture orvalis-sistemas -> tremon-pharma']);
  });
});
