/**
 * Open data exports (`/donnees/`): every edition of every entity, and every register entry,
 * as JSON, CSV and a JSON Schema. Everything — record layout, CSV columns, field table — is
 * derived from the Zod schemas through `z.toJSONSchema`, so a new schema field shows up in
 * every file and on the page without being listed here.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { CONTRACT_FIRST_YEAR, CONTRACT_LAST_YEAR } from '../../schemas/common';
import { bilanSchema } from '../../schemas/bilan';
import { ligneActionSchema } from '../../schemas/fiche';
import { ENTITY_COLLECTIONS, ENTITY_TYPES, REGISTER_COLLECTIONS, REGISTERS, type EntityCollection, type RegisterCollection } from '../content/entities';
import { compareFrNumeric } from '../content/collation';

/** `bilans`: the annual follow-ups, one record per entity and year. */
export type ExportCollection = EntityCollection | 'bilans' | RegisterCollection;
export const EXPORT_COLLECTIONS: ExportCollection[] = [...ENTITY_COLLECTIONS, 'bilans', ...REGISTER_COLLECTIONS];

const isEntity = (c: ExportCollection): c is EntityCollection => (ENTITY_COLLECTIONS as string[]).includes(c);
const isRegister = (c: ExportCollection): c is RegisterCollection => (REGISTER_COLLECTIONS as string[]).includes(c);

/** Title of each data set, as the page and the JSON Schemas name it. */
export const DATASET_TITLES: Record<ExportCollection, string> = {
	ambitions: 'Ambitions stratégiques',
	principes: 'Principes pour l’action et le partenariat',
	engagements: 'Fiches engagements',
	fiches: 'Fiches priorités sectorielles',
	srfss: 'Engagements du SRFSS',
	propositions: 'Ateliers de la concertation et propositions inspirantes',
	bilans: 'Bilans annuels de suivi des fiches et engagements',
	organisations: 'Registre des organisations',
	secteurs: 'Registre des secteurs',
	territoires: 'Registre des territoires',
	publics: 'Registre des publics (classement des publics cibles)',
	diplomes: 'Diplômes des formations sanitaires et sociales',
	chiffres: 'Chiffres clés',
};

/** Separator of list items in a CSV cell; no item may contain `|`, so splitting on it gives the list back. */
export const CSV_LIST_SEPARATOR = ' | ';
/**
 * RFC 4180: comma, double quotes, CRLF between records; UTF-8 without BOM. A field holding a comma,
 * a quote, CR or LF is quoted: with a custom record delimiter csv-stringify quotes only that one
 * (CRLF) unless `quote_record_delimiter` is set, and a lone LF (Markdown text) then ends the record
 * for Excel, pandas or Python's csv.
 */
export const CSV_OPTIONS = { delimiter: ',', quote: '"', record_delimiter: 'windows', quote_record_delimiter: true, bom: false } as const;

/** An entry as the content layer gives it: `s1-1` (edition in force), `s1-1/2023` (replaced edition), or a register key. */
export interface ExportEntry {
	id: string;
	data: unknown;
	/** For a bilan: the collection of the entity it follows. */
	kind?: string;
}

type ExportRecord = Record<string, unknown>;

const kebabKey = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Stable identifiers put before the schema's fields in every exported record. */
const ENTITY_IDENTIFIERS = {
	identifiant: z
		.string()
		.regex(kebabKey)
		.describe("Identifiant stable de l'entité, le même pour toutes ses éditions : nom de son dossier et de son adresse sur le site (ex. s1-1 pour la fiche S1.1)"),
	annee: z
		.number()
		.int()
		.min(CONTRACT_FIRST_YEAR)
		.max(CONTRACT_LAST_YEAR)
		.describe("Année de l'édition (reprend edition.annee)"),
	en_vigueur: z.boolean().describe("Vrai (true) pour l'édition en vigueur, faux (false) pour une édition remplacée"),
};
const BILAN_IDENTIFIERS = {
	identifiant: ENTITY_IDENTIFIERS.identifiant.describe("Identifiant de la fiche ou de l'engagement suivi : nom de son dossier (ex. s1-4)"),
	type: z.enum(['fiches', 'engagements', 'srfss']).describe("Type de l'entité suivie : fiches (priorités sectorielles), engagements, srfss"),
};
const REGISTER_IDENTIFIER = {
	cle: z.string().regex(kebabKey).describe("Clé de l'entrée dans le registre, celle par laquelle les fiches s'y réfèrent"),
};

/**
 * The Zod schema of one exported record: identifiers, then the collection's fields in schema order.
 * A fresh object from the shape: refinements across fields (which JSON Schema cannot express) stay in the content check.
 */
export function recordSchema(collection: ExportCollection) {
	if (collection === 'bilans') return z.strictObject({ ...BILAN_IDENTIFIERS, ...bilanSchema.shape }).describe(bilanSchema.description ?? DATASET_TITLES.bilans);
	const shape = isEntity(collection) ? ENTITY_TYPES[collection].schema.shape : REGISTERS[collection].schema.shape;
	const base = isEntity(collection) ? ENTITY_TYPES[collection].schema : REGISTERS[collection].schema;
	const identifiers = isEntity(collection) ? ENTITY_IDENTIFIERS : REGISTER_IDENTIFIER;
	return z.strictObject({ ...identifiers, ...shape }).describe(base.description ?? DATASET_TITLES[collection]);
}

/** The subset of JSON Schema that `z.toJSONSchema` emits for these schemas. */
export interface JsonSchemaNode {
	$schema?: string;
	title?: string;
	description?: string;
	type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	anyOf?: JsonSchemaNode[];
	enum?: unknown[];
	const?: unknown;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	minItems?: number;
	pattern?: string;
}

/**
 * The published JSON Schema (draft 2020-12) of `<collection>.json`: an array of records. Computed
 * once per collection (its JSON, CSV and schema files, and the data page, each need it); callers
 * only read it.
 */
export function jsonSchema(collection: ExportCollection): JsonSchemaNode {
	let schema = jsonSchemas.get(collection);
	if (schema === undefined) {
		schema = buildJsonSchema(collection);
		jsonSchemas.set(collection, schema);
	}
	return schema;
}

const jsonSchemas = new Map<ExportCollection, JsonSchemaNode>();

function buildJsonSchema(collection: ExportCollection): JsonSchemaNode {
	const fichier = `${collection}.json`;
	const schema = z.array(recordSchema(collection)).meta({
		title: `${DATASET_TITLES[collection]} — CPRDFOP Hauts-de-France 2022-2028 (${fichier})`,
		description: isEntity(collection)
			? `Toutes les éditions, en vigueur et remplacées : un enregistrement par édition, triés par identifiant puis par année. Licence Ouverte 2.0 (Etalab).`
			: isRegister(collection)
				? `Toutes les entrées du registre, triées par clé. Licence Ouverte 2.0 (Etalab).`
				: `Tous les bilans annuels publiés : un enregistrement par entité et par année, triés par année puis par identifiant. Licence Ouverte 2.0 (Etalab).`,
	});
	return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode;
}

/** The item schema of the array: one record. */
const recordNode = (collection: ExportCollection) => jsonSchema(collection).items!;

/** Rebuilds a value with its keys in schema order (YAML order may differ); absent optional fields stay absent. */
function ordered(node: JsonSchemaNode, value: unknown): unknown {
	if (Array.isArray(value)) return node.items ? value.map((item) => ordered(node.items!, item)) : value;
	if (value === null || typeof value !== 'object') return value;
	// A union of objects (plan d'actions: row or group): the option that declares every key of the value.
	const option = node.properties ? node : node.anyOf?.find(({ properties }) => properties && Object.keys(value).every((k) => k in properties));
	if (!option?.properties) return value;
	const record = value as Record<string, unknown>;
	return Object.fromEntries(
		Object.entries(option.properties)
			.filter(([key]) => record[key] !== undefined)
			.map(([key, child]) => [key, ordered(child, record[key])]),
	);
}

const byText = (a: string, b: string) => compareFrNumeric(a, b);

/** The exported records of a collection: one per edition (entities) or per entry (registers), in a stable order. */
export function exportRecords(collection: ExportCollection, entries: ExportEntry[]): ExportRecord[] {
	const node = recordNode(collection);
	const records = entries.map((entry) => {
		const data = entry.data as Record<string, unknown>;
		const identifiers = isEntity(collection)
			? {
					identifiant: entry.id.split('/')[0],
					annee: (data.edition as { annee: number }).annee,
					en_vigueur: !entry.id.includes('/'),
				}
			: isRegister(collection)
				? { cle: entry.id }
				: { identifiant: entry.id.split('/')[1], type: entry.kind };
		return ordered(node, { ...identifiers, ...data }) as ExportRecord;
	});
	if (collection === 'bilans') return records.sort((a, b) => Number(a.annee) - Number(b.annee) || byText(String(a.identifiant), String(b.identifiant)));
	return isEntity(collection)
		? records.sort((a, b) => byText(String(a.identifiant), String(b.identifiant)) || Number(a.annee) - Number(b.annee))
		: records.sort((a, b) => byText(String(a.cle), String(b.cle)));
}

/** How a field becomes CSV: a cell as is, a list joined with `|`, or a JSON text. */
/** How a value becomes one CSV cell; `identifiee`: a list of `{ id, texte }` as « O1 : texte | O2 : texte ». */
export type Flattening = 'valeur' | 'liste' | 'identifiee' | 'json';

/** Items with a stable identifier and a text (objectives, indicators): readable as « O1 : texte » in a cell. */
const isIdentifiedItem = (node: JsonSchemaNode | undefined) =>
	node?.type === 'object' && Object.keys(node.properties ?? {}).join() === 'id,texte';
const ID_SEPARATOR = ' : ';

/** One CSV column, and the description of the field it carries. */
export interface Column {
	/** Column header; `edition.annee` is the property `annee` of the object `edition` in the JSON. */
	name: string;
	/** Path of the value in a JSON record. */
	path: string[];
	/** Type in French, e.g. « entier (1 à 4) », « liste de textes ». */
	type: string;
	required: boolean;
	/** The schema's French description. */
	description: string;
	flattening: Flattening;
	/** The field's JSON Schema, for typed descriptions (Table Schema of the data package). */
	schema: JsonSchemaNode;
}

const range = (node: JsonSchemaNode) =>
	node.minimum !== undefined && node.maximum !== undefined ? ` (${node.minimum} à ${node.maximum})` : node.minimum !== undefined ? ` (≥ ${node.minimum})` : '';

/** French name of a JSON Schema type, in the singular or as the items of a list. */
function typeLabel(node: JsonSchemaNode, plural = false): string {
	const s = plural ? 's' : '';
	if (node.const !== undefined) return `${plural ? 'valeurs' : 'valeur'} fixe${s} : ${JSON.stringify(node.const)}`;
	if (node.enum) return `texte${s} parmi : ${node.enum.map(String).join(' ; ')}`;
	switch (node.type) {
		case 'integer':
			return `entier${s}${range(node)}`;
		case 'number':
			return `nombre${s}${range(node)}`;
		case 'boolean':
			return `booléen${s} (true ou false)`;
		case 'string':
			return `texte${s}`;
		case 'array':
			return node.items ? `liste ${/^[aeéiou]/.test(typeLabel(node.items, true)) ? 'd’' : 'de '}${typeLabel(node.items, true)}` : 'liste';
		default:
			return node.anyOf ? `objet${s} (${node.anyOf.map((o) => o.description ?? o.type).join(' ou ')})` : `objet${s}`;
	}
}

const isScalar = (node: JsonSchemaNode | undefined) => node !== undefined && node.type !== 'object' && node.type !== 'array' && !node.anyOf;

/** Columns of a JSON Schema object: nested objects are spread into `parent.child` columns. */
function columnsOf(node: JsonSchemaNode, prefix: string[] = [], parentRequired = true): Column[] {
	return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
		const path = [...prefix, key];
		const required = parentRequired && (node.required ?? []).includes(key);
		if (child.type === 'object' && child.properties) return columnsOf(child, path, required);
		const flattening: Flattening = isScalar(child) ? 'valeur' : child.type === 'array' && isScalar(child.items) ? 'liste' : child.type === 'array' && isIdentifiedItem(child.items) ? 'identifiee' : 'json';
		return [{ name: path.join('.'), path, type: typeLabel(child), required, description: child.description ?? '', flattening, schema: child }];
	});
}

/** The CSV columns of a collection, in schema order. */
export const csvColumns = (collection: ExportCollection): Column[] => columnsOf(recordNode(collection));

const at = (record: ExportRecord, path: string[]) =>
	path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);

/** One cell: absent → empty, list → items joined with ` | `, nested structure → JSON, booleans `true`/`false`, numbers with a decimal point. */
function cell(column: Column, value: unknown): string {
	if (value === undefined || value === null) return '';
	if (column.flattening === 'json') return JSON.stringify(value);
	if (column.flattening === 'liste' || column.flattening === 'identifiee') {
		const items = column.flattening === 'liste' ? (value as unknown[]).map(String) : (value as { id: string; texte: string }[]).map((i) => `${i.id}${ID_SEPARATOR}${i.texte}`);
		const bad = items.find((item) => item.includes('|'));
		// Refuse rather than publish a cell that cannot be split back into its items.
		if (bad !== undefined) throw new Error(`Export CSV : la colonne « ${column.name} » contient un élément avec « | », séparateur des listes : « ${bad} »`);
		return items.join(CSV_LIST_SEPARATOR);
	}
	return String(value);
}

/** CSV text of a table, quoted by csv-stringify (RFC 4180). */
const toCsvText = (header: string[], rows: string[][]) => stringify([header, ...rows], CSV_OPTIONS);

/** The CSV export of a collection: the header is the columns' names, one row per record. */
export function toCsv(collection: ExportCollection, records: ExportRecord[]): string {
	const columns = csvColumns(collection);
	return toCsvText(
		columns.map((c) => c.name),
		records.map((record) => columns.map((column) => cell(column, at(record, column.path)))),
	);
}

/** Columns of `fiches-plan-actions.csv`: the edition's identifiers, the place of the row, its group, then the plan's columns. */
export function planActionsColumns(): Column[] {
	const identifiers = csvColumns('fiches').filter((c) => c.name in ENTITY_IDENTIFIERS);
	const position: Column[] = [
		{ name: 'rang', path: ['rang'], type: 'entier (≥ 1)', required: true, description: "Rang de la ligne dans le plan d'actions de l'édition, sous-actions des groupes comprises", flattening: 'valeur', schema: { type: 'integer', minimum: 1 } },
		{ name: 'groupe', path: ['groupe'], type: 'texte', required: false, description: 'Intitulé du groupe qui regroupe la ligne (vide pour une ligne hors groupe)', flattening: 'valeur', schema: { type: 'string', minLength: 1 } },
	];
	const ligne = columnsOf(z.toJSONSchema(ligneActionSchema, { io: 'output' }) as JsonSchemaNode);
	return [...identifiers, ...position, ...ligne];
}

/** One row per line of every plan d'actions, groups unfolded, from the fiches' exported records. */
export function planActionsRows(fiches: ExportRecord[]): ExportRecord[] {
	type Ligne = Record<string, string>;
	return fiches.flatMap((fiche) => {
		const lignes = (fiche.plan_actions as (Ligne | { groupe: string; lignes: Ligne[] })[]).flatMap((item) =>
			'groupe' in item ? (item.lignes as Ligne[]).map((l) => ({ groupe: item.groupe as string, ...l })) : [{ ...item }],
		);
		return lignes.map((ligne, i) => ({ identifiant: fiche.identifiant, annee: fiche.annee, en_vigueur: fiche.en_vigueur, rang: i + 1, ...ligne }));
	});
}

export function planActionsCsv(fiches: ExportRecord[]): string {
	const columns = planActionsColumns();
	return toCsvText(
		columns.map((c) => c.name),
		planActionsRows(fiches).map((row) => columns.map((column) => cell(column, at(row, column.path)))),
	);
}

/** One downloadable file of `/donnees/`. */
export interface DataFile {
	/** File name under `/donnees/`. */
	name: string;
	format: 'JSON' | 'CSV' | 'JSON Schema' | 'Data Package';
	mediaType: string;
	body: string;
	/** Size in bytes of the UTF-8 body. */
	bytes: number;
}

export const dataFile = (name: string, format: DataFile['format'], mediaType: string, body: string): DataFile => ({
	name,
	format,
	mediaType,
	body,
	bytes: new TextEncoder().encode(body).length,
});

/** Everything `/donnees/` publishes about one collection. */
export interface Dataset {
	collection: ExportCollection;
	title: string;
	records: ExportRecord[];
	columns: Column[];
	files: DataFile[];
	/** Columns of the extra per-line CSV (fiches only). */
	planActionsColumns?: Column[];
}

export function dataset(collection: ExportCollection, entries: ExportEntry[]): Dataset {
	const records = exportRecords(collection, entries);
	const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
	const files = [
		dataFile(`${collection}.json`, 'JSON', 'application/json; charset=utf-8', json(records)),
		dataFile(`${collection}.csv`, 'CSV', 'text/csv; charset=utf-8', toCsv(collection, records)),
		dataFile(`${collection}.schema.json`, 'JSON Schema', 'application/schema+json; charset=utf-8', json(jsonSchema(collection))),
	];
	if (collection !== 'fiches') return { collection, title: DATASET_TITLES[collection], records, columns: csvColumns(collection), files };
	return {
		collection,
		title: DATASET_TITLES[collection],
		records,
		columns: csvColumns(collection),
		files: [...files, dataFile('fiches-plan-actions.csv', 'CSV', 'text/csv; charset=utf-8', planActionsCsv(records))],
		planActionsColumns: planActionsColumns(),
	};
}

/** A file size in French: « 783 octets », « 165,9 ko » (1 ko = 1 000 octets). */
export function formatSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} octets`;
	const units = ['ko', 'Mo', 'Go'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** How a column's value is written in the CSV, in French, for the page's field tables. */
export function flatteningLabel(column: Column): string {
	const empty = column.required ? '' : ' ; vide si absent';
	switch (column.flattening) {
		case 'liste':
			return `éléments joints par « ${CSV_LIST_SEPARATOR.trim()} » ; vide si la liste est vide`;
		case 'identifiee':
			return `éléments « identifiant${ID_SEPARATOR}texte » (ex. « O1${ID_SEPARATOR}… ») joints par « ${CSV_LIST_SEPARATOR.trim()} »`;
		case 'json':
			return `texte JSON${empty}`;
		default:
			return `${column.path.length > 1 ? `objet « ${column.path.slice(0, -1).join('.')} » aplati` : 'tel quel'}${empty}`;
	}
}

/** What the records of a data set count: editions of how many entities, in force or replaced. */
export function recordCounts(records: ExportRecord[]) {
	const enVigueur = records.filter((r) => r.en_vigueur === true).length;
	return {
		enregistrements: records.length,
		entites: new Set(records.map((r) => r.identifiant)).size,
		enVigueur,
		remplacees: records.filter((r) => r.en_vigueur === false).length,
	};
}
