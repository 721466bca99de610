import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { dataPackage, dataPackageFile, fieldType, LICENCE, tableSchemaField } from '../../src/lib/data/datapackage';
import { csvColumns, dataset, EXPORT_COLLECTIONS, planActionsColumns, type Dataset } from '../../src/lib/data/exports';
import { REGISTERS } from '../../src/lib/content/entities';
import { VALID_FIXTURE } from '../helpers/fixture-tree';
import { tableSchemaErrors, tabularDataPackageValidator } from '../helpers/table-schema';

const column = (collection: Parameters<typeof csvColumns>[0], name: string) => csvColumns(collection).find((c) => c.name === name)!;
const field = (collection: Parameters<typeof csvColumns>[0], name: string) => tableSchemaField(collection, column(collection, name));

/** The data sets of the valid fixture: one sheet, and its registers. */
function fixtureDatasets(): Dataset[] {
	const content = join(VALID_FIXTURE, 'src', 'content');
	const fiche = parseFrontmatter(readFileSync(join(content, 'fiches', 's1-1', 'index.mdx'), 'utf8')).frontmatter;
	return EXPORT_COLLECTIONS.filter((c) => c === 'fiches' || c in REGISTERS).map((collection) => {
		if (collection === 'fiches') return dataset('fiches', [{ id: 's1-1', data: fiche }]);
		const register = REGISTERS[collection as keyof typeof REGISTERS];
		const entries = (yaml.load(readFileSync(join(content, register.file), 'utf8')) ?? {}) as Record<string, unknown>;
		return dataset(collection, Object.entries(entries).map(([id, data]) => ({ id, data })));
	});
}

describe('the data package of /donnees/', () => {
	test('Table Schema types follow the JSON fields: lists are text joined with " | ", nested values JSON, ISO dates dates', () => {
		expect(field('fiches', 'annee')).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 2022, maximum: 2028 } });
		expect(field('fiches', 'en_vigueur')).toMatchObject({ type: 'boolean', constraints: { required: true } });
		expect(field('fiches', 'secteurs').type).toBe('string');
		expect(field('fiches', 'secteurs').description).toMatch(/^Secteurs concernés : clés du registre des secteurs — liste : éléments séparés par « \| »$/);
		expect(field('fiches', 'plan_actions')).toMatchObject({ type: 'array', title: 'Plan d’actions' });
		expect(field('fiches', 'edition.adoptee_le')).toMatchObject({ type: 'date', title: 'Adoptée le' });
		expect(fieldType(column('fiches', 'edition.adoptee_le'))).toBe('date');
		expect(field('organisations', 'type').constraints?.enum).toContain('Opérateur de compétences');
		expect(field('chiffres', 'valeur').type).toBe('number');
		// Zod's « any safe integer » is no bound of the contract.
		expect(field('diplomes', 'ordre').constraints).toEqual({ required: true, minimum: 1 });
	});

	test('only a column that can never be empty is required: the CSV cannot tell an empty text or list from an absent one', () => {
		expect(field('fiches', 'pilotes').constraints?.required).toBe(true); // at least one pilot
		expect(field('fiches', 'partenaires').constraints?.required).toBeUndefined(); // may be an empty list
		expect(field('fiches', 'complements').constraints?.required).toBeUndefined(); // optional
		const action = tableSchemaField('fiches-plan-actions', planActionsColumns().find((c) => c.name === 'action')!);
		expect(action).toMatchObject({ title: 'Actions', type: 'string' });
		expect(action.constraints?.required).toBeUndefined(); // a merged cell is an empty string
	});

	test('one resource per CSV, keyed, its fields those of the CSV header, with the French descriptions of the schemas', () => {
		const datasets = fixtureDatasets();
		const paquet = dataPackage(datasets, 'https://exemple.fr');
		expect(paquet.homepage).toBe('https://exemple.fr/donnees/');
		expect(paquet.licenses).toEqual([LICENCE]);
		expect(LICENCE).toMatchObject({ name: 'etalab-2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' });
		expect(paquet.resources.map((r) => r.path)).toEqual(datasets.flatMap((d) => d.files.filter((f) => f.format === 'CSV').map((f) => f.name)));
		const fiches = paquet.resources.find((r) => r.name === 'fiches')!;
		expect(fiches.schema.primaryKey).toEqual(['identifiant', 'annee']);
		expect(paquet.resources.find((r) => r.name === 'secteurs')!.schema.primaryKey).toEqual(['cle']);
		expect(paquet.resources.find((r) => r.name === 'fiches-plan-actions')!.schema.foreignKeys).toEqual([
			{ fields: ['identifiant', 'annee'], reference: { resource: 'fiches', fields: ['identifiant', 'annee'] } },
		]);
		for (const d of datasets) {
			for (const file of d.files.filter((f) => f.format === 'CSV')) {
				const resource = paquet.resources.find((r) => r.path === file.name)!;
				const rows = parse(file.body) as string[][];
				expect(resource.schema.fields.map((f) => f.name)).toEqual(rows[0]);
				expect(resource.bytes).toBe(file.bytes);
				const rowsOf = (name: string) => parse(datasets.flatMap((x) => x.files).find((f) => f.name === `${name}.csv`)!.body) as string[][];
				expect(tableSchemaErrors(file.name, rows, resource.schema, rowsOf)).toEqual([]);
			}
		}
	});

	test('the package validates against the official Tabular Data Package v1 profile, which refuses a broken one', () => {
		const validate = tabularDataPackageValidator();
		const file = dataPackageFile(fixtureDatasets(), 'https://exemple.fr');
		expect(file.name).toBe('datapackage.json');
		const paquet = JSON.parse(file.body);
		expect(validate(paquet), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(validate({ ...paquet, resources: [] })).toBe(false);
		expect(validate({ ...paquet, resources: [{ ...paquet.resources[0], name: 'Fiches priorités' }] })).toBe(false);
	});
});
