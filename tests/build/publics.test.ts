import { describe, expect, test } from 'vitest';
import { builtPage, textOf } from '../helpers/site';

/** The links to `/<collection>/…/` in the section of a register page that lists one role. */
const listed = (html: string, role: string, collection: string) => {
	const section = new RegExp(`<h2 id="${role}">[\\s\\S]*?</section>`).exec(html)![0];
	return [...section.matchAll(new RegExp(`href="/${collection}/([^/"]+)/"`, 'g'))].map((m) => m[1]);
};

// Read in each sheet's « Publics cibles »: those that name job seekers (« demandeurs d'emploi », « DE »,
// « DEBOE », « demandeurs d'emploi de longue durée »…). Not S1.2 (dirigeants de TPE-PME), S1.4 (chefs
// d'entreprise et salariés), S1.5, S1.9, S3.1, S3.2, S3.5 (« Tous les publics »), S3.9 (collégiennes, lycéennes).
const FICHES_DEMANDEURS = ['s1-1', 's1-3', 's1-6', 's1-7', 's1-8', 's1-10', 's2-1', 's2-2', 's2-3', 's2-4', 's2-5', 's3-3', 's3-4', 's3-6', 's3-7', 's3-8', 's4-1', 's4-2', 's4-3', 's4-4', 's4-5', 's4-6'];

describe('the publics register on the built site', () => {
	test('/publics/demandeurs-d-emploi/ lists exactly the sheets and engagements whose text names job seekers', () => {
		const html = builtPage('/publics/demandeurs-d-emploi/');
		expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('Demandeurs d’emploi');
		expect(listed(html, 'fiches', 'fiches')).toEqual(FICHES_DEMANDEURS);
		expect(html).toContain('<h2 id="fiches">Fiches priorités sectorielles (22)</h2>');
		// 1.2 names them in its objectives (its « Publics cibles » says « Tous Publics »), 2.2 and 2.3 in their « Publics cibles ».
		expect(listed(html, 'engagements', 'engagements')).toEqual(['1-2', '2-2', '2-3']);
		expect(listed(html, 'srfss', 'srfss')).toEqual([]);
		expect(html).toContain('Aucun engagement du SRFSS.');
		// The page says this is a classification, and that the signed text is the reference.
		expect(html).toMatch(/ne fait pas partie du contrat signé/);
	});

	test('/publics/personnes-en-situation-de-handicap/ and /publics/femmes/: the few entities that name them', () => {
		const handicap = builtPage('/publics/personnes-en-situation-de-handicap/');
		expect(listed(handicap, 'fiches', 'fiches')).toEqual(['s2-4', 's2-5']);
		expect(listed(handicap, 'engagements', 'engagements')).toEqual(['2-2', '3-4']);
		const femmes = builtPage('/publics/femmes/');
		expect(listed(femmes, 'fiches', 'fiches')).toEqual(['s3-9', 's4-5']);
	});

	test('SRFSS engagements are listed under the publics their objectives name', () => {
		expect(listed(builtPage('/publics/entreprises/'), 'srfss', 'srfss')).toEqual(['2']);
		expect(listed(builtPage('/publics/acteurs-orientation-emploi-formation/'), 'srfss', 'srfss')).toEqual(['4']);
	});

	test('the register index lists every public with what refers to it, and the sidebar links to it', () => {
		const html = builtPage('/publics/');
		expect(html).toContain('<caption>Registre « Publics » (10 entrées)</caption>');
		expect(html).toMatch(/<a href="\/publics\/demandeurs-d-emploi\/">Demandeurs d’emploi<\/a><\/th>\s*<td>[^<]+<\/td>\s*<td>25<\/td>/);
		expect(builtPage('/fiches/')).toContain('href="/publics/jeunes/"');
		expect(builtPage('/engagements/')).toContain('href="/publics/jeunes/"');
		expect(builtPage('/organisations/')).toContain('href="/publics/"');
	});

	test('a sheet shows its publics tags in its registers panel, labelled as a classification, beside the signed text', () => {
		const html = builtPage('/fiches/s2-4/');
		const panel = /<section aria-labelledby="registres"[\s\S]*?<\/section>/.exec(html)![0];
		const publics = /<dt>Publics \(classement\)<\/dt>[\s\S]*?<\/dd>/.exec(panel)![0];
		expect([...publics.matchAll(/href="\/publics\/([^/"]+)\/"/g)].map((m) => m[1])).toEqual(['demandeurs-d-emploi', 'personnes-en-situation-de-handicap', 'salaries']);
		expect(publics).toContain('il ne fait pas partie du contrat signé');
		expect(publics).toContain('href="#publics-cibles"');
		// The verbatim rubric is unchanged.
		expect(html).toContain('Demandeurs d&#39;emploi bénéficiaires de l&#39;obligation d&#39;emploi (DEBOE)'.replace(/&#39;/g, "'"));
	});

	test('every sheet and engagement page links to at least one public; SRFSS pages too, or say they name none', () => {
		for (const path of ['/fiches/s1-1/', '/fiches/s4-6/', '/engagements/1-1/', '/engagements/p1-4/', '/srfss/2/']) {
			expect(builtPage(path), path).toMatch(/<dt>Publics \(classement\)<\/dt><dd>[\s\S]*?href="\/publics\/[a-z-]+\/"/);
		}
		expect(builtPage('/engagements/3-5/')).toMatch(/<dt>Publics \(classement\)<\/dt><dd><ul class="panneau-liens"><li><a href="\/publics\/tout-public\/">Tout public<\/a><\/li><li><a href="\/publics\/acteurs-orientation-emploi-formation\/">/);
		expect(builtPage('/srfss/1/')).toMatch(/<dt>Publics \(classement\)<\/dt><dd><div class="texte-riche"><p>Aucun : la fiche ne nomme aucun public du registre\.<\/p>/);
	});
});
