import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
	fillBilan,
	gzipSize,
	pageAssets,
	pageWeight,
	plainStarlightPage,
	reviseObjectives,
	sheetStaticCheck,
	staticImports,
	syntheticEngagement,
	syntheticEngagementIds,
	syntheticSheet,
	syntheticSheetIds,
	table,
} from '../../bench/lib';
import { engagementSchema } from '../../src/schemas/engagement';
import { ficheSchema } from '../../src/schemas/fiche';
import { bilanTemplate } from '../../src/lib/follow-up/scaffold';
import { checkEdited } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

const CONTENT = join(ROOT, 'src', 'content');
const living = (collection: string) =>
	readdirSync(join(CONTENT, collection)).map((slug) => readFileSync(join(CONTENT, collection, slug, 'index.mdx'), 'utf8'));
const frontmatter = (text: string) => yaml.load(text.split(/^---$/m)[1]!) as Record<string, unknown>;
const SHEETS = new Map(living('fiches').map((text) => [String(frontmatter(text).id), text]));
const ENGAGEMENTS = new Map(living('engagements').map((text) => [String(frontmatter(text).id), text]));

describe('synthetic content of the ×10 benchmark', () => {
	test('a synthetic bilan, written as npm run bilan writes it then filled in, passes the check', () => {
		const sheet = frontmatter(SHEETS.get('S1.4')!);
		const text = fillBilan(bilanTemplate('fiches', 's1-4', sheet, { id: 'S1.4', year: 2024, le: '2025-01-31', par: ['capeb'] }, 2023), 3);
		expect(text).not.toContain('a-renseigner');
		expect(checkEdited({ 'bilans/2024/s1-4.mdx': text }, ROOT).issues).toEqual([]);
	});

	const ids = syntheticSheetIds([...SHEETS.keys()], 9);

	test('nine new sheet ids per real sheet, all valid and distinct, none taken', () => {
		expect(ids).toHaveLength(9 * SHEETS.size);
		const all = [...SHEETS.keys(), ...ids.map((s) => s.id)];
		expect(new Set(all).size).toBe(all.length);
		for (const { id } of ids) expect(id).toMatch(/^S[1-4]\.[1-9][0-9]?$/);
	});

	test('every synthetic sheet passes the sheet schema, with its new id and a title of its own', () => {
		const titles = new Set([...SHEETS.values()].map((t) => frontmatter(t).titre));
		for (const { model, id } of ids) {
			const data = frontmatter(syntheticSheet(SHEETS.get(model)!, id));
			const parsed = ficheSchema.safeParse(data);
			expect(parsed.error?.issues, `${id} (copie de ${model})`).toBeUndefined();
			expect(data.id).toBe(id);
			expect(titles.has(data.titre)).toBe(false);
			titles.add(data.titre);
		}
	});

	test('a sheet moved to another ambition gets that ambition (the schema requires it)', () => {
		const moved = syntheticSheetIds(['S1.1'], 100).at(-1)!;
		expect(moved.id).not.toMatch(/^S1\./);
		const data = frontmatter(syntheticSheet(SHEETS.get('S1.1')!, moved.id));
		expect(data.ambitions).toEqual([1, Number(moved.id[1])]);
		expect(ficheSchema.safeParse(data).success).toBe(true);
	});

	test('synthetic engagements take every free id and pass the engagement schema', () => {
		const engagements = syntheticEngagementIds([...ENGAGEMENTS.keys()]);
		expect(engagements.length + ENGAGEMENTS.size).toBe(45);
		for (const { model, id } of engagements) {
			const parsed = engagementSchema.safeParse(frontmatter(syntheticEngagement(ENGAGEMENTS.get(model)!, id)));
			expect(parsed.error?.issues, `${id} (copie de ${model})`).toBeUndefined();
		}
	});

	test('a synthetic revision adds one objective and keeps the sheet valid', () => {
		const before = frontmatter(SHEETS.get('S1.1')!);
		const after = frontmatter(reviseObjectives(SHEETS.get('S1.1')!, 2025));
		expect(ficheSchema.safeParse(after).success).toBe(true);
		expect(after.objectifs_operationnels).toHaveLength((before.objectifs_operationnels as string[]).length + 1);
	});
});

describe('what loading a page transfers', () => {
	const FILES: Record<string, string> = {
		'/_astro/site.css': 'body{color:#123}'.repeat(20),
		'/_astro/print.css': '@media print{a{color:black}}',
		'/_astro/page.js': 'import{t as e}from"./chunk.js";import"./side.js";const p=import("./later.js");e(p);',
		'/_astro/chunk.js': 'export const t=(x)=>x;'.repeat(10),
		'/_astro/side.js': 'import"/_astro/chunk.js";console.log(1)',
		'/_astro/later.js': 'console.log("chargé à la demande")'.repeat(50),
		'/_astro/inline-dep.js': 'export default 42;',
	};
	const HTML = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print">
<link rel="icon" href="/favicon.svg">
<script>window.x = 1;</script>
<script type="module" src="/_astro/page.js"></script>
<script type="module">import v from "/_astro/inline-dep.js"; console.log(v)</script>
<script type="application/ld+json">{"@type":"WebPage"}</script>
</head><body><main><p>Bonjour</p></main></body></html>`;
	const read = (url: string) => (FILES[url] === undefined ? undefined : Buffer.from(FILES[url]));

	test('static imports are followed, dynamic ones are not', () => {
		expect(staticImports(FILES['/_astro/page.js']!)).toEqual(['./chunk.js', './side.js']);
		expect(staticImports('export*from"./a.js";export{b as c}from"./b.js";x.import("./no.js")')).toEqual(['./a.js', './b.js']);
	});

	test('stylesheets, scripts and inline scripts of a page', () => {
		const assets = pageAssets(HTML);
		expect(assets.stylesheets).toEqual(['/_astro/site.css', '/_astro/print.css']);
		expect(assets.scripts).toEqual(['/_astro/page.js']);
		expect(assets.inlineScripts).toHaveLength(2); // JSON-LD is data, not a script
		expect(assets.inlineImports).toEqual(['/_astro/inline-dep.js']);
	});

	test('gzip sizes are summed per kind, each file once', () => {
		const w = pageWeight(HTML, read);
		expect(w.cssFiles).toEqual(['/_astro/site.css', '/_astro/print.css']);
		expect(w.jsFiles.sort()).toEqual(['/_astro/chunk.js', '/_astro/inline-dep.js', '/_astro/page.js', '/_astro/side.js']);
		const gz = (urls: string[]) => urls.reduce((n, u) => n + gzipSize(FILES[u]!), 0);
		expect(w.html).toBe(gzipSize(HTML));
		expect(w.css).toBe(gz(w.cssFiles));
		expect(w.js).toBe(gz(w.jsFiles));
		expect(w.jsInline).toBeGreaterThan(0);
	});

	test('a script the page needs but dist/ lacks is an error, not a zero', () => {
		expect(() => pageWeight('<script type="module" src="/_astro/absent.js"></script>', read)).toThrow(/absent\.js/);
	});
});

describe('a sheet page without JavaScript', () => {
	const data = {
		id: 'S1.1',
		titre: 'Une fiche',
		situation_de_depart: 'Premier paragraphe.\n\n- un point de liste',
		plan_actions: [{ action: 'Agir', resultats_attendus: 'Résultat', livrables_indicateurs: '', calendrier: '2025' }],
		pilotes: ['cle-non-affichee'],
		edition: { annee: 2023 },
	};
	const page = (main: string) => `<html><head><script>var s = "ailleurs";</script></head><body><main>${main}</main></body></html>`;
	const TABLE = '<table><thead><tr><th>Actions</th></tr></thead><tbody><tr><td>Agir</td><td>Résultat</td><td></td><td>2025</td></tr></tbody></table>';
	const FULL = `<h1>Fiche S1.1 : Une fiche</h1><p>Premier paragraphe.</p><ul><li>un point de liste</li></ul>${TABLE}`;

	test('every text and the plan d’actions table in the served HTML: OK', () => {
		expect(sheetStaticCheck(page(FULL), data)).toEqual({ ok: true, missing: [] });
	});

	test('a rubric missing, or only in a script or template, is reported', () => {
		expect(sheetStaticCheck(page(FULL.replace('<ul><li>un point de liste</li></ul>', '')), data).missing).toEqual([
			'situation_de_depart : « - un point de liste »',
		]);
		const templated = FULL.replace('<p>Premier paragraphe.</p>', '<template><p>Premier paragraphe.</p></template>');
		expect(sheetStaticCheck(page(templated), data).ok).toBe(false);
	});

	test('a plan d’actions rendered by a script (no table rows) is reported', () => {
		const result = sheetStaticCheck(page(FULL.replace(TABLE, '<table></table><p>Agir Résultat 2025</p><astro-island></astro-island>')), data);
		expect(result.missing).toEqual([
			'plan d’actions : 0 ligne(s) de tableau pour 1 ligne(s) d’actions',
			'un composant attend JavaScript pour s’afficher (astro-island)',
		]);
	});
});

test('tables are aligned Markdown', () => {
	expect(table(['a', 'nombre'], [['xyz', '1']], ['g', 'd'])).toBe('| a   | nombre |\n|-----|-------:|\n| xyz |      1 |');
});

describe('the plain Starlight baseline of the benchmark', () => {
	test('a built page becomes its title and the text of its <main> in Markdown, charts and scripts left out', () => {
		const html = `<html><head><title>x</title></head><body><nav><a href="/">Accueil</a></nav><main><h1 id="t">Fiche S1.1 : <em>titre</em></h1>
			<p>Texte avec *astérisques*, <a href="/x/">un lien</a> et &lt;balise&gt;.</p><h2>Plan d’actions</h2>
			<ul><li>1. premier</li><li>- second</li></ul><table><tr><th>Action</th><td>Faire</td></tr></table>
			<figure><svg><text>12 000</text></svg><figcaption>Apprentis</figcaption></figure><script>alert(1)</script></main></body></html>`;
		const { title, markdown } = plainStarlightPage(html);
		expect(title).toBe('Fiche S1.1 : titre');
		expect(markdown).toBe(
			['Texte avec \\*astérisques\\*, un lien et \\<balise\\>.', '## Plan d’actions', '- 1\\. premier', '- \\- second', 'Action Faire', 'Apprentis'].join('\n\n'),
		);
	});
});
