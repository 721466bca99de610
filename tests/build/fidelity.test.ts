import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatCoverage, measureSite } from '../../src/lib/fidelity';
import { DIST, ROOT } from '../helpers/site';

const parties = await measureSite(DIST, readFileSync(join(ROOT, 'sources', 'cprdfop-hauts-de-france-2022-2028.txt'), 'utf8'));
console.log(formatCoverage(parties));

describe('fidelity to the signed text', () => {
	test.each([
		{ index: 2, partie: 'Partie 3' },
		{ index: 3, partie: 'Partie 4' },
	])('the built pages carry $partie at 99.5 % or more', ({ index }) => {
		const partie = parties[index]!;
		expect(partie.ratio, `${partie.name} : voir les lignes les moins couvertes ci-dessus`).toBeGreaterThanOrEqual(0.995);
	});
});
