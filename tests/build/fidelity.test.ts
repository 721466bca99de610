import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatCoverage, measureSite, missingSpellings, pageText, siteTexts } from '../../src/lib/content/fidelity';
import { builtPage, DIST, ROOT } from '../helpers/site';

const source = readFileSync(join(ROOT, 'sources', 'cprdfop-hauts-de-france-2022-2028.txt'), 'utf8');
const parties = await measureSite(DIST, source);
console.log(formatCoverage(parties));
const hint = 'voir les lignes les moins couvertes ci-dessus';

describe('fidelity to the signed text', () => {
	test('the whole contract is carried at 99.5 % or more', () => {
		const found = parties.reduce((n, p) => n + p.found, 0);
		const total = parties.reduce((n, p) => n + p.total, 0);
		expect(found / total, hint).toBeGreaterThanOrEqual(0.995);
	});

	test.each([
		{ index: 0, partie: 'Partie 1', seuil: 0.99 },
		{ index: 1, partie: 'Partie 2', seuil: 0.99 },
		{ index: 2, partie: 'Partie 3', seuil: 0.995 },
		{ index: 3, partie: 'Partie 4', seuil: 0.995 },
	])('the built pages carry $partie at $seuil or more', ({ index, seuil }) => {
		expect(parties[index]!.ratio, `${parties[index]!.name} : ${hint}`).toBeGreaterThanOrEqual(seuil);
	});
});

const texts = await siteTexts(DIST);

describe('signed spellings, where the source uses them', () => {
	test('/diagnostic/population/ prints « 188,8 habitants/km² », the exponent not turned into a note call', () => {
		const html = builtPage('/diagnostic/population/');
		const item = /<li>(?:(?!<\/?li>)[\s\S])*188,8 habitants(?:(?!<\/?li>)[\s\S])*<\/li>/.exec(html)?.[0] ?? '';
		expect(pageText(item)).toContain('188,8 habitants/km² (119 habitants/km² en France métropolitaine)');
		expect(item).not.toMatch(/<a\b|<sup\b/);
	});

	test('every unit with its exponent (km², m², m³…) of the source is on the site as signed', () => {
		expect(source).toMatch(/km²/);
		expect(missingSpellings(source, texts, /^[kcdm]?m[²³]$/)).toEqual([]);
	});

	test('every « socio-économique » and « socioéconomique » of the source is on the site as signed, at that place', () => {
		expect(missingSpellings(source, texts, /^socio-?economiques?$/)).toEqual([]);
	});
});
