import { describe, expect, test } from 'vitest';
import { editionInForce, fingerprint, histories, replacedBy, type EditionRef } from '../../src/lib/editions';

const edition = (slug: string, year: number, living: boolean): EditionRef => ({
	collection: 'fiches',
	slug,
	year,
	living,
	file: `src/content/fiches/${slug}/${living ? 'index' : year}.mdx`,
	data: {},
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
});
