/**
 * Checks CSV rows against a Frictionless Table Schema v1, by the specification's own rules
 * (https://specs.frictionlessdata.io/table-schema/), independently of the exporter: header names in
 * order, field count, each cell castable to its field's type with the default formats, then the
 * constraints (required, enum, minimum, maximum), the primary key and the foreign keys.
 * Messages are French: file, line, column, what is expected.
 */
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSchema, TableSchemaField } from '../../src/lib/data/datapackage';
import { ROOT } from './site';

/** The official Tabular Data Package v1 profile (see tests/fixtures/frictionless/README.md), compiled by ajv. */
export function tabularDataPackageValidator() {
	const profile = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'frictionless', 'tabular-data-package.json'), 'utf8')) as object;
	// Strict about unknown keywords and formats; the profile's own style (types beside `required`) is not ours to lint.
	const ajv = new Ajv04({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
	// Annotations of the profile that carry no validation.
	ajv.addVocabulary(['propertyOrder', 'context', 'options', 'examples', 'notes']);
	addFormats(ajv);
	ajv.addFormat('textarea', true); // an editor hint of the profile, not a constraint
	return ajv.compile(profile);
}

// Default formats of Table Schema v1 (bareNumber true, no group character, decimal point).
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|[+-]?INF)$/;
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell cast to its field's type, or an error message. */
export function castCell(field: TableSchemaField, cell: string): { value: unknown } | { error: string } {
	const fail = (what: string) => ({ error: `« ${cell.slice(0, 60)} » n’est pas ${what}` });
	switch (field.type) {
		case 'string':
			return { value: cell };
		case 'integer':
			return INTEGER.test(cell) ? { value: Number(cell) } : fail('un entier');
		case 'number':
			return NUMBER.test(cell) ? { value: Number(cell.replace('INF', 'Infinity')) } : fail('un nombre');
		case 'boolean':
			return TRUE_VALUES.includes(cell) ? { value: true } : FALSE_VALUES.includes(cell) ? { value: false } : fail('un booléen');
		case 'date': {
			const m = DATE.exec(cell);
			const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
			return date && date.toISOString().slice(0, 10) === cell ? { value: cell } : fail('une date AAAA-MM-JJ');
		}
		case 'array':
		case 'object': {
			let value: unknown;
			try {
				value = JSON.parse(cell);
			} catch {
				return fail(`un texte JSON`);
			}
			const ok = field.type === 'array' ? Array.isArray(value) : value !== null && typeof value === 'object' && !Array.isArray(value);
			return ok ? { value } : fail(field.type === 'array' ? 'un tableau JSON' : 'un objet JSON');
		}
	}
}

/** Every problem of a CSV (header row first) against its Table Schema; `others` gives the rows of referenced resources. */
export function tableSchemaErrors(file: string, rows: string[][], schema: TableSchema, others: (resource: string) => string[][] = () => []): string[] {
	const errors: string[] = [];
	const [header = [], ...records] = rows;
	const names = schema.fields.map((f) => f.name);
	if (header.join('\u0000') !== names.join('\u0000')) errors.push(`${file} : en-tête ${JSON.stringify(header)}, attendu les champs du schéma dans l’ordre ${JSON.stringify(names)}`);
	const keys = new Set<string>();
	records.forEach((row, i) => {
		const line = `${file}, enregistrement ${i + 1}`;
		if (row.length !== names.length) {
			errors.push(`${line} : ${row.length} champs, attendu ${names.length}`);
			return;
		}
		schema.fields.forEach((field, j) => {
			const cell = row[j]!;
			const where = `${line}, colonne « ${field.name} »`;
			if (schema.missingValues.includes(cell)) {
				if (field.constraints?.required) errors.push(`${where} : valeur manquante, attendu une valeur (champ obligatoire)`);
				return;
			}
			const cast = castCell(field, cell);
			if ('error' in cast) return void errors.push(`${where} : ${cast.error} (type ${field.type})`);
			const { enum: allowed, minimum, maximum } = field.constraints ?? {};
			if (allowed && !allowed.includes(cast.value)) errors.push(`${where} : « ${cell} » hors des valeurs permises ${JSON.stringify(allowed)}`);
			if (minimum !== undefined && (cast.value as number) < minimum) errors.push(`${where} : ${cell} inférieur au minimum ${minimum}`);
			if (maximum !== undefined && (cast.value as number) > maximum) errors.push(`${where} : ${cell} supérieur au maximum ${maximum}`);
		});
		const key = schema.primaryKey.map((k) => row[names.indexOf(k)]).join('\u0000');
		if (keys.has(key)) errors.push(`${line} : clé primaire ${JSON.stringify(schema.primaryKey)} en double`);
		keys.add(key);
	});
	for (const fk of schema.foreignKeys ?? []) {
		const [refHeader = [], ...refRows] = others(fk.reference.resource);
		const refKeys = new Set(refRows.map((r) => fk.reference.fields.map((f) => r[refHeader.indexOf(f)]).join('\u0000')));
		records.forEach((row, i) => {
			const key = fk.fields.map((f) => row[names.indexOf(f)]).join('\u0000');
			if (!refKeys.has(key)) errors.push(`${file}, enregistrement ${i + 1} : ${JSON.stringify(fk.fields)} sans correspondance dans la ressource ${fk.reference.resource}`);
		});
	}
	return errors;
}
