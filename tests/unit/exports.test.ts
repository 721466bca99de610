import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { ENTITY_TYPES, REGISTERS } from '../../src/lib/content/entities';
import {
	csvColumns,
	dataset,
	EXPORT_COLLECTIONS,
	exportRecords,
	formatSize,
	jsonSchema,
	planActionsCsv,
	recordCounts,
	toCsv,
	type ExportCollection,
} from '../../src/lib/data/exports';
import { bilanSchema } from '../../src/schemas/bilan';
import { ficheSchema, type Fiche } from '../../src/schemas/fiche';
import { VALID_FIXTURE } from '../helpers/fixture-tree';

const fixtureFiche = ficheSchema.parse(parseFrontmatter(readFileSync(join(VALID_FIXTURE, 'src/content/fiches/s1-1/index.mdx'), 'utf8')).frontmatter);

/** A fiche of the fixture under another id, edition and text. */
const fiche = (id: string, annee: number, changes: Partial<Fiche> = {}): Fiche => ({
	...fixtureFiche,
	id,
	ambitions: [Number(id[1])],
	...changes,
	edition: annee === 2023 ? { annee } : { annee, adoptee_le: `${annee}-03-14`, motif: 'Révision annuelle' },
});

/** Entries as the content layer gives them, deliberately out of order: s1-1 has a replaced 2023 edition. */
const entries = [
	{ id: 's1-10', data: fiche('S1.10', 2023) },
	{ id: 's1-1', data: fiche('S1.1', 2024, { titre: 'Titre révisé' }) },
	{ id: 's1-2', data: fiche('S1.2', 2023) },
	{ id: 's1-1/2023', data: fiche('S1.1', 2023) },
];

/** The CSV header a collection must have, read straight from its Zod shape: identifiers, then each key, objects spread as `parent.child`. */
function headerFromShape(collection: ExportCollection): string[] {
	const isEntity = collection in ENTITY_TYPES;
	const isBilan = collection === 'bilans';
	const shape = (isBilan ? bilanSchema : isEntity ? ENTITY_TYPES[collection as keyof typeof ENTITY_TYPES].schema : REGISTERS[collection as keyof typeof REGISTERS].schema).shape as Record<
		string,
		{ _zod: { def: { type: string } }; shape?: Record<string, unknown> }
	>;
	const keys = Object.entries(shape).flatMap(([key, field]) => (field._zod.def.type === 'object' ? Object.keys(field.shape!).map((k) => `${key}.${k}`) : [key]));
	return [...(isBilan ? ['identifiant', 'type'] : isEntity ? ['identifiant', 'annee', 'en_vigueur'] : ['cle']), ...keys];
}

const parseCsv = (text: string) => parse(text, { columns: false, relax_column_count: false }) as string[][];

describe('open data exports', () => {
	test.each(EXPORT_COLLECTIONS)('%s: the CSV columns are the schema keys, in schema order', (collection) => {
		expect(csvColumns(collection).map((c) => c.name)).toEqual(headerFromShape(collection));
		expect(parseCsv(toCsv(collection, []))).toEqual([headerFromShape(collection)]);
	});

	test('one record per edition, identifiers first, sorted by identifier (numerically) then year', () => {
		const records = exportRecords('fiches', entries);
		expect(records.map((r) => [r.identifiant, r.annee, r.en_vigueur])).toEqual([
			['s1-1', 2023, false],
			['s1-1', 2024, true],
			['s1-2', 2023, true],
			['s1-10', 2023, true],
		]);
		expect(records[1]!.titre).toBe('Titre révisé');
		expect(recordCounts(records)).toEqual({ enregistrements: 4, entites: 3, enVigueur: 3, remplacees: 1 });
	});

	test('JSON records follow the schema order whatever the YAML order, absent optional fields left out', () => {
		const shuffled = Object.fromEntries(Object.entries(fiche('S1.1', 2024)).reverse());
		const [record] = exportRecords('fiches', [{ id: 's1-1', data: shuffled }]);
		expect(Object.keys(record!)).toEqual(['identifiant', 'annee', 'en_vigueur', ...Object.keys(ficheSchema.shape).filter((k) => k in shuffled)]);
		expect(Object.keys(record!)).not.toContain('complements');
		expect(Object.keys(record!.edition as object)).toEqual(['annee', 'adoptee_le', 'motif']);
		// Rows and groups of the plan keep their own key order.
		expect((record!.plan_actions as object[]).map((item) => Object.keys(item))).toEqual([
			['id', 'action', 'resultats_attendus', 'livrables_indicateurs', 'calendrier'],
			['id', 'groupe', 'lignes'],
		]);
	});

	test('lists are joined with " | ", nested objects spread, empty or absent values give empty cells', () => {
		const data = fiche('S1.1', 2024, { ambitions: [1, 3], objectifs_operationnels: [
				{ id: 'O1', texte: 'Premier objectif' },
				{ id: 'O2', texte: 'Second, avec virgule' },
			],
			partenaires: [],
		});
		const [header, row] = parseCsv(toCsv('fiches', exportRecords('fiches', [{ id: 's1-1', data }])));
		const cell = (name: string) => row![header!.indexOf(name)];
		expect(cell('ambitions')).toBe('1 | 3');
		expect(cell('objectifs_operationnels')).toBe('O1 : Premier objectif | O2 : Second, avec virgule');
		expect(cell('partenaires')).toBe('');
		expect(cell('complements')).toBe('');
		expect(cell('en_vigueur')).toBe('true');
		expect([cell('edition.annee'), cell('edition.adoptee_le'), cell('edition.motif')]).toEqual(['2024', '2024-03-14', 'Révision annuelle']);
		expect(JSON.parse(cell('plan_actions')!)).toEqual(data.plan_actions);
	});

	test('a list item containing the separator is refused rather than published ambiguous', () => {
		const data = fiche('S1.1', 2023, { objectifs_operationnels: [{ id: 'O1', texte: 'A | B' }] });
		expect(() => toCsv('fiches', exportRecords('fiches', [{ id: 's1-1', data }]))).toThrow(/« \| »/);
	});

	test('the library quotes commas, semicolons, quotes and line breaks (RFC 4180) and they read back intact', () => {
		const titre = 'Virgule, point-virgule ; "guillemets" et\nretour à la ligne\r\net CRLF';
		const csv = toCsv('fiches', exportRecords('fiches', [{ id: 's1-1', data: fiche('S1.1', 2023, { titre }) }]));
		expect(csv).toContain('"Virgule, point-virgule ; ""guillemets"" et\nretour');
		expect(csv.charCodeAt(0)).not.toBe(0xfeff); // no BOM
		expect(csv.split('\r\n')[0]).toBe(headerFromShape('fiches').join(','));
		const [header, row] = parseCsv(csv);
		expect(row![header!.indexOf('titre')]).toBe(titre);
		expect(row).toHaveLength(header!.length);
	});

	test('a field holding a lone LF or CR is quoted too, not only one holding the CRLF record delimiter', () => {
		const records = exportRecords('fiches', [{ id: 's1-1', data: fiche('S1.1', 2023, { titre: 'deux\nlignes', titre_court: 'retour\rchariot' }) }]);
		const csv = toCsv('fiches', records);
		expect(csv).toContain(',"deux\nlignes","retour\rchariot",');
		// Outside quotes, the only line breaks left are the CRLF between records.
		const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outside.match(/\r\n|\n|\r/g)).toEqual(['\r\n', '\r\n']);
	});

	test('fiches-plan-actions.csv has one row per action, groups unfolded', () => {
		const records = exportRecords('fiches', entries);
		const [header, ...rows] = parseCsv(planActionsCsv(records));
		expect(header).toEqual(['identifiant', 'annee', 'en_vigueur', 'rang', 'groupe', 'id', 'action', 'resultats_attendus', 'livrables_indicateurs', 'calendrier']);
		expect(rows).toHaveLength(4 * 2);
		expect(rows.slice(0, 2)).toEqual([
			['s1-1', '2023', 'false', '1', '', 'A1', 'Une action', 'Un résultat', 'Un livrable', '2023'],
			['s1-1', '2023', 'false', '2', 'Un groupe', 'A2.1', 'Une sous-action', '', '', '2024'],
		]);
	});

	test.each(EXPORT_COLLECTIONS)('%s: the JSON Schema describes the exported record, every field in French', (collection) => {
		const schema = jsonSchema(collection);
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.type).toBe('array');
		const record = schema.items!;
		const topLevel = [...new Set(headerFromShape(collection).map((name) => name.split('.')[0]))];
		expect(Object.keys(record.properties!)).toEqual(topLevel);
		for (const [key, property] of Object.entries(record.properties!)) expect(property.description, key).toMatch(/[a-zé]/);
		expect(record.required).toEqual(expect.arrayContaining(collection === 'bilans' ? ['identifiant', 'type', 'annee'] : collection in ENTITY_TYPES ? ['identifiant', 'annee', 'en_vigueur'] : ['cle']));
	});

	test('exported records validate against their JSON Schema, which refuses unknown fields', () => {
		const validate = new Ajv2020({ allErrors: true }).compile(jsonSchema('fiches'));
		const records = exportRecords('fiches', entries);
		expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
		expect(validate([{ ...records[0], inconnu: 1 }])).toBe(false);
		expect(validate([{ ...records[0], en_vigueur: 'oui' }])).toBe(false);
	});

	test('registers: the key first, entries sorted by key, lists flattened', () => {
		const diplomes = [
			{ id: 'de-infirmier', data: { intitule: 'DE Infirmier', niveau: 6, secteur: 'Sanitaire', famille: 'SOIN', ordre: 2 } },
			{ id: 'de-aide-soignant', data: { ordre: 1, intitule: 'DE Aide-soignant', niveau: 4, secteur: 'Sanitaire', famille: 'SOIN', specialites: ['A', 'B'] } },
		];
		const { records, files } = dataset('diplomes', diplomes);
		expect(records.map((r) => Object.keys(r)[0] + '=' + r.cle)).toEqual(['cle=de-aide-soignant', 'cle=de-infirmier']);
		expect(Object.keys(records[0]!)).toEqual(['cle', 'intitule', 'niveau', 'secteur', 'famille', 'specialites', 'ordre']);
		const [, first] = parseCsv(files.find((f) => f.name === 'diplomes.csv')!.body);
		expect(first).toEqual(['de-aide-soignant', 'DE Aide-soignant', '4', 'Sanitaire', 'SOIN', 'A | B', '1']);
		expect(files.map((f) => f.name)).toEqual(['diplomes.json', 'diplomes.csv', 'diplomes.schema.json']);
	});

	test('file sizes are given in French units', () => {
		expect(formatSize(783)).toBe('783 octets');
		expect(formatSize(165_924)).toBe('165,9 ko');
		expect(formatSize(1_500_000)).toBe('1,5 Mo');
		expect(dataset('fiches', entries).files.find((f) => f.name === 'fiches.csv')!.bytes).toBe(
			Buffer.byteLength(toCsv('fiches', exportRecords('fiches', entries)), 'utf8'),
		);
	});
});
