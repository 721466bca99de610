import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import type { Fiche } from '../../src/schemas/fiche';
import { accessibilityViolations, openSite } from '../helpers/browser';
import { ROOT } from '../helpers/site';

let site: Awaited<ReturnType<typeof openSite>>;
let pdf: { pages: number; bytes: number; text: string };

/** Text with its spaces folded, as a PDF's text comes out of its lines and cells. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
	site = await openSite();
	const page = await (await site.browser.newContext()).newPage();
	await page.goto(`${site.baseUrl}/imprimer/`);
	const bytes = await page.pdf({ format: 'A4' });
	const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
	pdf = { pages: totalPages, bytes: bytes.length, text: fold(text) };
	console.log(`/imprimer/ en PDF A4 : ${pdf.pages} pages, ${(pdf.bytes / 1e6).toFixed(1)} Mo`);
});
afterAll(async () => site?.close());

describe('the contract printed from /imprimer/ in Chromium', () => {
	test('makes a PDF of plausible length: the whole contract, a sheet or an engagement a page or more', () => {
		// Measured: 223 A4 pages with Liberation Sans (Debian's Chromium brings fonts-liberation), 197
		// with DejaVu Sans, the only fonts of a fresh machine. Far fewer would mean parts missing; far
		// more, a layout gone wrong.
		expect(pdf.pages).toBeGreaterThan(170);
		expect(pdf.pages).toBeLessThan(260);
	});

	test('carries the last sheet’s plan d’actions to its last action, and the link addresses of its sheets', () => {
		const s46 = readContentTree(ROOT).editions.find((e) => e.collection === 'fiches' && e.folder === 's4-6' && e.stem === 'index')!.data as Fiche;
		const last = s46.plan_actions.at(-1)!;
		expect('action' in last).toBe(true);
		expect(pdf.text).toContain('Plan d’actions de la fiche S4.6');
		expect(pdf.text).toContain(fold((last as { action: string }).action));
		expect(pdf.text).toContain('fiche S4.6 en ligne (https://cprdfop.hautsdefrance.example/fiches/s4-6/)');
		// The cover and the table of contents come first, then Partie 1.
		expect(pdf.text.indexOf('Version en vigueur')).toBeLessThan(pdf.text.indexOf('Sommaire'));
	});

	test('in print, the Starlight header, sidebars, table of contents and footer are not displayed; plans d’actions stay tables', async () => {
		const page = await (await site.browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
		await page.goto(`${site.baseUrl}/imprimer/`);
		await page.emulateMedia({ media: 'print' });
		const display = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
		for (const chrome of ['.page > header', 'nav.sidebar', '.right-sidebar-container', '.sl-container > footer', '.imprimer-consigne']) {
			expect(await display(chrome), chrome).toBe('none');
		}
		expect(await display('main')).not.toBe('none');
		// Even as narrow as a phone, paper gets the table, not the phone's cards.
		expect(await display('.plan-actions table')).toBe('table');
		await page.emulateMedia({ media: 'screen' });
		expect(await display('.page > header')).not.toBe('none');
		expect(await display('.plan-actions table')).toBe('block');
	});

	test('every page prints without chrome and with the address of its links', async () => {
		const page = await (await site.browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/engagements/1-1/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.page > header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
		const link = page.locator('.panneau a[href="/ambitions/1/"]');
		expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://cprdfop.hautsdefrance.example/ambitions/1/)"');
		expect(await page.locator('.bandeau-edition').isVisible()).toBe(true);
	});

	// The whole contract on one page takes axe some 40 s on two cores.
	test('/imprimer/ passes axe (WCAG 2.1 AA + RGAA) with zero violations', { timeout: 180_000 }, async () => {
		const page = await (await site.browser.newContext()).newPage();
		await page.goto(`${site.baseUrl}/imprimer/`);
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});
