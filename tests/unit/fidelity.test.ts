import { describe, expect, test } from 'vitest';
import { coverage, isNoise, ngrams, pageText, words } from '../../src/lib/content/fidelity';

describe('fidelity measure', () => {
	test('words ignore case, accents, punctuation, markup and superscripts', () => {
		expect(words('**PUBLICS CIBLES** : Fin 1 ^{er} semestre <p>Élève</p> l’œuvre')).toEqual(['publics', 'cibles', 'fin', '1er', 'semestre', 'eleve', 'l', 'oeuvre']);
	});

	test('extraction noise is not content', () => {
		expect(isNoise('DOCUMENT DE TRAVAIL')).toBe(true);
		expect(isNoise('2023\t2024\t2025\t2026\t2027\t2028')).toBe(true);
		expect(isNoise('------\t------\t------')).toBe(true);
		expect(isNoise('Tous territoires')).toBe(false);
	});

	test('page text is the main content without scripts', () => {
		expect(pageText('<nav>menu</nav><main><h1>Titre</h1><script>var x</script><p>Texte</p></main>').replace(/\s+/g, ' ').trim()).toBe('Titre Texte');
	});

	test('coverage counts each source line’s 5-grams found on the site and names the worst lines', () => {
		const source = 'un deux trois quatre cinq six\nDOCUMENT DE TRAVAIL\nsept huit neuf dix onze douze\n- Tous territoires\n2. Tous publics';
		const site = ngrams('un deux trois quatre cinq six sept huit neuf. Tous territoires');
		const [partie1] = coverage(source, site);
		// Lines 1 and 3 give two 5-grams each, short lines one gram each (list markers ignored); noise is left out.
		expect(partie1).toMatchObject({ total: 6, found: 3 });
		expect(partie1!.worstLines.map((l) => l.line)).toEqual([3, 5]);
	});
});
