import { describe, expect, test } from 'vitest';
import { editionsSummary, inPageLinks, type PrintTarget } from '../../src/lib/views/print';

const targets: PrintTarget[] = [
	{ path: '/fiches/s1-1/', anchor: 'fiche-s1-1', body: true },
	{ path: '/propositions/1-1/', anchor: 'propositions-atelier-1-1', body: false },
];

describe('links on the print page', () => {
	test('a link to a printed page points at its section, a link to one of its sections at the prefixed anchor', () => {
		expect(inPageLinks('<a href="/fiches/s1-1/">S1.1</a>', targets)).toBe('<a href="#fiche-s1-1">S1.1</a>');
		expect(inPageLinks('<a class="x" href="/fiches/s1-1/#plan-actions">plan</a>', targets)).toBe('<a class="x" href="#fiche-s1-1-plan-actions">plan</a>');
	});

	test('pages not printed, sections of pages printed without their ids, and permanent addresses keep their link', () => {
		for (const html of [
			'<a href="/organisations/capeb/">CAPEB</a>',
			'<a href="/propositions/1-1/#propositions">atelier</a>',
			'<a href="/fiches/s1-1/" data-adresse-permanente>fiche S1.1 en ligne</a>',
			'<a href="https://example.org/fiches/s1-1/">ailleurs</a>',
			'<a href="#fiche-s1-1">déjà dans la page</a>',
		]) {
			expect(inPageLinks(html, targets)).toBe(html);
		}
		expect(inPageLinks('<a href="/propositions/1-1/">atelier</a>', targets)).toBe('<a href="#propositions-atelier-1-1">atelier</a>');
	});

	test('only links are rewritten, not text that looks like one', () => {
		const html = '<p>href="/fiches/s1-1/"</p>';
		expect(inPageLinks(html, targets)).toBe(html);
	});
});

describe('the cover’s statement of editions', () => {
	const entity = (collection: 'ambitions' | 'engagements' | 'fiches' | 'srfss', year: number, short: string) => ({ collection, year, short });

	test('types of entities in one edition are named together, by year', () => {
		expect(editionsSummary([entity('fiches', 2023, 'fiche S1.1'), entity('ambitions', 2022, 'ambition stratégique 1'), entity('engagements', 2022, 'engagement 1.1')])).toBe(
			'Chaque entité dans sa version en vigueur ; ambitions stratégiques et fiches engagements : version 2022 ; fiches priorités sectorielles : version 2023.',
		);
	});

	test('an entity revised since is named with its edition', () => {
		expect(
			editionsSummary([
				entity('ambitions', 2022, 'ambition stratégique 1'),
				entity('fiches', 2023, 'fiche S1.1'),
				entity('fiches', 2023, 'fiche S1.2'),
				entity('fiches', 2025, 'fiche S1.4'),
				entity('srfss', 2022, 'engagement SRFSS 1'),
			]),
		).toBe('Chaque entité dans sa version en vigueur ; ambitions stratégiques et engagements du SRFSS : version 2022 ; fiches priorités sectorielles : version 2023 (fiche S1.4 : version 2025).');
	});
});
