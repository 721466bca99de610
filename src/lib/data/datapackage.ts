/**
 * `/donnees/datapackage.json`: the open data described as a Frictionless Tabular Data Package v1,
 * the form French open data portals read (schema.data.gouv.fr publishes Table Schemas). One
 * resource per CSV, each with its Table Schema: field names in CSV order, types, and the French
 * descriptions of the Zod schemas, so a re-user's tool can check and type the files without
 * reading the page.
 */
import { createHash } from 'node:crypto';
import { ISO_DATE_PATTERN } from '../../schemas/common';
import { ENTITY_COLLECTIONS } from '../content/entities';
import { EDITION_LABELS, FIELD_LABELS, PLAN_COLUMNS, PLAN_GROUP_LABELS } from '../content/labels';
import { CSV_LIST_SEPARATOR, CSV_OPTIONS, dataFile, type Column, type DataFile, type Dataset, type ExportCollection } from './exports';

/** The licence of every file: Licence Ouverte 2.0, under its SPDX identifier. */
export const LICENCE = {
	name: 'etalab-2.0',
	path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
	title: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
} as const;

export const DATAPACKAGE_FILE = 'datapackage.json';

/** Table Schema v1 field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';

export interface TableSchemaField {
	name: string;
	title?: string;
	description: string;
	type: FieldType;
	constraints?: { required?: boolean; enum?: unknown[]; minimum?: number; maximum?: number };
}

export interface TableSchema {
	fields: TableSchemaField[];
	missingValues: string[];
	primaryKey: string[];
	foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface DataResource {
	profile: 'tabular-data-resource';
	name: string;
	path: string;
	title: string;
	description: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	bytes: number;
	hash: string;
	dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
	schema: TableSchema;
}

export interface DataPackage {
	profile: 'tabular-data-package';
	name: string;
	title: string;
	description: string;
	homepage: string;
	keywords: string[];
	licenses: (typeof LICENCE)[];
	resources: DataResource[];
}

/** Numbers above this are Zod's « any safe integer » bound, not a bound of the contract. */
const NO_BOUND = Number.MAX_SAFE_INTEGER;

/** The Table Schema type of a CSV column: lists are text (items joined with ` | `: v1 has no list type), nested structures JSON. */
export function fieldType(column: Column): FieldType {
	const node = column.schema;
	if (column.flattening === 'liste' || column.flattening === 'identifiee') return 'string';
	if (column.flattening === 'json') return node.type === 'object' ? 'object' : 'array';
	if (node.const !== undefined) return typeof node.const === 'number' ? (Number.isInteger(node.const) ? 'integer' : 'number') : typeof node.const === 'boolean' ? 'boolean' : 'string';
	switch (node.type) {
		case 'integer':
		case 'number':
		case 'boolean':
			return node.type;
		case 'string':
			return node.pattern === ISO_DATE_PATTERN.source ? 'date' : 'string';
		default:
			return 'string';
	}
}

/**
 * Whether a column's cell may be empty: the CSV cannot tell an empty text or list from an absent
 * value (both are "", the package's missing value), so only a column that can never be empty is `required`.
 */
function mayBeEmpty(column: Column): boolean {
	if (!column.required) return true;
	const node = column.schema;
	if (column.flattening === 'liste' || column.flattening === 'identifiee') return (node.minItems ?? 0) === 0;
	return node.type === 'string' && (node.minLength ?? 0) === 0 && node.enum === undefined;
}

/** The signed label of a field, when the sheets give it one. */
function fieldTitle(collection: ExportCollection | 'fiches-plan-actions', column: Column): string | undefined {
	const [head, child] = column.path;
	if (head === 'edition') return child ? EDITION_LABELS[child as keyof typeof EDITION_LABELS] : undefined;
	if (collection === 'fiches-plan-actions') {
		return PLAN_COLUMNS.find((c) => c.key === head)?.label ?? (head === 'groupe' ? PLAN_GROUP_LABELS.groupe : undefined);
	}
	const labels = (FIELD_LABELS as Record<string, Record<string, string>>)[collection];
	return column.path.length === 1 ? labels?.[head!] : undefined;
}

/** One column as a Table Schema field, its French description completed by how the CSV writes it. */
export function tableSchemaField(collection: ExportCollection | 'fiches-plan-actions', column: Column): TableSchemaField {
	const type = fieldType(column);
	const node = column.schema;
	const how =
		column.flattening === 'liste'
			? ` — liste : éléments séparés par « ${CSV_LIST_SEPARATOR.trim()} »`
			: column.flattening === 'identifiee'
				? ` — liste : éléments « identifiant : texte » séparés par « ${CSV_LIST_SEPARATOR.trim()} »`
				: column.flattening === 'json'
					? ' — texte JSON'
					: '';
	const constraints: TableSchemaField['constraints'] = {};
	if (!mayBeEmpty(column)) constraints.required = true;
	if (node.enum) constraints.enum = node.enum;
	else if (node.const !== undefined) constraints.enum = [node.const];
	if ((type === 'integer' || type === 'number') && node.minimum !== undefined) constraints.minimum = node.minimum;
	if ((type === 'integer' || type === 'number') && node.maximum !== undefined && node.maximum < NO_BOUND) constraints.maximum = node.maximum;
	const title = fieldTitle(collection, column);
	return {
		name: column.name,
		...(title ? { title } : {}),
		description: `${column.description}${how}`,
		type,
		...(Object.keys(constraints).length > 0 ? { constraints } : {}),
	};
}

const sha256 = (body: string) => `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;

/** How the CSV files are written (CSV_OPTIONS), in the package's words. */
const DIALECT: DataResource['dialect'] = { delimiter: CSV_OPTIONS.delimiter, lineTerminator: '\r\n', quoteChar: CSV_OPTIONS.quote, doubleQuote: true, header: true };

const isEntityDataset = (d: Dataset) => (ENTITY_COLLECTIONS as string[]).includes(d.collection);

function resource(file: DataFile, title: string, description: string, schema: TableSchema): DataResource {
	return {
		profile: 'tabular-data-resource',
		name: file.name.replace(/\.csv$/, ''),
		path: file.name,
		title,
		description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		bytes: file.bytes,
		hash: sha256(file.body),
		dialect: DIALECT,
		schema,
	};
}

/** The resources of one data set: its CSV, and for the fiches the per-line plan d'actions. */
export function datasetResources(d: Dataset): DataResource[] {
	const csv = d.files.find((f) => f.name === `${d.collection}.csv`)!;
	const entity = isEntityDataset(d);
	const bilans = d.collection === 'bilans';
	const main = resource(
		csv,
		d.title,
		entity
			? `${d.title} du CPRDFOP Hauts-de-France 2022-2028 : une ligne par édition, en vigueur ou remplacée, triées par identifiant puis par année ; le couple identifiant, annee est unique. Mêmes enregistrements que ${d.collection}.json (décrit par ${d.collection}.schema.json).`
			: bilans
				? `${d.title} du CPRDFOP Hauts-de-France 2022-2028 (Principe 2) : une ligne par fiche ou engagement et par année suivie, triées par année puis par identifiant ; le couple identifiant, annee est unique. Mêmes enregistrements que bilans.json (décrit par bilans.schema.json).`
				: `${d.title} du CPRDFOP Hauts-de-France 2022-2028 : une ligne par entrée, triées par clé. Mêmes enregistrements que ${d.collection}.json (décrit par ${d.collection}.schema.json).`,
		{
			fields: d.columns.map((c) => tableSchemaField(d.collection, c)),
			missingValues: [''],
			primaryKey: entity || bilans ? ['identifiant', 'annee'] : ['cle'],
		},
	);
	if (!d.planActionsColumns) return [main];
	const plan = d.files.find((f) => f.name === 'fiches-plan-actions.csv')!;
	return [
		main,
		resource(
			plan,
			'Plans d’actions des fiches priorités sectorielles',
			'Une ligne par action de chaque plan d’actions des fiches priorités sectorielles, sous-actions des groupes comprises, pour chaque édition ; la colonne plan_actions de fiches.csv les donne en JSON.',
			{
				fields: d.planActionsColumns.map((c) => tableSchemaField('fiches-plan-actions', c)),
				missingValues: [''],
				primaryKey: ['identifiant', 'annee', 'rang'],
				foreignKeys: [{ fields: ['identifiant', 'annee'], reference: { resource: 'fiches', fields: ['identifiant', 'annee'] } }],
			},
		),
	];
}

/** The data package of `/donnees/`: every CSV of every data set, in the page's order. */
export function dataPackage(datasets: Dataset[], site: URL | string): DataPackage {
	return {
		profile: 'tabular-data-package',
		name: 'cprdfop-hauts-de-france-2022-2028',
		title: 'CPRDFOP Hauts-de-France 2022-2028 — données ouvertes',
		description:
			'Le Contrat de plan régional de développement des formations et de l’orientation professionnelles (CPRDFOP) Hauts-de-France 2022-2028 en données : ambitions, principes, fiches engagements, fiches priorités sectorielles, engagements du SRFSS, propositions de la concertation, et les registres auxquels ils renvoient. Fichiers CSV (RFC 4180, UTF-8 sans BOM), chacun doublé d’un JSON et d’un JSON Schema sous la même adresse.',
		homepage: new URL('/donnees/', site).href,
		keywords: ['CPRDFOP', 'Hauts-de-France', 'formation professionnelle', 'orientation professionnelle', 'contrat de plan'],
		licenses: [LICENCE],
		resources: datasets.flatMap(datasetResources),
	};
}

/** `datapackage.json`, ready to publish beside the files it describes. */
export const dataPackageFile = (datasets: Dataset[], site: URL | string): DataFile =>
	dataFile(DATAPACKAGE_FILE, 'Data Package', 'application/json; charset=utf-8', `${JSON.stringify(dataPackage(datasets, site), null, 2)}\n`);
