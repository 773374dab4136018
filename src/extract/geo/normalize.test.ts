import { describe, expect, it } from 'vitest';
import { normKey, PlaceArticles, regionSlug, stripPossessive } from './normalize.js';

describe('normKey', () => {
  it('drops case and accents, unifies apostrophes, turns hyphens into spaces', () => {
    expect(normKey('Genève')).toBe('geneve');
    expect(normKey('Asie-Pacifique')).toBe('asie pacifique');
    expect(normKey('Xi’an')).toBe("xi'an");
    expect(normKey('Straße')).toBe('strasse');
  });

  it('makes region slugs', () => {
    expect(regionSlug('South-Eastern Asia')).toBe('south-eastern-asia');
  });
});

describe('PlaceArticles', () => {
  const articles = new PlaceArticles(['the', 'le', 'la', "l'", 'l’', 'die']);

  it('strips a leading article from a key, whole or elided', () => {
    expect(articles.strip('le maroc')).toBe('maroc');
    expect(articles.strip("l'algerie")).toBe('algerie');
    expect(articles.strip('die schweiz')).toBe('schweiz');
  });

  it('leaves a key without an article, or with nothing after it', () => {
    expect(articles.strip('lagos')).toBeNull();
    expect(articles.strip('lemberg')).toBeNull();
    expect(articles.strip('le ')).toBeNull();
  });

  it('finds the first character after an article in text as written', () => {
    expect(articles.firstAfterArticle('le Maroc')).toBe('M');
    expect(articles.firstAfterArticle('L’Algérie')).toBe('A');
    expect(articles.firstAfterArticle('THE Gambia')).toBe('G');
    expect(articles.firstAfterArticle('lagos')).toBe('l');
  });

  it('matches nothing when there are no articles', () => {
    const none = new PlaceArticles([]);
    expect(none.strip('le maroc')).toBeNull();
    expect(none.firstAfterArticle('le Maroc')).toBe('l');
  });
});

describe('stripPossessive', () => {
  it('drops an English possessive', () => {
    expect(stripPossessive('Nigeria’s')).toBe('Nigeria');
  });
});
