import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, openSite } from '../helpers/browser';

let site: Awaited<ReturnType<typeof openSite>>;
let browser: Browser;

beforeAll(async () => {
	site = await openSite();
	browser = site.browser;
});
afterAll(async () => site?.close());

describe('a reader in Chromium', () => {
	test('goes from the home page to ambition 1 and reads it', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toContain('CPRDFOP Hauts-de-France 2022-2028');
		const link = page.getByRole('link', { name: /^Identifier et répondre aux besoins de qualification/ });
		await link.click();
		await page.waitForURL(`${site.baseUrl}/ambitions/1/`);
		expect((await page.locator('h1').textContent())?.trim()).toBe(
			"Ambition stratégique 1 : Identifier et répondre aux besoins de qualification ainsi qu'aux besoins en compétences des entreprises et des territoires, en lien avec les mutations économiques, sociétales et environnementales",
		);
		const strategie = page.getByRole('region', { name: 'Stratégie concertée' });
		expect(await strategie.getByRole('listitem').count()).toBe(4);
		await expect(page.getByText('Le marché de l’emploi est actuellement très dynamique'.replace('’', "'")).isVisible()).resolves.toBe(true);
	});

	test('the header search box finds a sheet (the search button override keeps it working)', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/`);
		const button = page.getByRole('button', { name: 'Rechercher' });
		await button.click();
		await page.locator('#starlight__search input').fill('fabrication additive');
		const result = page.locator('#starlight__search a[href*="/fiches/s1-1/"]').first();
		await result.waitFor({ timeout: 10_000 });
		expect(await result.isVisible()).toBe(true);
	});

	test.each(['/', '/ambitions/1/'])('%s passes axe (WCAG 2.1 AA + RGAA) with zero violations', async (path) => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}${path}`);
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});
