import { describe, expect, test } from 'vitest';
import { coverage, isNoise, missingSpellings, ngrams, pageText, spellingFold, words } from '../../src/lib/content/fidelity';

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
		// An item's identifier and citation button do not split the signed list they sit in.
		const item = (id: string, t: string) => `<li id="${id.toLowerCase()}">${t}<span class="item-ref"><a href="#${id.toLowerCase()}">${id}</a><button class="citer">Citer<span class="sr-only"> l’indicateur ${id}</span></button></span></li>`;
		expect(pageText(`<main><ul>${item('I1', 'Premier')}${item('I2', 'Second')}</ul></main>`).replace(/\s+/g, ' ').trim()).toBe('Premier Second');
	});

	test('coverage counts each source line’s 5-grams found on the site and names the worst lines', () => {
		const source = 'un deux trois quatre cinq six\nDOCUMENT DE TRAVAIL\nsept huit neuf dix onze douze\n- Tous territoires\n2. Tous publics';
		const site = ngrams('un deux trois quatre cinq six sept huit neuf. Tous territoires');
		const [partie1] = coverage(source, site);
		// Lines 1 and 3 give two 5-grams each, short lines one gram each (list markers ignored); noise is left out.
		expect(partie1).toMatchObject({ total: 6, found: 3 });
		expect(partie1!.worstLines.map((l) => l.line)).toEqual([3, 5]);
	});

	test('spelling keeps what words drop: hyphens inside a word and exponents', () => {
		expect(spellingFold('<p>L’environnement SOCIO-ÉCONOMIQUE</p> – 188,8 habitants/km²')).toBe('l environnement socio-economique 188 8 habitants km²');
		expect(spellingFold('habitants/km <a href="#source-2">²</a>')).toBe('habitants km ²');
	});

	test('a spelling the source uses must be on the site at that place, the other spelling does not count', () => {
		const source = 'DOCUMENT DE TRAVAIL\nmieux connaître l’environnement socio-économique afin d’éclairer\nl’environnement socioéconomique afin\n188,8 habitants/km² en 2021';
		const site = ['Mieux connaître l’environnement socioéconomique afin d’éclairer', '188,8 habitants/km <sup><a href="#s2">²</a></sup> en 2021'];
		expect(missingSpellings(source, site, /^socio-?economiques?$/g)).toEqual([{ line: 2, context: 'l environnement socio-economique afin d' }]);
		expect(missingSpellings(source, site, /^[kcdm]?m[²³]$/)).toEqual([{ line: 4, context: '8 habitants km² en 2021' }]);
		expect(missingSpellings(source, [...site, 'l’environnement socio-économique afin d’éclairer', '188,8 habitants/km² en 2021'], /^socio-?economiques?$|^[kcdm]?m[²³]$/)).toEqual([]);
	});
});
