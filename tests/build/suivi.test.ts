/**
 * The follow-up, built: on the real contract (no bilan yet, honest empty states) and on the
 * editions fixture site, where bilans were filed for S1.4 (2024 with `npm run bilan`, 2025 with a
 * correction), engagement 1.1 (2024, 2025) and SRFSS engagement 2 (2024).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { editionsSite, pageOf } from '../helpers/editions-site';
import { builtPage, DIST, textOf } from '../helpers/site';

let root = '';
let page: (path: string) => string = () => '';
beforeAll(() => {
	root = editionsSite();
	page = pageOf(join(root, 'dist'));
});

const text = (html: string) => textOf(html, /^([\s\S]*)$/)!;
const section = (html: string, id: string) => new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
/** The rows of the « Suivi » table of an entity page: [id, status in words, bilan link]. */
const suiviRows = (html: string) =>
	[...section(html, 'suivi').matchAll(/<tr data-id="([\w.]+)" data-etat="([\w-]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1], text(/<td>([\s\S]*?)<\/td>/.exec(m[3]!)![1]!), /href="([^"]*suivi[^"]*)"/.exec(m[3]!)?.[1] ?? '—']);

describe('the signed contract has no bilan: honest empty states', () => {
	test('a sheet page says so in its « Suivi » section', () => {
		expect(text(section(builtPage('/fiches/s1-4/'), 'suivi'))).toMatch(/^Suivi Aucun bilan publié de la fiche S1\.4 : l’état d’avancement de ses actions sera affiché ici/);
	});

	test('the dashboard, a year and the open data say no bilan is published', () => {
		expect(text(/<p class="essentiel">([\s\S]*?)<\/p>/.exec(builtPage('/suivi/'))![1]!)).toBe(
			'L’essentiel à retenir : Aucun bilan annuel n’a encore été publié : les 51 fiches et engagements suivis attendent le premier bilan de leurs pilotes.',
		);
		expect(builtPage('/suivi/2024/')).toContain('Aucun bilan publié pour 2024.');
		expect(JSON.parse(readFileSync(join(DIST, 'donnees', 'bilans.json'), 'utf8'))).toEqual([]);
	});
});

describe('bilans filed on the fixture site', () => {
	test('S1.4’s page gives each action’s latest status in words, its year and a link to the bilan', () => {
		const html = page('/fiches/s1-4/');
		expect(suiviRows(html)).toEqual([
			['A1', '● Réalisée', '/suivi/2025/s1-4/#a1'],
			['A2', '◐ En cours', '/suivi/2025/s1-4/#a2'],
			['A3', '○ Non démarrée', '/suivi/2025/s1-4/#a3'],
		]);
		const suivi = section(html, 'suivi');
		expect(suivi).toContain('<a href="/suivi/2025/s1-4/">2025</a> (corrigé)');
		// Indicator values as a table, and a chart from two years on, with its data table.
		expect(text(/<table class="suivi-indicateurs">([\s\S]*?)<\/table>/.exec(suivi)![1]!)).toContain('A2 — Nombre d’entreprises accompagnées entreprises Hauts-de-France 32 45');
		expect(suivi).toMatch(/<figure class="graphique" id="suivi-graphique-1"[\s\S]*?<svg role="img"/);
		// The page is found by its actions' statuses.
		for (const statut of ['Réalisée', 'En cours', 'Non démarrée']) expect(html).toContain(`data-pagefind-filter="Statut:${statut}"`);
	});

	test('a replaced edition’s own page has no « Suivi »: the follow-up is about the edition in force', () => {
		expect(page('/fiches/s1-4/2023/')).not.toContain('aria-labelledby="suivi"');
	});

	test('the dashboard opens with the sentence to remember, counts by dimension as charts with tables, and who has no bilan', () => {
		const html = page('/suivi/');
		expect(text(/<p class="essentiel">([\s\S]*?)<\/p>/.exec(html)![1]!)).toBe(
			'L’essentiel à retenir : Pour 2025, 2 fiches et engagements ont publié leur bilan sur 51. Sur 259 actions suivies, d’après le dernier bilan de chacune : 2 non démarrées, 6 en cours, 5 réalisées, 1 abandonnée ; 245 actions n’ont encore aucun bilan.',
		);
		for (const dim of ['ambitions', 'secteurs', 'territoires', 'pilotes']) expect(html).toMatch(new RegExp(`<figure class="graphique" id="suivi-${dim}"[\\s\\S]*?<table>`));
		const missing = section(html, 'sans-bilan');
		expect(missing).toContain('Engagement SRFSS 2');
		expect(missing).not.toContain('>Fiche S1.4<');
		// Every followed entity is a row the filters work on.
		expect(html.match(/<tr data-ambition=/g)).toHaveLength(51);
	});

	test('/suivi/2024/ holds the year’s bilans by ambition, ready to print; /suivi/2023/ says it has none', () => {
		const html = page('/suivi/2024/');
		expect([...html.matchAll(/<article class="bilan-annuel" aria-labelledby="bilan-([\w-]+)"/g)].map((m) => m[1])).toEqual(['s1-4', '1-1', '2']);
		expect(html).toContain('<h2 id="ambition-1">Ambition stratégique 1</h2>');
		expect(page('/suivi/2023/')).toContain('Aucun bilan publié pour 2023.');
	});

	test('a corrected bilan shows the correction’s date and reason', () => {
		const html = page('/suivi/2025/s1-4/');
		expect(text(/<aside class="bilan-corrections"[^>]*>([\s\S]*?)<\/aside>/.exec(html)![1]!)).toBe(
			'Bilan corrigé après publication Le 2 mars 2026 : Valeur de l’indicateur des entreprises accompagnées corrigée (45 et non 54).',
		);
		expect(html).toContain('Validé par le comité le 5 février 2026');
		expect(text(section(html, 'nouvelles-actions'))).toBe('Nouvelles actions identifiées Un guide de l’accueil des nouveaux salariés, à partir des retours des tuteurs.');
	});

	test('the history lists every bilan, newest first', () => {
		const rows = [...section(page('/historique/'), 'bilans').matchAll(/<th scope="row"><a href="([^"]+)">/g)].map((m) => m[1]);
		expect(rows).toEqual(['/suivi/2025/s1-4/', '/suivi/2025/1-1/', '/suivi/2024/2/', '/suivi/2024/1-1/', '/suivi/2024/s1-4/']);
	});

	test('the open data publish the bilans as JSON and CSV, one record per entity and year', () => {
		const records = JSON.parse(page('/donnees/bilans.json')) as { identifiant: string; type: string; annee: number }[];
		expect(records.map((r) => [r.annee, r.type, r.identifiant])).toEqual([
			[2024, 'engagements', '1-1'],
			[2024, 'srfss', '2'],
			[2024, 'fiches', 's1-4'],
			[2025, 'engagements', '1-1'],
			[2025, 'fiches', 's1-4'],
		]);
		const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(page('/donnees/bilans.schema.json')));
		expect(validate(records), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const rows = parse(page('/donnees/bilans.csv'), { columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(records.length);
	});

	test('npm run diff summarises the bilans filed for the reviewers', () => {
		const out = execFileSync('npm', ['run', '--silent', 'diff', '--', 'HEAD'], { cwd: root, encoding: 'utf8' });
		expect(out).toContain('## Bilans annuels (5)');
		expect(out).toContain('- Bilan 2024 — Fiche S1.4 : Faciliter le recrutement par la création d\'une marque employeur (`src/content/bilans/2024/s1-4.mdx`) : déposé — 2 actions suivies (1 en cours, 1 réalisée), 1 valeur d’indicateur');
	});
});
