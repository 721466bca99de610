/**
 * Quality gates over one page of every type, in Chromium: axe (WCAG 2.1 AA + RGAA) with zero
 * violations, no request to another origin, no Content-Security-Policy violation. The comparison
 * page exists only once an entity is revised: it is taken from the editions fixture site.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, openSite } from '../helpers/browser';
import { editionsSite } from '../helpers/editions-site';

export const PAGE_TYPES: Record<string, string> = {
	accueil: '/',
	contrat: '/contrat/introduction/',
	diagnostic: '/diagnostic/population/',
	ambition: '/ambitions/1/',
	principe: '/principes/2/',
	engagement: '/engagements/p1-1/',
	fiche: '/fiches/s3-7/',
	'édition d’une fiche': '/fiches/s1-4/2023/',
	historique: '/fiches/s1-4/historique/',
	comparaison: '/fiches/s1-4/comparer/2023-2025/',
	millésime: '/millesimes/2025/',
	'historique du contrat': '/historique/',
	recherche: '/recherche/?q=apprentissage&Type=Fiche+sectorielle',
	organisation: '/organisations/capeb/',
	secteur: '/secteurs/construction/',
	territoire: '/territoires/lille/',
	'engagement SRFSS': '/srfss/2/',
	atelier: '/propositions/2-1/',
	accessibilité: '/accessibilite/',
	données: '/donnees/',
	contribuer: '/contribuer/',
	'calendrier des actions': '/suivi/calendrier/',
	'calendrier d’une année': '/suivi/calendrier/2024/',
	'page introuvable': '/cette-page-n-existe-pas/',
};

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
	// The editions fixture site holds every page type, the comparison included.
	site = await openSite(editionsSite());
});
afterAll(async () => site?.close());

async function visit(browser: Browser, url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const requests: string[] = [];
	const cspViolations: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/.test(m.text())) cspViolations.push(m.text());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, requests, cspViolations, context };
}

describe.each(Object.entries(PAGE_TYPES))('%s (%s)', (_, path) => {
	test('passes axe, requests nothing from another origin, breaks no CSP rule', async () => {
		const { page, requests, cspViolations, context } = await visit(site.browser, `${site.baseUrl}${path}`);
		if (path.startsWith('/recherche/')) await page.waitForSelector('#resultats > li');
		expect(await accessibilityViolations(page)).toEqual([]);
		const origin = new URL(site.baseUrl).origin;
		expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'))).toEqual([]);
		expect(cspViolations).toEqual([]);
		await context.close();
	});
});

describe('keyboard paths', () => {
	test('from a replaced edition, the keyboard reaches the newer version, then its history and a comparison', async () => {
		const { page, context } = await visit(site.browser, `${site.baseUrl}/fiches/s1-4/2023/`);
		const focusOn = async (name: string) => {
			for (let i = 0; i < 80; i++) {
				await page.keyboard.press('Tab');
				if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
			}
			throw new Error(`Lien « ${name} » inatteignable au clavier`);
		};
		await focusOn('version 2024');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/fiches\/s1-4\/2024\/$/);
		await focusOn('historique');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/fiches\/s1-4\/historique\/$/);
		await focusOn('avec la version 2024');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/fiches\/s1-4\/comparer\/2024-2025\/$/);
		expect(await page.locator('h1').textContent()).toContain('versions 2024 et 2025 comparées');
		await context.close();
	});
});

describe('the Content-Security-Policy', () => {
	test('every page carries it, without unsafe-inline scripts nor other origins', async () => {
		const { page, context } = await visit(site.browser, `${site.baseUrl}/fiches/s1-1/`);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/default-src 'self'/);
		const scriptSrc = /script-src ([^;]*)/.exec(csp!)![1]!;
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(csp).not.toMatch(/https?:/);
		await context.close();
	});

	test('under it, the header search still finds a sheet', async () => {
		const { page, cspViolations, context } = await visit(site.browser, `${site.baseUrl}/`);
		await page.getByRole('button', { name: 'Rechercher' }).click();
		await page.locator('#starlight__search input').fill('fabrication additive');
		await page.locator('#starlight__search a[href*="/fiches/s1-1/"]').first().waitFor({ timeout: 10_000 });
		expect(cspViolations).toEqual([]);
		await context.close();
	});
});
