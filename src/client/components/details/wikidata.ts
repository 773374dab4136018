/**
 * The Wikidata page of a node's item. The schema already checks the id; checking again
 * here keeps the link a fixed https address whatever a graph file holds.
 */
const ITEM_ID = /^Q\d+$/;

export function wikidataHref(id: string | undefined): string | null {
  if (id === undefined || !ITEM_ID.test(id)) return null;
  return `https://www.wikidata.org/wiki/${id}`;
}
