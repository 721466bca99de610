/**
 * The editions, built: a copy of the real contract with the fixture's revisions (two or three
 * editions of sheets, engagements and SRFSS engagements), the first one made with the real
 * `npm run revision` command, built once by the global setup and read page by page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { OBJECTIF_AJOUTE } from '../fixtures/editions/revisions';
import { editionsSite, pageOf } from '../helpers/editions-site';
import { openSite } from '../helpers/browser';
import { builtPage, textOf } from '../helpers/site';

let root = '';
let page: (path: string) => string = () => '';

/** The text of the page's main content, without the edition banner. */
const mainText = (html: string) =>
	// The banner, the git date (a freshly frozen file has none yet) and the follow-up (on the stable page only) are not the sheet's content.
	textOf(
		html
			.replace(/<aside class="bandeau-edition[\s\S]*?<\/aside>/, '')
			.replace(/<footer[\s\S]*?<\/footer>/, '')
			.replace(/<section aria-labelledby="suivi"[\s\S]*?<\/section>/, ''),
		/<main[^>]*>([\s\S]*?)<\/main>/,
	)!
		.replace(/Fiche S1\.4[^>]*?\(édition \d{4}\)/, '');
const banner = (html: string) => textOf(html, /<aside class="bandeau-edition[^"]*"[^>]*>([\s\S]*?)<\/aside>/);
/** The rows of a comparison table, as [identifier, status, action cell text]. */
const rowsOf = (html: string) =>
	[...html.matchAll(/<tr data-statut="(\w+)" data-id="([\w.]+)">[\s\S]*?<td data-colonne="action"[^>]*>([\s\S]*?)<\/td>([\s\S]*?)<\/tr>/g)].map((m) => ({
		id: m[2],
		status: m[1],
		action: textOf(m[3]!, /^([\s\S]*)$/),
		changedCells: [...m[0].matchAll(/data-colonne="(\w+)" data-statut="(\w+)"/g)].filter((c) => c[2] !== 'inchange').map((c) => c[1]),
	}));

beforeAll(() => {
	root = editionsSite();
	page = pageOf(join(root, 'dist'));
});

describe('a sheet with three editions', () => {
	test('its stable address shows the newest edition with its banner', () => {
		const html = page('/fiches/s1-4/');
		expect(banner(html)).toBe('En vigueur depuis 2025 — historique (3 versions) Version 2025 adoptée le 20 mars 2025 ; motif : Révision annuelle : tutorat et nouvelle action');
		expect(html).toContain(OBJECTIF_AJOUTE);
		expect(html).toContain('href="/fiches/s1-4/historique/"');
	});

	test('an old edition keeps its address, says it was replaced, and links onwards', () => {
		const html = page('/fiches/s1-4/2023/');
		expect(banner(html)).toMatch(/^Version 2023, remplacée par la version 2024 — lire la version en vigueur \(2025\) ; comparer avec la version 2024 ; historique$/);
		expect(html).toContain('href="/fiches/s1-4/comparer/2023-2024/"');
		expect(html).not.toContain(OBJECTIF_AJOUTE);
		// Search finds each entity once, at its stable address: an edition's own page is not indexed.
		expect(html).not.toContain('data-pagefind-body');
		expect(page('/fiches/s1-4/')).toContain('data-pagefind-body');
	});

	test('the revision made with npm run revision and an edit gives, for the old edition, the page the sheet had', () => {
		const before = mainText(builtPage('/fiches/s1-4/'));
		expect(mainText(page('/fiches/s1-4/2023/'))).toBe(before);
		expect(mainText(page('/fiches/s1-4/2024/'))).toBe(before.replace('01/11/2022', '01/11/2022 au 30/06/2024'));
	});

	test('the history lists the editions newest first with adoption, reason and comparison', () => {
		const html = page('/fiches/s1-4/historique/');
		const rows = [...html.matchAll(/<tr data-annee="(\d+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1], textOf(m[2]!, /^([\s\S]*)$/)]);
		expect(rows).toEqual([
			['2025', 'Version 2025 En vigueur 20 mars 2025 Révision annuelle : tutorat et nouvelle action avec la version 2024'],
			['2024', 'Version 2024 Remplacée en 2025 14 mars 2024 Révision annuelle : calendrier de l’ingénierie analytique décalé avec la version 2023'],
			['2023', 'Version 2023 Remplacée en 2024 Version signée — —'],
		]);
		for (const pair of ['2023-2024', '2023-2025', '2024-2025']) expect(html).toContain(`href="/fiches/s1-4/comparer/${pair}/"`);
	});

	test('the comparison marks exactly what changed: a changed cell, an added objective, an added row', () => {
		const html = page('/fiches/s1-4/comparer/2023-2025/');
		expect(textOf(html, /<h2 id="resume">Résumé<\/h2>\s*<ul>([\s\S]*?)<\/ul>/)).toBe('Objectifs opérationnels : 1 élément ajouté Plan d’actions : 1 ligne ajoutée, 1 ligne modifiée');
		const objectifs = /data-rubrique="objectifs_operationnels"[\s\S]*?<\/section>/.exec(html)![0];
		expect([...objectifs.matchAll(/<li data-statut="(\w+)" data-id="(\w+)">/g)].map((m) => [m[2], m[1]])).toEqual([
			['O1', 'inchange'],
			['O2', 'inchange'],
			['O3', 'inchange'],
			['O4', 'ajoute'],
		]);
		expect(objectifs).toMatch(new RegExp(`<ins><span class="sr-only">\\[ajout : </span>${OBJECTIF_AJOUTE}<span class="sr-only">\\]</span></ins>`));
		expect(rowsOf(html)).toEqual([
			{ id: 'A1', status: 'modifie', action: "Ingénierie analytique intégrant l'approche GPEC", changedCells: ['calendrier'] },
			{ id: 'A2', status: 'inchange', action: expect.stringMatching(/^Mise en place d'un programme/), changedCells: [] },
			{ id: 'A3', status: 'ajoute', action: '[ajout : Formation des tuteurs ]', changedCells: ['action', 'resultats_attendus', 'livrables_indicateurs', 'calendrier'] },
		]);
		const calendrier = /<td data-colonne="calendrier" data-statut="modifie">([\s\S]*?)<\/td>/.exec(html)![1]!;
		expect(calendrier).toContain('<ins><span class="sr-only">[ajout : </span>au 30/06/2024');
		expect(textOf(html, /<p class="precision">Rubriques inchangées : ([\s\S]*?)<\/p>/)).toContain('Situation de départ');
	});
});

describe('other entity types use the same mechanism', () => {
	test('an engagement revised at the revoyure: banner, old edition, reworded objective', () => {
		expect(banner(page('/engagements/1-1/'))).toMatch(/^En vigueur depuis 2025 — historique \(2 versions\)/);
		expect(banner(page('/engagements/1-1/2022/'))).toMatch(/^Version 2022, remplacée par la version 2025/);
		const html = page('/engagements/1-1/comparer/2022-2025/');
		const statuses = [...html.matchAll(/<li data-statut="(\w+)"/g)].map((m) => m[1]);
		expect(statuses.length).toBeGreaterThan(3);
		expect(statuses.map((s, i) => (s === 'inchange' ? '' : `${i}:${s}`)).filter(Boolean)).toEqual(['2:modifie']);
		expect(html).toMatch(/<ins><span class="sr-only">\[ajout : <\/span>[^<]*campus/);
	});

	test('an SRFSS engagement: word-level change in a text rubric', () => {
		const html = page('/srfss/2/comparer/2022-2025/');
		expect(textOf(html, /<h2 id="resume">Résumé<\/h2>\s*<ul>([\s\S]*?)<\/ul>/)).toBe('Contexte/constats : texte modifié');
		expect(html).toMatch(/<ins><span class="sr-only">\[ajout : <\/span>[^<]*usagers/);
	});

	test('an entity never revised has one edition and no comparison', () => {
		expect(banner(page('/fiches/s1-1/'))).toBe('En vigueur depuis 2023 — historique (version signée, seule version)');
		// Git only adds the date of the last commit that touched the file.
		expect(page('/fiches/s1-1/')).toMatch(/Dernière mise à jour : <time datetime="\d{4}-\d{2}-\d{2}T/);
		expect(page('/fiches/s1-1/historique/')).not.toContain('/comparer/');
		expect(banner(page('/propositions/1-1/2022/'))).toMatch(/^Version 2022, en vigueur — adresse permanente/);
	});
});

describe('the contract as in force in a year', () => {
	const versions = (html: string) => Object.fromEntries([...html.matchAll(/data-entite="([^"]+)" data-version="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));

	test('/millesimes/2023/ and /millesimes/2025/ differ exactly where revisions took effect', () => {
		const y2023 = versions(page('/millesimes/2023/'));
		const y2025 = versions(page('/millesimes/2025/'));
		const differ = Object.keys(y2025).filter((k) => y2025[k] !== y2023[k]);
		expect(differ.sort()).toEqual(['engagements/1-1', 'fiches/s1-4', 'srfss/2']);
		expect([y2023['fiches/s1-4'], y2025['fiches/s1-4']]).toEqual([2023, 2025]);
		expect(page('/millesimes/2025/')).toContain('3 révisions ont pris effet en 2025');
	});

	test('/millesimes/2022/ has no sheet yet: they were adopted in 2023', () => {
		const html = page('/millesimes/2022/');
		expect(Object.keys(versions(html)).some((k) => k.startsWith('fiches/'))).toBe(false);
		expect(html).toContain('30 × fiche priorité sectorielle (première version : 2023)');
	});
});

describe('the contract printed from /imprimer/', () => {
	test('holds each entity in its edition in force, and its cover names the revised ones', () => {
		const html = page('/imprimer/');
		expect(html).toContain(
			'Chaque entité dans sa version en vigueur ; ambitions stratégiques, principes et propositions inspirantes : version 2022 ; fiches engagements : version 2022 (engagement 1.1 : version 2025) ; engagements du SRFSS : version 2022 (engagement SRFSS 2 : version 2025) ; fiches priorités sectorielles : version 2023 (fiche S1.4 : version 2025).',
		);
		expect(html).toContain(OBJECTIF_AJOUTE);
		expect(html).toContain('Version 2025 · <a href="/fiches/s1-4/" data-adresse-permanente>');
		expect(html).toContain('Version 2023 · <a href="/fiches/s1-1/" data-adresse-permanente>');
	});
});

describe('the history of the contract', () => {
	test('/historique/ lists every revision, newest first', () => {
		const rows = [...page('/historique/').matchAll(/<tr data-entite="([^"]+)" data-version="(\d+)">/g)].map((m) => `${m[1]} ${m[2]}`);
		expect(rows).toEqual(['engagements/1-1 2025', 'srfss/2 2025', 'fiches/s1-4 2025', 'fiches/s1-4 2024']);
	});

	test('the Atom feed lists the revisions with their comparison links and the bilans filed, newest first', () => {
		const xml = page('/historique.xml');
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
		expect([...xml.matchAll(/<link href="([^"]+)"\/>/g)].map((m) => new URL(m[1]!).pathname)).toEqual([
			'/suivi/2025/s1-4/',
			'/suivi/2025/1-1/',
			'/engagements/1-1/comparer/2022-2025/',
			'/srfss/2/comparer/2022-2025/',
			'/fiches/s1-4/comparer/2024-2025/',
			'/suivi/2024/2/',
			'/suivi/2024/1-1/',
			'/suivi/2024/s1-4/',
			'/fiches/s1-4/comparer/2023-2024/',
		]);
		// The newest event is the correction of S1.4's 2025 bilan.
		expect(xml).toContain('<updated>2026-03-02T00:00:00.000Z</updated>');
		expect(xml).toContain('<title type="html"><![CDATA[Bilan 2025 de la fiche S1.4]]></title>');
		expect(xml).toContain('Plan d’actions : 1 ligne ajoutée');
	});
});

describe('immutability', () => {
	test('a silent edit of a replaced edition fails the check (and so the build and npm test)', () => {
		const frozen = join(root, 'src/content/fiches/s1-4/2023.mdx');
		const text = readFileSync(frozen, 'utf8');
		writeFileSync(frozen, text.replace('"01/11/2022"', '"01/12/2022"'));
		const run = spawnSync('npm', ['run', '--silent', 'check'], { cwd: root, encoding: 'utf8' });
		writeFileSync(frozen, text);
		expect(run.status).toBe(1);
		expect(`${run.stdout}${run.stderr}`).toContain('src/content/fiches/s1-4/2023.mdx');
		expect(`${run.stdout}${run.stderr}`).toContain('une édition publiée a été modifiée : une édition remplacée ne change jamais');
	});
});

describe('npm run diff', () => {
	test('summarises the revisions against a git ref, field by field, with the check’s verdict', () => {
		const out = execFileSync('npm', ['run', '--silent', 'diff', '--', 'HEAD'], { cwd: root, encoding: 'utf8' });
		expect(out).toContain('3 révisions, 0 correction sans nouvelle version, 0 entité ajoutée');
		expect(out).toContain('### Fiche S1.4 : Faciliter le recrutement par la création d\'une marque employeur');
		expect(out).toContain('Nouvelle version **2025** (remplace 2023) — adoptée le 2025-03-20 ; motif : Révision annuelle : tutorat et nouvelle action.');
		expect(out).toContain('figées à côté : `src/content/fiches/s1-4/2023.mdx`, `src/content/fiches/s1-4/2024.mdx`');
		expect(out).toContain(`- **Objectifs opérationnels** : 1 élément ajouté\n  - ajout : O4 « ${OBJECTIF_AJOUTE} »`);
		expect(out).toContain('- **Plan d’actions** : 1 ligne ajoutée, 1 ligne modifiée');
		expect(out).toContain('colonnes modifiées : calendrier');
		expect(out).toContain('- **Contexte/constats** : texte modifié\n  - mots ajoutés : « et des usagers »');
		expect(out).toMatch(/## Vérification\n\n✓ \d+ fichiers de contenu vérifiés, aucun problème\./);
	});

	test('refuses an unknown ref in French', () => {
		const run = spawnSync('npm', ['run', '--silent', 'diff', '--', 'branche-inconnue'], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('✗ Référence git inconnue : « branche-inconnue »');
	});
});

describe('search and replaced editions', () => {
	test('default search finds each entity once; replaced editions come only when asked for', async () => {
		const site = await openSite(root);
		try {
			const page = await (await site.browser.newContext()).newPage();
			const results = async (query: string) => {
				await page.goto(`${site.baseUrl}/recherche/${query}`);
				await page.waitForFunction(() => /résultat/.test(document.querySelector('#statut-recherche')?.textContent ?? ''));
				return page.locator('#resultats > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			};
			const byDefault = await results('?q=marque+employeur+artisanales');
			expect(byDefault).toContain('/fiches/s1-4/');
			expect(byDefault.filter((u) => u.startsWith('/fiches/s1-4/'))).toEqual(['/fiches/s1-4/']);
			expect(await page.getByRole('checkbox', { name: 'Inclure les versions remplacées (4)' }).isChecked()).toBe(false);
			const withVersions = await results('?q=marque+employeur+artisanales&versions=1&Version=remplac%C3%A9e');
			expect(withVersions.sort()).toEqual(['/fiches/s1-4/2023/', '/fiches/s1-4/2024/']);
			expect(await page.getByRole('checkbox', { name: 'Inclure les versions remplacées (4)' }).isChecked()).toBe(true);
		} finally {
			await site.close();
		}
	});
});
