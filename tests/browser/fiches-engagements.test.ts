import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, openSite } from '../helpers/browser';

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => site?.close());

describe('entity pages in Chromium', () => {
	test.each(['/fiches/s1-1/', '/engagements/1-1/', '/srfss/1/', '/srfss/', '/propositions/', '/organisations/capeb/', '/publics/demandeurs-d-emploi/', '/fiches/', '/contrat/introduction/', '/diagnostic/formations-du-srfss/', '/diagnostic/population/', '/diagnostic/economie-entreprises-emplois/', '/diagnostic/sources/', '/contrat/', '/diagnostic/', '/fiches/s1-4/2023/', '/fiches/s1-4/historique/', '/millesimes/', '/millesimes/2023/', '/historique/', '/propositions/1-1/', '/donnees/'])(
		'%s passes axe (WCAG 2.1 AA + RGAA) with zero violations',
		async (path) => {
			const page = await (await site.browser.newContext()).newPage();
			await page.goto(`${site.baseUrl}${path}`);
			expect(await accessibilityViolations(page)).toEqual([]);
		},
	);

	test('the plan d’actions has column headers and stays readable at 375 px', async () => {
		const page = await (await site.browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
		await page.goto(`${site.baseUrl}/fiches/s1-1/`);
		const table = page.getByRole('table', { name: 'Plan d’actions de la fiche S1.1' });
		expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Actions', 'Résultats attendus', 'Livrables et indicateurs', 'Calendrier']);
		// No horizontal scrolling: the page is no wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		// Each cell shows its column name before its value, as a card.
		const firstCell = table.getByRole('cell').first();
		expect(await firstCell.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Actions"');
		expect((await firstCell.boundingBox())!.width).toBeGreaterThan(250);
		// Safari drops the table semantics of cards made with display: block; the page's script
		// restores them with ARIA roles (the built HTML has none: they are not valid there).
		expect(await firstCell.getAttribute('role')).toBe('cell');
		expect(await table.getAttribute('role')).toBe('table');
		expect(await page.getByRole('cell', { name: /Structurer l'offre de service/ }).isVisible()).toBe(true);
		expect(await accessibilityViolations(page)).toEqual([]);
	});

	test('a diagnostic page with a table and a chart: headers, caption, accessible name, data equivalent', async () => {
		const page = await (await site.browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/diagnostic/formations-du-srfss/`);
		const diplomes = page.getByRole('table', { name: /secteur sanitaire : diplômes et niveaux/ });
		expect(await diplomes.getByRole('columnheader').allTextContents()).toEqual(['Famille de métiers', 'Diplôme', 'Niveau']);
		expect(await page.getByRole('img', { name: 'Diplômes des formations sanitaires et sociales par niveau' }).count()).toBe(1);
		const data = page.getByRole('table', { name: /par niveau — données/ });
		expect(await data.getByRole('row').count()).toBeGreaterThan(4);
		await page.goto(`${site.baseUrl}/diagnostic/economie-entreprises-emplois/`);
		const top10 = page.getByRole('table', { name: /TOP 10 des métiers avec les plus fortes tensions globales/ });
		expect(await top10.getByRole('row').count()).toBe(11); // header + the 10 jobs of the source
		expect(await top10.getByRole('cell', { name: 'Très élevée' }).count()).toBeGreaterThan(9);
	});

	test('a chart has an accessible name and a table of its numbers', async () => {
		const page = await (await site.browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/contrat/introduction/`);
		const chart = page.getByRole('img', { name: /Nouveaux contrats d’apprentissage par an/ });
		expect(await chart.count()).toBe(1);
		const data = page.getByRole('table', { name: /Nouveaux contrats d’apprentissage par an.*données/ });
		expect((await data.getByRole('row').allInnerTexts()).map((row) => row.replace(/[\u202f\u00a0]/g, ' '))).toEqual(['Période\tNouveaux contrats par an', 'Actuellement\t45 000', 'Objectif 2028\t60 000']);
	});
});
