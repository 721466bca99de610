import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import { builtPage, ROOT, textOf } from '../helpers/site';

const html = builtPage('/imprimer/');
const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
const living = readContentTree(ROOT).editions.filter((e) => e.stem === 'index');
const idsOf = (collection: string) => living.filter((e) => e.collection === collection).map((e) => (e.data as { id: string }).id);

/** Contract order of the engagements and sheets: ambition by ambition its engagements then its sheets, then the principle's engagements. */
const contractOrder = (id: string) => {
	const principe = id.startsWith('P');
	const [ambition, rank] = id.replace(/^[PS]/, '').split('.').map(Number) as [number, number];
	return [principe ? 9 : ambition, id.startsWith('S') ? 1 : 0, rank];
};
const compare = (a: string, b: string) => {
	const [x, y] = [contractOrder(a), contractOrder(b)];
	return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

describe('the print page /imprimer/', () => {
	test('holds every engagement and every sectoral sheet as a heading, in contract order', () => {
		const headings = [...main.matchAll(/<h3 id="(?:engagement|fiche)-[^"]+">(?:Engagement|Fiche) ([PS]?\d+\.\d+) :/g)].map((m) => m[1]!);
		const expected = [...idsOf('engagements'), ...idsOf('fiches')].sort(compare);
		expect(expected.length).toBe(47);
		expect(headings).toEqual(expected);
	});

	test('holds every chapter, principle, ambition, SRFSS engagement and workshop, each once', () => {
		const tree = readContentTree(ROOT);
		const count = (collection: string) => living.filter((e) => e.collection === collection).length;
		const chapters = (partie: string) => tree.texts.filter((t) => t.file.startsWith(`src/content/textes/${partie}/`)).length;
		for (const [pattern, expected] of [
			[/<h3 id="contrat-[^"]+">/g, chapters('contrat')],
			[/<h3 id="diagnostic-[^"]+">/g, chapters('diagnostic')],
			[/<h3 id="principe-\d">Principe \d :/g, count('principes')],
			[/<h3 id="ambition-\d">Ambition stratégique \d :/g, count('ambitions')],
			[/<h3 id="srfss-\d">Engagement SRFSS \d :/g, count('srfss')],
			[/<h5 id="propositions-atelier-\d-\d">/g, count('propositions')],
		] as const) {
			expect(expected, String(pattern)).toBeGreaterThan(0);
			expect(main.match(pattern)?.length, String(pattern)).toBe(expected);
		}
	});

	test('has no duplicate id', () => {
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	test('has one h1 and headings that never skip a level', () => {
		const levels = [...main.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
		expect(levels.filter((l) => l === 1)).toHaveLength(1);
		const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l} (titre n° ${i + 1})`] : []));
		expect(skips).toEqual([]);
	});

	test('opens on a cover that states the editions printed, then a linked table of contents', () => {
		expect(main).toContain('<strong>Version en vigueur</strong>');
		expect(main).toContain(
			'Chaque entité dans sa version en vigueur ; ambitions stratégiques, principes, fiches engagements, engagements du SRFSS et propositions inspirantes : version 2022 ; fiches priorités sectorielles : version 2023.',
		);
		const toc = textOf(main, /<nav aria-labelledby="sommaire"[^>]*>([\s\S]*?)<\/nav>/)!;
		expect(toc).toMatch(/^Sommaire Partie 1 — Orientations générales Orientations générales Introduction/);
		expect(main).toContain('<a href="#fiche-s4-6">Fiche S4.6 : ');
	});

	test('prints each sheet whole: metadata, rubrics and its plan d’actions as a table', () => {
		const s46 = /<section aria-labelledby="fiche-s4-6"[\s\S]*?(?=<section aria-labelledby="propositions")/.exec(main)![0];
		for (const id of ['situation-de-depart', 'objectifs-operationnels', 'publics-cibles', 'plan-actions', 'synthese', 'registres']) {
			expect(s46).toContain(`<h4 id="fiche-s4-6-${id}">`);
		}
		expect(s46).toContain('<caption>Plan d’actions de la fiche S4.6</caption>');
		expect(s46).toContain('Version 2023 · <a href="/fiches/s4-6/" data-adresse-permanente>');
	});

	test('links to pages it holds point inside the page; permanent addresses stay', () => {
		expect(main).toContain('<a href="#engagement-1-1"><span class="liens-entites-id">1.1</span>');
		expect(main).toContain('<a href="#fiche-s1-1">S1.1</a>');
		expect(main).toMatch(/<a href="#diagnostic-sources-source-\d+"/);
		expect(main).not.toMatch(/href="\/(fiches|engagements|ambitions|principes|srfss)\/[^"]*"(?! data-adresse-permanente)/);
	});

	test('is left out of the search index (its text is every other page’s), and linked from the sidebar and the home page', () => {
		expect(html).not.toContain('data-pagefind-body');
		expect(builtPage('/fiches/s1-1/')).toMatch(/<a href="\/imprimer\/"[^>]*>\s*<span[^>]*>Imprimer le contrat<\/span>/);
		expect(builtPage('/')).toContain('<a href="/imprimer/">le contrat en vigueur sur une page</a>');
	});
});
