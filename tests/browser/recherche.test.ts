import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, openSite } from '../helpers/browser';
import { ROOT } from '../helpers/site';

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => site?.close());

/** Opens the search page at a URL and waits for its results (or its empty status); Playwright's screen is 1280 × 720 px. */
async function search(query: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
	const page = await (await site.browser.newContext({ viewport })).newPage();
	await page.goto(`${site.baseUrl}/recherche/${query}`);
	await page.waitForSelector('#formulaire-recherche[data-pret="oui"]');
	await page.waitForFunction(() => document.querySelector('#statut-recherche')!.textContent !== '');
	return page;
}
const resultUrls = (page: Page) => page.locator('#resultats > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The sheets whose sectors include a key, read from the content files. */
const fichesWithSector = (key: string) =>
	readdirSync(join(ROOT, 'src/content/fiches'))
		.filter((slug) => new RegExp(`^secteurs: \\[[^\\]]*\\b${key}\\b`, 'm').test(readFileSync(join(ROOT, 'src/content/fiches', slug, 'index.mdx'), 'utf8')))
		.map((slug) => `/fiches/${slug}/`)
		.sort();

describe('the search page', () => {
	test('“fabrication additive” finds sheet S1.1 first', async () => {
		const page = await search('?q=fabrication+additive');
		expect((await resultUrls(page))[0]).toBe('/fiches/s1-1/');
	});

	test('Secteur = Construction returns exactly the sheets whose sectors include construction', async () => {
		const page = await search('?Secteur=Construction');
		const expected = fichesWithSector('construction');
		expect(expected.length).toBeGreaterThan(3);
		expect((await resultUrls(page)).sort()).toEqual(expected);
		expect(await page.locator('#statut-recherche').textContent()).toBe(`${expected.length} résultats pour Secteur : Construction.`);
	});

	test('Secteur = Immobilier returns S1.6, which names Immobilier in its signed « Secteur(s) concerné(s) », and S4.3', async () => {
		const page = await search('?Secteur=Immobilier');
		expect((await resultUrls(page)).sort()).toEqual(['/fiches/s1-6/', '/fiches/s4-3/']);
		expect(fichesWithSector('immobilier')).toEqual(['/fiches/s1-6/', '/fiches/s4-3/']);
	});

	test('Pilote = AGEFIPH returns S2.4 and S2.5', async () => {
		const page = await search('?Pilote=AGEFIPH');
		expect((await resultUrls(page)).sort()).toEqual(['/fiches/s2-4/', '/fiches/s2-5/']);
	});

	test('Public = Personnes en situation de handicap, among sheets, returns S2.4 and S2.5', async () => {
		const page = await search('?Public=Personnes+en+situation+de+handicap&Type=Fiche+sectorielle');
		expect((await resultUrls(page)).sort()).toEqual(['/fiches/s2-4/', '/fiches/s2-5/']);
	});

	test('a shared URL restores the query and the filters, and the results show each entity once', async () => {
		const page = await search('?q=handicap&Type=Fiche+sectorielle&Ambition=Ambition+2');
		expect(await page.locator('#q').inputValue()).toBe('handicap');
		expect(await page.getByRole('checkbox', { name: /^Fiche sectorielle/ }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: /^Ambition 2/ }).isChecked()).toBe(true);
		const urls = await resultUrls(page);
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.every((u) => /^\/fiches\/s2-\d+\/$/.test(u))).toBe(true);
		expect(new Set(urls).size).toBe(urls.length);
	});

	test('usable with the keyboard alone: type, tick a filter, the URL follows, and the results never blank out', async () => {
		const page = await search('');
		await page.keyboard.press('Tab');
		await page.locator('#q').focus();
		await page.keyboard.type('marque employeur');
		// Enter at once, while the search-as-you-type delay is still pending.
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.search.includes('q=marque'));
		await page.waitForFunction(() => /pour « marque employeur »\.$/.test(document.querySelector('#statut-recherche')!.textContent ?? ''));
		// From now on, record every moment the list of results is empty.
		await page.evaluate(() => {
			const list = document.querySelector('#resultats')!;
			const w = window as unknown as { blanks: number };
			w.blanks = 0;
			new MutationObserver(() => {
				if (list.children.length === 0) w.blanks++;
			}).observe(list, { childList: true });
		});
		const box = page.getByRole('checkbox', { name: /^Construction/ });
		await box.focus();
		await page.keyboard.press('Space');
		await page.waitForFunction(() => location.search.includes('Secteur=Construction'));
		await page.waitForFunction(() => /pour « marque employeur », Secteur : Construction/.test(document.querySelector('#statut-recherche')!.textContent ?? ''));
		// Past the typing delay: a late search must not replace or blank what the status announces.
		await page.waitForTimeout(600);
		expect(await resultUrls(page)).toContain('/fiches/s1-4/');
		expect(await page.evaluate(() => (window as unknown as { blanks: number }).blanks)).toBe(0);
		expect(new URL(page.url()).search).toBe('?q=marque+employeur&Secteur=Construction');
	});

	test('at 1280 px, the results come first, in the first screen, with the filters beside them', async () => {
		const page = await search('?q=apprentissage&Type=Fiche+sectorielle&Type=Engagement');
		const first = page.locator('#resultats > li h2 a').first();
		expect((await first.boundingBox())!.y + (await first.boundingBox())!.height).toBeLessThanOrEqual(720);
		// The list precedes the filters in the document, so in reading order too.
		expect(await page.evaluate(() => Boolean(document.querySelector('#resultats')!.compareDocumentPosition(document.querySelector('#facettes')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
		const results = (await page.locator('#resultats').boundingBox())!;
		const filters = (await page.locator('#filtres').boundingBox())!;
		expect(filters.x).toBeGreaterThanOrEqual(results.x + results.width);
		expect(filters.y).toBeLessThan(720);
		expect(await page.locator('#filtres summary').textContent()).toBe('Filtres (2 actifs)');
		expect(await page.getByRole('checkbox', { name: /^Engagement \(/ }).isVisible()).toBe(true);
		// Keyboard order: from the field, the button, then the first result, before any filter.
		await page.locator('#q').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await first.getAttribute('href'));
	});

	test('at 375 px, the filters are folded after the results, the first result is in the first screen, and a link unfolds the filters', async () => {
		const page = await search('?q=apprentissage&Type=Fiche+sectorielle&Type=Engagement', { width: 375, height: 667 });
		const first = page.locator('#resultats > li h2 a').first();
		expect((await first.boundingBox())!.y + (await first.boundingBox())!.height).toBeLessThanOrEqual(667);
		expect(await page.locator('#filtres').getAttribute('open')).toBeNull();
		expect(await page.getByRole('checkbox', { name: /^Engagement \(/ }).isVisible()).toBe(false);
		expect(await page.locator('#filtres summary').textContent()).toBe('Filtres (2 actifs)');
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Aller aux filtres' }).click();
		expect(await page.getByRole('checkbox', { name: /^Engagement \(/ }).isVisible()).toBe(true);
	});

	test('passes axe with results shown', async () => {
		const page = await search('?q=apprentissage');
		expect(await page.locator('#resultats > li').count()).toBeGreaterThan(0);
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});
