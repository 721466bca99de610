import { describe, expect, test } from 'vitest';
import { editionInForce, editionPairs, editionStatus, fingerprint, histories, replacedBy, revisions, type EditionRef } from '../../src/lib/content/edition-model';
import { millesime, revisionsPerYear } from '../../src/lib/editions/millesimes';

const edition = (slug: string, year: number, living: boolean): EditionRef => ({
	collection: 'fiches',
	slug,
	year,
	living,
	file: `src/content/fiches/${slug}/${living ? 'index' : year}.mdx`,
	data: { edition: { annee: year, ...(year > 2023 && { adoptee_le: `${year}-03-01`, motif: `Révision ${year}` }) } },
});

describe('edition model', () => {
	const [s11, s12] = histories([edition('s1-1', 2025, true), edition('s1-1', 2023, false), edition('s1-1', 2024, false), edition('s1-2', 2023, true)]);

	test('each entity lists its editions oldest first, the living file in force', () => {
		expect(s11!.editions.map((e) => e.year)).toEqual([2023, 2024, 2025]);
		expect(s11!.current.year).toBe(2025);
		expect(s12!.editions.map((e) => e.year)).toEqual([2023]);
	});

	test('the edition in force in a year is the latest adopted that year or before', () => {
		expect(editionInForce(s11!, 2022)).toBeUndefined();
		expect(editionInForce(s11!, 2023)!.year).toBe(2023);
		expect(editionInForce(s11!, 2024)!.year).toBe(2024);
		expect(editionInForce(s11!, 2028)!.year).toBe(2025);
	});

	test('each replaced edition knows what replaced it', () => {
		expect(replacedBy(s11!, s11!.editions[0]!)!.year).toBe(2024);
		expect(replacedBy(s11!, s11!.current)).toBeUndefined();
	});

	test('a fingerprint changes with any edit of the text, not with line endings', () => {
		expect(fingerprint('a\nb\n')).toBe(fingerprint('a\r\nb\r\n'));
		expect(fingerprint('a\nb\n')).not.toBe(fingerprint('a\nb.\n'));
	});

	test('a status says whether an edition is in force and what replaced it', () => {
		expect(editionStatus(s11!, s11!.editions[0]!, false)).toMatchObject({ year: 2023, inForce: false, replacedBy: 2024, currentYear: 2025, count: 3, stable: false });
		expect(editionStatus(s11!, s11!.current, true)).toMatchObject({ year: 2025, inForce: true, replacedBy: undefined, adopteeLe: '2025-03-01', motif: 'Révision 2025' });
	});

	test('every pair of editions can be compared; revisions are listed newest first', () => {
		expect(editionPairs(s11!).map(([a, b]) => `${a.year}-${b.year}`)).toEqual(['2023-2024', '2023-2025', '2024-2025']);
		expect(editionPairs(s12!)).toEqual([]);
		expect(revisions([s11!, s12!]).map((r) => `${r.history.slug} ${r.previous.year}→${r.edition.year} ${r.adopteeLe}`)).toEqual(['s1-1 2024→2025 2025-03-01', 's1-1 2023→2024 2024-03-01']);
	});

	test('a millésime takes each entity in its edition of that year; entities not yet adopted are apart', () => {
		const y2022 = millesime([s11!, s12!], 2022);
		expect(y2022.inForce.fiches).toEqual([]);
		expect(y2022.notYet.fiches.map((h) => h.slug)).toEqual(['s1-1', 's1-2']);
		const y2024 = millesime([s11!, s12!], 2024);
		expect(y2024.inForce.fiches.map((x) => [x.history.slug, x.edition.year, x.revisedThatYear])).toEqual([
			['s1-1', 2024, true],
			['s1-2', 2023, false],
		]);
		expect(millesime([s11!, s12!], 2023).inForce.fiches.every((x) => !x.revisedThatYear)).toBe(true);
		expect(Object.fromEntries(revisionsPerYear([s11!, s12!]))).toMatchObject({ 2022: 0, 2023: 0, 2024: 1, 2025: 1, 2028: 0 });
	});
});
