import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatCoverage, measureSite } from '../../src/lib/content/fidelity';
import { DIST, ROOT } from '../helpers/site';

const parties = await measureSite(DIST, readFileSync(join(ROOT, 'sources', 'cprdfop-hauts-de-france-2022-2028.txt'), 'utf8'));
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
