/**
 * How the web editor (Decap CMS, `/admin/`) reads and writes a content file. Registered in the
 * browser as a Decap custom format, one per collection:
 *
 * - reading gives Decap the frontmatter's fields, tags each plan d'actions item with its kind
 *   (Decap's variable-type lists need a type key; the files have none), and keeps the file's text;
 * - writing removes those tags, drops emptied optional fields, fills a row's empty cells, numbers
 *   new items (objectives, actions, indicators) after their siblings, and
 *   rewrites only the fields whose value changed, byte for byte as `npm run revision` writes them
 *   (`frontmatter.ts`): saving an untouched sheet gives back the same file.
 *
 * No Node API: the same code runs in the browser and in the tests.
 */
import { parseYaml, rewriteFrontmatter, splitFrontmatter } from '../content/frontmatter';
import { assignNewIds } from '../content/item-ids';

/** The part of Decap's field configuration this project generates (`cms-config.ts`). */
export interface CmsField {
	name: string;
	label: string;
	widget: 'string' | 'markdown' | 'text' | 'number' | 'select' | 'list' | 'object';
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	step?: number;
	options?: CmsOption[];
	multiple?: boolean;
	/** list: a list of single values. */
	field?: CmsField;
	/** list or object: the fields of each item. */
	fields?: CmsField[];
	/** list: items of several kinds, told apart by `typeKey`. */
	types?: CmsType[];
	typeKey?: string;
	summary?: string;
	collapsed?: boolean;
	label_singular?: string;
	modes?: ('raw' | 'rich_text')[];
	buttons?: string[];
	editor_components?: string[];
	minimal?: boolean;
}

export interface CmsType {
	name: string;
	label: string;
	widget: 'object';
	summary?: string;
	fields: CmsField[];
}

export type CmsOption = string | number | { label: string; value: string | number };

/** Where the editor keeps the text of the file it read, so that writing can leave unchanged fields as they were. */
export const SOURCE_KEY = '_fichier_source';
/** Decap's type key of the plan d'actions items (never written to the files). */
export const TYPE_KEY = '_nature';

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The kind of a list item without a type key: the first whose fields name every key of the item. */
function inferType(types: CmsType[], item: unknown): CmsType {
	const keys = isObject(item) ? Object.keys(item).filter((k) => k !== TYPE_KEY) : [];
	return types.find((t) => keys.every((k) => t.fields.some((f) => f.name === k))) ?? types[0]!;
}

/** Adds Decap's type key to the items of variable-type lists, at any depth. */
function tagTypes(fields: CmsField[], data: Data): Data {
	const out: Data = { ...data };
	for (const f of fields) {
		const value = data[f.name];
		if (f.widget === 'list' && f.types && Array.isArray(value)) {
			out[f.name] = value.map((item) => {
				const type = inferType(f.types!, item);
				return { [f.typeKey ?? TYPE_KEY]: type.name, ...tagTypes(type.fields, isObject(item) ? item : {}) };
			});
		} else if (f.widget === 'list' && f.fields && Array.isArray(value)) {
			out[f.name] = value.map((item) => (isObject(item) ? tagTypes(f.fields!, item) : item));
		} else if (f.widget === 'object' && f.fields && isObject(value)) {
			out[f.name] = tagTypes(f.fields, value);
		}
	}
	return out;
}

const optionValue = (f: CmsField, v: unknown) => {
	const numeric = (f.options ?? []).some((o) => typeof (typeof o === 'object' ? o.value : o) === 'number');
	return numeric && typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
};

/** What an empty field becomes: its default, nothing if optional, else an empty value the check will report. */
const whenEmpty = (f: CmsField, empty: unknown) => (f.default !== undefined ? f.default : f.required === false ? undefined : empty);

/** One field's value as the content files write it, or undefined to leave the field out. */
function normalizeValue(f: CmsField, value: unknown): unknown {
	switch (f.widget) {
		case 'list': {
			const items = Array.isArray(value) ? value : isBlank(value) ? [] : [value];
			let out: unknown[];
			if (f.types) {
				out = items.map((item) => {
					const type = f.types!.find((t) => isObject(item) && t.name === item[f.typeKey ?? TYPE_KEY]) ?? inferType(f.types!, item);
					// Fields of the other kinds are the editor's, not the file's: a group has no cells.
					const others = new Set(f.types!.flatMap((t) => t.fields.map((x) => x.name)).filter((n) => !type.fields.some((x) => x.name === n)));
					const rest = Object.fromEntries(Object.entries(isObject(item) ? item : {}).filter(([k]) => k !== (f.typeKey ?? TYPE_KEY) && !others.has(k)));
					return normalizeObject(type.fields, rest);
				});
			} else if (f.fields) {
				// An item added and left blank (an objective with no text) is not an item.
				out = items.filter((item) => isObject(item) && Object.values(item).some((v) => !isBlank(v))).map((item) => normalizeObject(f.fields!, item as Data));
			}
			else if (f.field) out = items.map((item) => normalizeValue({ ...f.field!, required: false, default: undefined }, item)).filter((x) => x !== undefined);
			else out = items.filter((x) => !isBlank(x));
			return out.length > 0 ? out : whenEmpty(f, []);
		}
		case 'select': {
			if (f.multiple) {
				const items = (Array.isArray(value) ? value : isBlank(value) ? [] : [value]).filter((x) => !isBlank(x)).map((x) => optionValue(f, x));
				return items.length > 0 ? items : whenEmpty(f, []);
			}
			return isBlank(value) ? whenEmpty(f, undefined) : optionValue(f, value);
		}
		case 'object': {
			const out = normalizeObject(f.fields ?? [], isObject(value) ? value : {});
			return Object.keys(out).length === 0 && f.required === false ? undefined : out;
		}
		case 'number': {
			if (isBlank(value)) return whenEmpty(f, undefined);
			const n = Number(value);
			return Number.isFinite(n) ? n : value;
		}
		default:
			if (value === undefined || value === null || (f.required === false && isBlank(value))) return whenEmpty(f, '');
			return typeof value === 'string' ? value : String(value);
	}
}

/** An object's fields in the configuration's order; keys the editor does not know are kept as they are. */
function normalizeObject(fields: CmsField[], data: Data): Data {
	const out: Data = {};
	for (const f of fields) {
		const value = normalizeValue(f, data[f.name]);
		if (value !== undefined) out[f.name] = value;
	}
	for (const [key, value] of Object.entries(data)) {
		if (key !== SOURCE_KEY && key !== TYPE_KEY && value !== undefined && !fields.some((f) => f.name === key)) out[key] = value;
	}
	return out;
}

/** The frontmatter data a save writes: type keys and the kept source removed, empty fields settled. */
export const normalizeEntry = (fields: CmsField[], data: Data) => normalizeObject(fields, data);

/** The configuration as generated (`/admin/config.json`): each files collection gives its form once. */
export interface CompactCollection {
	name: string;
	format: string;
	extension: string;
	files: { name: string; label: string; file: string }[];
	fields: CmsField[];
	[option: string]: unknown;
}

/** Decap's configuration from the generated one: every file of a collection gets the collection's form. */
export function expandCmsConfig<C extends { collections: CompactCollection[] }>(
	config: C,
): Omit<C, 'collections'> & { collections: (Omit<CompactCollection, 'fields' | 'files'> & { files: (CompactCollection['files'][number] & { fields: CmsField[] })[] })[] } {
	return {
		...config,
		collections: config.collections.map(({ fields, files, ...collection }) => ({ ...collection, files: files.map((file) => ({ ...file, fields })) })),
	};
}

/** A Decap custom format for one collection's files. */
export function createFormat(fields: CmsField[]) {
	return {
		fromFile(content: string): Data {
			const parts = splitFrontmatter(content);
			if (!parts) throw new Error('fichier sans en-tête YAML (--- … ---)');
			return { ...tagTypes(fields, parseYaml(parts.yaml)), [SOURCE_KEY]: content };
		},
		toFile(data: Data): string {
			const source = typeof data[SOURCE_KEY] === 'string' ? (data[SOURCE_KEY] as string) : undefined;
			return rewriteFrontmatter(source, assignNewIds(normalizeEntry(fields, data)), fields.map((f) => f.name));
		},
	};
}
