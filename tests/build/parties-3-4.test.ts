import { describe, expect, test } from 'vitest';
import { builtPage, textOf } from '../helpers/site';

const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/;
const ENGAGEMENTS = ['1-1', '1-2', '2-1', '2-2', '2-3', '2-4', '3-1', '3-2', '3-3', '3-4', '3-5', '4-1', '4-2', 'p1-1', 'p1-2', 'p1-3', 'p1-4'];
const FICHES = [
	...Array.from({ length: 10 }, (_, i) => `s1-${i + 1}`),
	...Array.from({ length: 5 }, (_, i) => `s2-${i + 1}`),
	...Array.from({ length: 9 }, (_, i) => `s3-${i + 1}`),
	...Array.from({ length: 6 }, (_, i) => `s4-${i + 1}`),
];

describe('Parties 3 and 4 on the built site', () => {
	test('13 + 4 engagement pages, each titled with its id', () => {
		expect(ENGAGEMENTS).toHaveLength(17);
		for (const slug of ENGAGEMENTS) {
			const id = slug.toUpperCase().replace('-', '.');
			expect(textOf(builtPage(`/engagements/${slug}/`), h1)).toMatch(new RegExp(`^Engagement ${id.replace('.', '\\.')} : .+`));
		}
	});

	test('30 sectoral sheet pages, each with its plan d’actions table', () => {
		expect(FICHES).toHaveLength(30);
		for (const slug of FICHES) {
			const html = builtPage(`/fiches/${slug}/`);
			expect(textOf(html, h1)).toMatch(new RegExp(`^Fiche ${slug.toUpperCase().replace('-', '\\.')} : .+`));
			expect(html).toMatch(/<th scope="col">Résultats attendus<\/th>/);
		}
	});

	test('the 4 SRFSS engagements and their index', () => {
		for (const n of [1, 2, 3, 4]) expect(textOf(builtPage(`/srfss/${n}/`), h1)).toMatch(new RegExp(`^Engagement SRFSS ${n} : .+`));
		const index = builtPage('/srfss/');
		for (const n of [1, 2, 3, 4]) expect(index).toContain(`href="/srfss/${n}/"`);
	});

	test('S1.1 shows its pilot, its sector and the rows of its plan d’actions', () => {
		const html = builtPage('/fiches/s1-1/');
		expect(html).toContain('Campus des Métiers et des Qualifications d&#39;Excellence Métallurgie et Plasturgie'.replace('&#39;', "'"));
		expect(html).toContain('href="/secteurs/metallurgie-plasturgie/"');
		expect(html).toMatch(/<td data-label="Actions"><span class="item-ref"><a class="item-id" href="#a5"[^>]*>A5<\/a>[\s\S]*?<\/span><p>Structurer l'offre de service<\/p>/);
		const plan = /<div class="plan-actions">[\s\S]*?<\/table>/.exec(html)![0];
		expect(plan.match(/<tr\b/g)!.length).toBe(6); // header + 5 rows
	});

	test('the CAPEB page lists the sheets it pilots and those it partners', () => {
		const html = builtPage('/organisations/capeb/');
		const piloted = /<h2 id="pilotees">[\s\S]*?<\/section>/.exec(html)![0];
		for (const id of ['s1-2', 's1-3', 's1-4', 's1-8', 's3-1', 's3-2', 's3-8']) expect(piloted).toContain(`href="/fiches/${id}/"`);
		expect(html).toMatch(/<h2 id="partenaires">/);
	});

	test('each ambition page lists its engagements and its sheets as the summary table, rows linked', () => {
		const html = builtPage('/ambitions/2/');
		for (const slug of ['2-1', '2-2', '2-3', '2-4']) expect(html).toContain(`href="/engagements/${slug}/"`);
		const table = /<table class="tableau-synthese">[\s\S]*?<\/table>/.exec(html)![0];
		expect(table.match(/<tr>/g)!.length).toBe(6); // header + S2.1…S2.5
		expect(table).toContain('<th scope="col">Synthèse contenu fiche</th>');
		expect(table).toContain('href="/fiches/s2-4/"');
		expect(html).toContain('href="/srfss/3/"');
		expect(html).toContain('href="/propositions/2-1/"');
	});

	test('the proposals page has every workshop under its ambition', () => {
		const html = builtPage('/propositions/');
		expect(html.match(/<article class="atelier"/g)!.length).toBeGreaterThanOrEqual(9);
		expect(html).toContain('(Compiègne)');
	});
});
