import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ENTITY_COLLECTIONS, ENTITY_TYPES, REGISTER_COLLECTIONS, REGISTERS } from '../../src/lib/content/entities';
import { csvColumns, EXPORT_COLLECTIONS, formatSize, planActionsColumns, type ExportCollection } from '../../src/lib/data/exports';
import type { DataPackage } from '../../src/lib/data/datapackage';
import { builtPage, DIST, ROOT } from '../helpers/site';
import { tableSchemaErrors, tabularDataPackageValidator } from '../helpers/table-schema';

const CONTENT = join(ROOT, 'src', 'content');
const built = (name: string) => readFileSync(join(DIST, 'donnees', name), 'utf8');
const json = <T = Record<string, unknown>[]>(name: string) => JSON.parse(built(name)) as T;
const csv = (name: string) => parse(built(name), { columns: false }) as string[][];
const isEntity = (c: ExportCollection) => (ENTITY_COLLECTIONS as string[]).includes(c);

/** The edition files of an entity type on disk: `<slug>/index.mdx` (in force) and `<slug>/<année>.mdx` (replaced). */
const editionFiles = (collection: (typeof ENTITY_COLLECTIONS)[number]) => {
	const dir = join(CONTENT, ENTITY_TYPES[collection].folder);
	return readdirSync(dir).flatMap((slug) => readdirSync(join(dir, slug)).filter((f) => f.endsWith('.mdx')).map((f) => ({ slug, file: f })));
};

/** A CSV cell as the page documents it, computed independently of the exporter. */
const isIdentified = (v: unknown): v is { id: string; texte: string } => typeof v === 'object' && v !== null && Object.keys(v).join() === 'id,texte';
/** A cell as the documented convention of its column writes it: « O1 : texte | … », items joined with « | », or JSON. */
const expectedCell = (value: unknown, flattening: string) =>
	value === undefined
		? ''
		: flattening === 'identifiee'
			? (value as { id: string; texte: string }[]).map((v) => `${v.id} : ${v.texte}`).join(' | ')
			: flattening === 'json'
				? JSON.stringify(value)
				: Array.isArray(value)
					? value.join(' | ')
					: String(value);
const valueAt = (record: Record<string, unknown>, name: string) =>
	name.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);

describe('/donnees/ files', () => {
	test('every collection and register has its JSON, CSV and JSON Schema, the CSVs their data package, and nothing else is published there', () => {
		const expected = [...EXPORT_COLLECTIONS.flatMap((c) => [`${c}.json`, `${c}.csv`, `${c}.schema.json`]), 'fiches-plan-actions.csv', 'datapackage.json', 'index.html'];
		expect(readdirSync(join(DIST, 'donnees')).sort()).toEqual(expected.sort());
	});

	test.each(EXPORT_COLLECTIONS)('%s.json validates against %s.schema.json (JSON Schema 2020-12)', (collection) => {
		const schema = json<object>(`${collection}.schema.json`);
		const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
		const records = json(`${collection}.json`);
		expect(validate(records), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
		// The signed contract has no bilan yet: the fixture site's bilans are validated in suivi.test.ts.
		if (collection === 'bilans') expect(records).toEqual([]);
		else expect(records.length).toBeGreaterThan(0);
	});

	test.each(ENTITY_COLLECTIONS)('%s.json has one record per edition file, the living ones in force', (collection) => {
		const files = editionFiles(collection);
		const records = json(`${collection}.json`);
		expect(records).toHaveLength(files.length);
		expect(records.filter((r) => r.en_vigueur === true).map((r) => r.identifiant).sort()).toEqual(
			files.filter((f) => f.file === 'index.mdx').map((f) => f.slug).sort(),
		);
		// The identifier and year pair is unique.
		expect(new Set(records.map((r) => `${r.identifiant}/${r.annee}`)).size).toBe(records.length);
	});

	test.each(REGISTER_COLLECTIONS)('%s.json has one record per register entry', (collection) => {
		const entries = yaml.load(readFileSync(join(CONTENT, REGISTERS[collection].file), 'utf8')) as Record<string, unknown>;
		expect(json(`${collection}.json`).map((r) => r.cle).sort()).toEqual(Object.keys(entries).sort());
	});

	test.each(EXPORT_COLLECTIONS)('%s.csv parses back: documented header, one row per JSON record, same values', (collection) => {
		const [header, ...rows] = csv(`${collection}.csv`);
		const records = json(`${collection}.json`);
		expect(header).toEqual(csvColumns(collection).map((c) => c.name));
		expect(rows).toHaveLength(records.length);
		const flattening = new Map(csvColumns(collection).map((c) => [c.name, c.flattening as string]));
		rows.forEach((row, i) => {
			expect(row).toEqual(header!.map((name) => expectedCell(valueAt(records[i]!, name), flattening.get(name)!)));
		});
		expect(built(`${collection}.csv`).startsWith('\uFEFF')).toBe(false);
	});

	test('S2.4’s pilots and starting situation in the CSV are those of its MDX file', () => {
		const { frontmatter } = parseFrontmatter(readFileSync(join(CONTENT, 'fiches', 's2-4', 'index.mdx'), 'utf8'));
		const mdx = frontmatter as { pilotes: string[]; situation_de_depart: string; plan_actions: unknown[] };
		const [header, ...rows] = csv('fiches.csv');
		const row = rows.find((r) => r[header!.indexOf('identifiant')] === 's2-4' && r[header!.indexOf('en_vigueur')] === 'true')!;
		expect(row[header!.indexOf('pilotes')]!.split(' | ')).toEqual(mdx.pilotes);
		expect(row[header!.indexOf('situation_de_depart')]).toBe(mdx.situation_de_depart);
		expect(JSON.parse(row[header!.indexOf('plan_actions')]!)).toEqual(mdx.plan_actions);
	});

	test('fiches-plan-actions.csv has one row per line of every plan d’actions', () => {
		const [header, ...rows] = csv('fiches-plan-actions.csv');
		expect(header).toEqual(planActionsColumns().map((c) => c.name));
		const lines = json('fiches.json').flatMap((f) =>
			(f.plan_actions as ({ lignes?: unknown[] } & Record<string, unknown>)[]).flatMap((item) => item.lignes ?? [item]).map(() => f.identifiant),
		);
		expect(rows.map((r) => r[0])).toEqual(lines);
	});
});

/**
 * Python's `csv` module, strict: the RFC 4180 reader the issue names, written by no one here and
 * of another family than csv-stringify/csv-parse (same authors), which read each other's quirks.
 * Every CSV of `dist/donnees/`, as rows of cells; a bare LF outside quotes ends a record, as in Excel or pandas.
 */
function readWithPython(): Record<string, string[][]> {
	const script = [
		'import csv, json, pathlib, sys',
		'out = {}',
		'for path in sorted(pathlib.Path(sys.argv[1]).glob("*.csv")):',
		'    with open(path, newline="", encoding="utf-8") as f:',
		'        out[path.name] = [row for row in csv.reader(f, strict=True)]',
		'print(json.dumps(out))',
	].join('\n');
	return JSON.parse(execFileSync('python3', ['-c', script, join(DIST, 'donnees')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

describe('/donnees/ CSV files read by a strict RFC 4180 reader (python3 csv)', () => {
	const python = readWithPython();
	/** The JSON twin of each CSV: same name, or for the per-line plan the lines of fiches.json. */
	const twinCount = (name: string) =>
		name === 'fiches-plan-actions.csv'
			? json('fiches.json').flatMap((f) => (f.plan_actions as { lignes?: unknown[] }[]).flatMap((item) => item.lignes ?? [item])).length
			: json(name.replace(/\.csv$/, '.json')).length;

	test('every CSV of /donnees/ is read', () => {
		expect(Object.keys(python).sort()).toEqual(readdirSync(join(DIST, 'donnees')).filter((f) => f.endsWith('.csv')).sort());
	});

	test.each(readdirSync(join(DIST, 'donnees')).filter((f) => f.endsWith('.csv')))('%s: as many records as its JSON twin, no ragged row, same cells as csv-parse', (name) => {
		const [header, ...rows] = python[name]!;
		expect(rows.length, `${name} : enregistrements lus par python3 csv`).toBe(twinCount(name));
		expect(rows.filter((row) => row.length !== header!.length).length, `${name} : lignes dont le nombre de champs diffère de l’en-tête`).toBe(0);
		expect(python[name]).toEqual(csv(name));
	});
});

describe('/donnees/datapackage.json (Frictionless Tabular Data Package v1)', () => {
	const paquet = json<DataPackage>('datapackage.json');
	const python = readWithPython();
	const csvFiles = readdirSync(join(DIST, 'donnees')).filter((f) => f.endsWith('.csv'));

	test('validates against the official Tabular Data Package profile, Table Schemas included', () => {
		const validate = tabularDataPackageValidator();
		expect(validate(paquet), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
		// The profile refuses what it should: a field type outside Table Schema.
		const broken = structuredClone(paquet);
		(broken.resources[0]!.schema.fields[0] as { type: string }).type = 'texte';
		expect(validate(broken)).toBe(false);
	});

	test('is under Licence Ouverte 2.0 (etalab-2.0), linked, not fetched', () => {
		expect(paquet.licenses).toEqual([{ name: 'etalab-2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', title: expect.stringContaining('Licence Ouverte') }]);
	});

	test('describes every CSV of /donnees/ once, with its real size and SHA-256', () => {
		expect(paquet.resources.map((r) => r.path).sort()).toEqual(csvFiles.sort());
		for (const r of paquet.resources) {
			const bytes = readFileSync(join(DIST, 'donnees', r.path));
			expect(r.bytes, r.path).toBe(bytes.length);
			expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
			expect(r.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
			for (const field of r.schema.fields) expect(field.description, `${r.path} : ${field.name}`).toMatch(/[a-zé]{3}/);
		}
	});

	test.each(csvFiles)('%s validates against its Table Schema: field names in order, field count, every cell castable, keys', (name) => {
		const resource = paquet.resources.find((r) => r.path === name)!;
		const rowsOf = (resourceName: string) => python[paquet.resources.find((r) => r.name === resourceName)!.path]!;
		expect(tableSchemaErrors(name, python[name]!, resource.schema, rowsOf)).toEqual([]);
	});

	test('the Table Schema check refuses a CSV that breaks its schema', () => {
		const resource = paquet.resources.find((r) => r.path === 'fiches.csv')!;
		const [header, first, ...rest] = python['fiches.csv']!;
		const broken = [...first!];
		broken[header!.indexOf('en_vigueur')] = 'oui';
		broken[header!.indexOf('annee')] = '2023.5';
		const errors = tableSchemaErrors('fiches.csv', [header!, broken, ...rest], resource.schema);
		expect(errors.join('\n')).toMatch(/colonne « en_vigueur » : « oui » n’est pas un booléen/);
		expect(errors.join('\n')).toMatch(/colonne « annee » : « 2023.5 » n’est pas un entier/);
		expect(tableSchemaErrors('fiches.csv', [header!.slice(1), ...rest], resource.schema)[0]).toMatch(/en-tête/);
	});
});

describe('the /donnees/ page', () => {
	const html = builtPage('/donnees/');

	test('links every file with its real size', () => {
		for (const name of readdirSync(join(DIST, 'donnees')).filter((f) => f !== 'index.html')) {
			const size = formatSize(statSync(join(DIST, 'donnees', name)).size);
			expect(html, name).toMatch(new RegExp(`href="/donnees/${name.replace(/\./g, '\\.')}"[^>]*>\\s*${name.replace(/\./g, '\\.')}\\s*</a>\\s*\\((JSON|CSV|JSON Schema|Data Package), ${size}\\)`));
		}
	});

	test('documents each field of each file in an accessible table, in the CSV column order', () => {
		for (const collection of EXPORT_COLLECTIONS) {
			const caption = `Champs du fichier ${collection}.json et colonnes du fichier ${collection}.csv`;
			const start = html.indexOf(`<caption>${caption}</caption>`);
			expect(start, caption).toBeGreaterThan(0);
			const table = html.slice(start, html.indexOf('</table>', start));
			expect(table).toContain('<th scope="col">Dans le CSV</th>');
			expect([...table.matchAll(/<th scope="row">\s*<code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(csvColumns(collection).map((c) => c.name));
			expect(html).toContain(`${json(`${collection}.json`).length} ${isEntity(collection) ? 'enregistrement' : 'entrée'}`);
		}
	});

	test('states the CSV conventions and the licence, and is in the sidebar', () => {
		expect(html).toContain('UTF-8 sans BOM');
		expect(html).toContain('RFC 4180');
		expect(html).toContain('href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"');
		expect(html).toMatch(/<a href="\/donnees\/datapackage\.json"[^>]*>datapackage\.json<\/a> \(Data Package, [^)]+\) décrit les 14 fichiers CSV de cette page/);
		expect(html).toContain('Licence Ouverte 2.0');
		expect(builtPage('/')).toMatch(/<a href="\/donnees\/"[^>]*>\s*<span[^>]*>Données ouvertes<\/span>/);
	});
});
