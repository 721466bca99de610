/**
 * The one diff engine: compares two editions of an entity field by field. Text is compared word
 * by word (jsdiff, with a French word segmenter so that « l’apprentissage » or « socio-économique »
 * are words, not fragments); lists item by item; plan d'actions rows row by row, then cell by cell.
 * Items that carry a stable identifier (objectives `O1`, actions `A2`, indicators `I1`) are
 * matched by it: an edited or moved item is the same item, changed, never a deletion plus an addition.
 * The comparison pages, `npm run diff` and the history use it; nothing else compares content.
 */
import { diffArrays, diffWords } from 'diff';
import { PLAN_COLUMNS } from '../content/labels';

/** A run of text: kept, added or removed. */
export interface Part {
	value: string;
	added?: boolean;
	removed?: boolean;
}

export type Status = 'inchange' | 'ajoute' | 'supprime' | 'modifie';

/** One item of a list, or one cell of a row, with its word-level parts. */
export interface ItemChange {
	status: Status;
	/** The item's stable identifier, when it has one. */
	id?: string;
	/** The item moved within its list. */
	moved?: boolean;
	parts: Part[];
}

/** One plan d'actions row (or the heading of a group of sub-actions), matched across editions. */
export interface RowChange {
	status: Status;
	/** The row's stable identifier (`A2`, `A3.1`). */
	id: string;
	/** The row moved within the plan. */
	moved?: boolean;
	/** Heading of the group the row belongs to, when it is a sub-action. */
	groupe?: string;
	cells: { key: string; label: string; change: ItemChange }[];
}

export type FieldChange =
	| { kind: 'texte'; field: string; status: Status; change: ItemChange }
	| { kind: 'liste'; field: string; status: Status; items: ItemChange[] }
	| { kind: 'lignes'; field: string; status: Status; rows: RowChange[] };

const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** Word-level diff of two texts. */
export function diffText(before: string, after: string): ItemChange {
	if (before === after) return { status: 'inchange', parts: before ? [{ value: before }] : [] };
	if (before === '') return { status: 'ajoute', parts: [{ value: after, added: true }] };
	if (after === '') return { status: 'supprime', parts: [{ value: before, removed: true }] };
	const parts = diffWords(before, after, { intlSegmenter: segmenter }).map(({ value, added, removed }) => ({ value, ...(added && { added }), ...(removed && { removed }) }));
	return { status: 'modifie', parts };
}

/** Share of words two texts have in common, to decide whether an item was changed or replaced. */
function similarity(a: string, b: string): number {
	const words = (s: string) => new Set([...segmenter.segment(s.toLowerCase())].filter((w) => w.isWordLike).map((w) => w.segment));
	const wa = words(a);
	const wb = words(b);
	if (wa.size === 0 || wb.size === 0) return 0;
	let common = 0;
	for (const w of wa) if (wb.has(w)) common++;
	return common / Math.max(wa.size, wb.size);
}

/**
 * Aligns two sequences: equal items are kept; within each run of removed and added items, pairs
 * that are similar enough (by `similar`) become changes, the rest stay removed or added.
 */
function align<T>(before: T[], after: T[], key: (item: T) => string, similar: (a: T, b: T) => boolean) {
	const out: { before?: T; after?: T }[] = [];
	let removed: T[] = [];
	let added: T[] = [];
	// Within a run: each removed item finds its most similar added item, if any; removed items left
	// alone come first, then the added ones in their new order, as changes or additions.
	const flush = () => {
		const partner = new Map<T, T>();
		for (const r of removed) {
			const match = added.find((a) => !partner.has(a) && similar(r, a));
			if (match !== undefined) partner.set(match, r);
		}
		const paired = new Set(partner.values());
		out.push(...removed.filter((r) => !paired.has(r)).map((r) => ({ before: r })));
		out.push(...added.map((a) => ({ before: partner.get(a), after: a })));
		removed = [];
		added = [];
	};
	const keysBefore = before.map(key);
	const keysAfter = after.map(key);
	let ib = 0;
	let ia = 0;
	for (const part of diffArrays(keysBefore, keysAfter)) {
		const n = part.count ?? part.value.length;
		if (part.removed) removed.push(...before.slice(ib, (ib += n)));
		else if (part.added) added.push(...after.slice(ia, (ia += n)));
		else {
			flush();
			for (let k = 0; k < n; k++) out.push({ before: before[ib++], after: after[ia++] });
		}
	}
	flush();
	return out;
}

const SIMILAR = 0.5;

/** Item-by-item diff of two lists of texts. */
export function diffList(before: string[], after: string[]): ItemChange[] {
	return align(before, after, (s) => s, (a, b) => similarity(a, b) >= SIMILAR).map(({ before: b, after: a }) => diffText(b ?? '', a ?? ''));
}

type Row = Record<string, string> & { id: string };
interface FlatRow {
	groupe?: string;
	row: Row;
}

/** Plan d'actions rows, groups flattened into their sub-actions (each keeps its group's heading). */
function flatRows(value: unknown): FlatRow[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item: Record<string, unknown>): FlatRow[] =>
		Array.isArray(item.lignes) ? (item.lignes as Row[]).map((row) => ({ groupe: String(item.groupe), row })) : [{ row: item as Row }],
	);
}

/**
 * Pairs two lists of identified items by identifier, in the new order; a removed item stays where
 * it stood, after the item that preceded it. An item whose place among the kept items changed is
 * marked as moved (the kept items outside their longest common order).
 */
export function alignById<T>(before: T[], after: T[], idOf: (item: T) => string) {
	const afterIds = new Set(after.map(idOf));
	const beforeById = new Map(before.map((b) => [idOf(b), b]));
	const out: { before?: T; after?: T; moved?: boolean }[] = after.map((a) => ({ before: beforeById.get(idOf(a)), after: a }));
	before.forEach((b, i) => {
		if (afterIds.has(idOf(b))) return;
		const previous = before.slice(0, i).reverse().find((p) => out.some((o) => o.before === p));
		out.splice(previous === undefined ? 0 : out.findIndex((o) => o.before === previous) + 1, 0, { before: b });
	});
	const keptBefore = before.map(idOf).filter((id) => afterIds.has(id));
	const keptAfter = after.map(idOf).filter((id) => beforeById.has(id));
	const moved = new Set(diffArrays(keptBefore, keptAfter).flatMap((part) => (part.added ? part.value : [])));
	for (const o of out) if (o.after && o.before && moved.has(idOf(o.after))) o.moved = true;
	return out;
}

interface Identified {
	id: string;
	texte: string;
	/** Sub-items an SRFSS indicator lists: compared with its text. */
	precisions?: string[];
}

const itemText = (i: Identified | undefined) => (i ? [i.texte, ...(i.precisions ?? [])].join('\n') : '');

/** Item-by-item diff of two lists of identified items (`{ id, texte }`), matched by identifier. */
export function diffIdentified(before: Identified[], after: Identified[]): ItemChange[] {
	return alignById(before, after, (i) => i.id).map(({ before: b, after: a, moved }) => {
		const change = diffText(itemText(b), itemText(a));
		return { ...change, status: moved && change.status === 'inchange' ? 'modifie' : change.status, id: (a ?? b)!.id, ...(moved && { moved }) };
	});
}

/** Row-by-row diff of two plans d'actions: rows are matched by their identifier, then compared cell by cell. */
export function diffRows(before: unknown, after: unknown): RowChange[] {
	return alignById(flatRows(before), flatRows(after), (r) => r.row.id).map(({ before: b, after: a, moved }) => {
		const cells = PLAN_COLUMNS.map(({ key, label }) => ({ key, label, change: diffText(b?.row[key] ?? '', a?.row[key] ?? '') }));
		const status: Status = !b ? 'ajoute' : !a ? 'supprime' : moved || cells.some((c) => c.change.status !== 'inchange') || b.groupe !== a.groupe ? 'modifie' : 'inchange';
		return { status, id: (a ?? b)!.row.id, ...(moved && { moved }), groupe: (a ?? b)!.groupe, cells };
	});
}

const overall = (statuses: Status[]): Status => (statuses.every((s) => s === 'inchange') ? 'inchange' : 'modifie');

const isObjectList = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object');
/** Lists of `{ id, texte }`: objectives, indicators. */
const isIdentifiedList = (v: unknown): v is Identified[] => isObjectList(v) && v.every((x) => typeof x.id === 'string' && typeof x.texte === 'string');
/** Plan d'actions: rows and groups of rows. */
const isRowList = (v: unknown) => isObjectList(v) && !isIdentifiedList(v);
const asText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : Array.isArray(v) ? v.join(', ') : String(v));

/** Fields that describe the edition itself, shown in banners and histories rather than compared. */
const NOT_COMPARED = new Set(['edition']);

/**
 * Compares two editions of one entity, field by field, in `order` (the template's rubric order),
 * then any field the order does not name. A field absent from one edition is added or removed.
 */
export function compareEditions(before: Record<string, unknown>, after: Record<string, unknown>, order: readonly string[] = []): FieldChange[] {
	const fields = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOT_COMPARED.has(f) && (f in before || f in after));
	return fields.map((field): FieldChange => {
		const b = before[field];
		const a = after[field];
		const presence: Status | undefined = b === undefined ? 'ajoute' : a === undefined ? 'supprime' : undefined;
		if (isIdentifiedList(b) || isIdentifiedList(a)) {
			const items = diffIdentified((b as Identified[] | undefined) ?? [], (a as Identified[] | undefined) ?? []);
			return { kind: 'liste', field, status: presence ?? overall(items.map((i) => i.status)), items };
		}
		if (isRowList(b) || isRowList(a)) {
			const rows = diffRows(b ?? [], a ?? []);
			return { kind: 'lignes', field, status: presence ?? overall(rows.map((r) => r.status)), rows };
		}
		if (Array.isArray(b) || Array.isArray(a)) {
			const items = diffList((b as unknown[] | undefined)?.map(asText) ?? [], (a as unknown[] | undefined)?.map(asText) ?? []);
			return { kind: 'liste', field, status: presence ?? overall(items.map((i) => i.status)), items };
		}
		const change = diffText(asText(b), asText(a));
		return { kind: 'texte', field, status: presence ?? change.status, change };
	});
}

/** How many items of a field were added, removed or changed: the figures the summaries print. */
export function countChanges(change: FieldChange): Record<Exclude<Status, 'inchange'>, number> {
	const statuses = change.kind === 'liste' ? change.items.map((i) => i.status) : change.kind === 'lignes' ? change.rows.map((r) => r.status) : [change.status];
	return {
		ajoute: statuses.filter((s) => s === 'ajoute').length,
		supprime: statuses.filter((s) => s === 'supprime').length,
		modifie: statuses.filter((s) => s === 'modifie').length,
	};
}
