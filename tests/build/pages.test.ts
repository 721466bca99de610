import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPage, DIST, textOf } from '../helpers/site';

const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/;

describe('the built site', () => {
	test('is in French', () => {
		expect(builtPage('/')).toMatch(/<html[^>]* lang="fr"/);
	});

	test.each([
		[1, "Identifier et répondre aux besoins de qualification ainsi qu'aux besoins en compétences des entreprises et des territoires, en lien avec les mutations économiques, sociétales et environnementales"],
		[2, "Elever le niveau de qualification des publics et favoriser leur insertion, leur inclusion et leur intégration professionnelles, en garantissant un accès à la formation pour tous tout au long de la vie"],
		[3, "Construire et mettre en action une stratégie coordonnée d'orientation, d'information et d'accompagnement pour tous les publics tout au long de la vie"],
		[4, "Encourager et soutenir les innovations et les expérimentations en formation et en orientation pour mieux répondre aux besoins des entreprises, des territoires et aux aspirations des personnes"],
	])('/ambitions/%i/ shows the full title of the ambition', (numero, titre) => {
		const html = builtPage(`/ambitions/${numero}/`);
		expect(textOf(html, h1)).toBe(`Ambition stratégique ${numero} : ${titre}`);
		for (const heading of ['Contexte et constat', 'Ambition partagée', 'Stratégie concertée']) {
			expect(textOf(html, new RegExp(`<h2[^>]*>(${heading})</h2>`))).toBe(heading);
		}
	});

	test('/ambitions/1/ carries the whole ambition text, lists as lists', () => {
		const html = builtPage('/ambitions/1/');
		expect(html).toContain('La finalité de cette concertation est d’alimenter'.replace('’', "'"));
		expect(html).toMatch(/<li>Sur cette base, mettre en œuvre les évolutions nécessaires de l'offre de formation régionale et ses déclinaisons territoriales\.<\/li>/);
	});

	test.each([
		[1, "Observer et mieux connaître l'environnement socio-économique afin d'éclairer la décision"],
		[2, 'Piloter, suivre, mesurer, évaluer'],
	])('/principes/%i/ shows the principle', (numero, titre) => {
		expect(textOf(builtPage(`/principes/${numero}/`), h1)).toBe(`Principe ${numero} : ${titre}`);
	});

	test('principle 1 keeps its footnote, linked both ways', () => {
		const html = builtPage('/principes/1/');
		const call = /<a href="#principe-1-fn-(\w+)" id="principe-1-fnref-\1"/.exec(html);
		expect(call).not.toBeNull();
		expect(html).toContain(`id="principe-1-fn-${call![1]}"`);
		expect(html).toContain('Le CPRDFOP intégrant le champ des formations sanitaires et sociales');
	});

	test('the home page links the four ambitions and the two principles', () => {
		const html = builtPage('/');
		for (const path of ['/ambitions/1/', '/ambitions/2/', '/ambitions/3/', '/ambitions/4/', '/principes/1/', '/principes/2/']) {
			expect(html).toContain(`href="${path}"`);
		}
	});
});

describe('security headers', () => {
	test('the site ships the headers to serve, without restricting scripts beyond each page’s own policy', () => {
		const headers = readFileSync(join(DIST, '_headers'), 'utf8');
		expect(headers).toMatch(/^\/\*\n(  .+\n)+/m);
		expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
		// A header policy with script-src or default-src would block the inline scripts the page's own policy allows by hash.
		expect(/Content-Security-Policy:.*(script-src|default-src)/.test(headers)).toBe(false);
		for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Strict-Transport-Security:']) expect(headers).toContain(h);
	});
});
