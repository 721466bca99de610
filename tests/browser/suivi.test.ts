/**
 * The follow-up in Chromium, on the editions fixture site (bilans filed for S1.4, 1.1 and SRFSS 2):
 * citing an item, filtering the dashboard with the address kept, printing with the bilans.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite } from '../helpers/browser';
import { editionsSite } from '../helpers/editions-site';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite(editionsSite());
});
afterAll(async () => site?.close());

describe('stable identifiers', () => {
	test('« Citer » copies the citation of an action, with its version and permanent address, and says so', async () => {
		const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.baseUrl}/fiches/s1-4/#a2`);
		const button = page.getByRole('button', { name: 'Citer l’action A2' });
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
			'CPRDFOP Hauts-de-France 2022-2028, fiche S1.4, action A2 (version 2025) — https://cprdfop.hautsdefrance.example/fiches/s1-4/2025/#a2',
		);
		expect(await page.getByRole('status').filter({ hasText: 'Citation copiée' }).count()).toBe(1);
		// The permalink is the identifier itself, and the row is the anchor's target.
		expect(await page.getByRole('link', { name: 'A2, lien permanent vers l’action' }).getAttribute('href')).toBe('#a2');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('a2');
		await context.close();
	});
});

describe('the dashboard', () => {
	test('a filter hides the rows that do not match, is kept in the address, and is restored from it', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.baseUrl}/suivi/`);
		const visibleRows = () => page.locator('table.suivi-entites tbody tr:visible th a').allTextContents();
		expect(await visibleRows()).toHaveLength(51);
		const filter = (name: string) => page.locator(`form.filtres-suivi select[name="${name}"]`);
		await filter('statut').selectOption('Abandonnée');
		await page.waitForFunction(() => location.search === '?statut=Abandonn%C3%A9e');
		expect(await visibleRows()).toEqual(['Engagement 1.1']);
		expect(await page.locator('.filtres-suivi-compte').textContent()).toBe('1 sur 51 fiches et engagements correspondent.');
		await page.goto(`${site.baseUrl}/suivi/?secteur=Construction`);
		expect(await filter('secteur').inputValue()).toBe('Construction');
		expect((await visibleRows()).every((t) => t.startsWith('Fiche '))).toBe(true);
		expect(await visibleRows()).toContain('Fiche S1.4');
		await context.close();
	});
});

describe('/imprimer/', () => {
	test('the follow-up of each entity prints only when the reader ticks the option', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.baseUrl}/imprimer/`);
		await page.emulateMedia({ media: 'print' });
		const s14 = page.locator('.suivi-imprime').filter({ hasText: 'État d’avancement de la fiche S1.4' });
		expect(await s14.isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.getByLabel(/^Inclure le suivi de chaque fiche et engagement/).check();
		await page.emulateMedia({ media: 'print' });
		expect(await s14.isVisible()).toBe(true);
		await context.close();
	});
});
