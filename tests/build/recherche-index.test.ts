import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSearchIndex } from '../helpers/search-index';

let index: Awaited<ReturnType<typeof openSearchIndex>>;

beforeAll(async () => {
	index = await openSearchIndex();
});
afterAll(async () => index?.close());

/**
 * Pages that list entities (or register entries) found on their own pages: a year's view, the
 * history, the tables of contents, the lists of sheets and engagements, the home page's cards, the
 * registers. None may turn up for words it only repeats.
 */
const LISTING = /^\/(?:|millesimes\/.*|historique\/|contrat\/|diagnostic\/|fiches\/|engagements\/|srfss\/|propositions\/|(?:organisations|secteurs|territoires|publics)\/.*)$/;

describe('the header search lists each entity once', () => {
	test.each([
		{ query: 'marque employeur', first: ['/fiches/s1-4/', '/fiches/s1-5/'] },
		{ query: 'TP Mobile', first: ['/fiches/s1-8/'] },
		{ query: 'ruptures de parcours', first: ['/engagements/p1-2/'] },
	])('« $query » gives its sheet first, and no page that only lists titles', async ({ query, first }) => {
		const urls = (await index.search(query)).map((r) => r.url);
		// The sheets whose titles carry the words come first, in whatever order their scores give.
		expect(urls.slice(0, first.length).sort()).toEqual(first);
		expect(urls.filter((url) => /^\/millesimes\//.test(url))).toEqual([]);
		expect(urls.filter((url) => LISTING.test(url))).toEqual([]);
		expect(new Set(urls).size).toBe(urls.length);
	});

	test('a register entry is still found by its own name', async () => {
		expect((await index.search('CAPEB'))[0]?.url).toBe('/organisations/capeb/');
		expect((await index.search('Immobilier')).map((r) => r.url)).toContain('/secteurs/immobilier/');
	});
});
