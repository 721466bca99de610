/**
 * Stable identifiers of the items that get followed and cited: objectives (`O1`), plan actions
 * (`A2`, sub-actions `A3.1`) and indicators (`I1`). A revision keeps them; a new item takes the next
 * free number; a removed identifier is never given to another item. This module reads them from
 * any edition's data and checks those rules across an entity's editions.
 */
import type { ContentIssue } from './issues';

/** One identified item of an edition, with the dotted path of its `id` field. */
export interface IdentifiedItem {
	id: string;
	field: string;
	/** The item's text: an objective's or indicator's `texte`, an action's `action` or a group's `groupe`. */
	text: string;
}

const ITEM_ID = /^[OAI][1-9][0-9]*(\.[1-9][0-9]*)?$/;

/** Every identified item of an edition's data, in document order. */
export function identifiedItems(data: unknown, path: string[] = []): IdentifiedItem[] {
	if (Array.isArray(data)) return data.flatMap((item, i) => identifiedItems(item, [...path, String(i)]));
	if (data === null || typeof data !== 'object') return [];
	const record = data as Record<string, unknown>;
	const own: IdentifiedItem[] =
		typeof record.id === 'string' && ITEM_ID.test(record.id) && path.length > 0
			? [{ id: record.id, field: [...path, 'id'].join('.'), text: String(record.texte ?? record.action ?? record.groupe ?? '') }]
			: [];
	return [...own, ...Object.entries(record).flatMap(([k, v]) => (typeof v === 'object' ? identifiedItems(v, [...path, k]) : []))];
}

/** `A3.1` → { family: 'A3.', n: 1 }; `O2` → { family: 'O', n: 2 }: new identifiers are numbered within their family. */
const familyOf = (id: string) => {
	const m = /^(.*?)(\d+)$/.exec(id)!;
	return { family: m[1]!, n: Number(m[2]) };
};

interface EditionItems {
	file: string;
	year: number;
	data: unknown;
}

/**
 * Identifier rules between consecutive editions of one entity, oldest first: an identifier removed
 * by an edition never comes back, and an identifier new in an edition is numbered after every
 * identifier of its family used before.
 */
export function identifierIssues(editions: EditionItems[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const used = new Map<string, number>(); // id → year of the first edition that used it
	const removed = new Map<string, number>(); // id → year of the edition that removed it
	let previous = new Set<string>();
	for (const edition of editions) {
		const items = identifiedItems(edition.data);
		const current = new Set(items.map((i) => i.id));
		const highest = new Map<string, number>();
		for (const id of used.keys()) {
			const { family, n } = familyOf(id);
			highest.set(family, Math.max(highest.get(family) ?? 0, n));
		}
		for (const item of items) {
			if (removed.has(item.id)) {
				issues.push({
					file: edition.file,
					field: item.field,
					problem: `l'identifiant ${item.id} a été retiré par l'édition ${removed.get(item.id)} : il ne peut pas être donné à un autre élément`,
					value: item.id,
					expected: `un identifiant jamais utilisé par les éditions précédentes (le suivant libre : ${familyOf(item.id).family}${(highest.get(familyOf(item.id).family) ?? 0) + 1})`,
				});
			} else if (!used.has(item.id) && used.size > 0) {
				const { family, n } = familyOf(item.id);
				const top = highest.get(family) ?? 0;
				if (n <= top) {
					issues.push({
						file: edition.file,
						field: item.field,
						problem: `nouvel élément numéroté ${item.id}, alors que les éditions précédentes ont déjà utilisé jusqu'à ${family}${top}`,
						value: item.id,
						expected: `le numéro suivant libre : ${family}${top + 1}`,
					});
				}
			}
		}
		for (const id of previous) if (!current.has(id) && !removed.has(id)) removed.set(id, edition.year);
		for (const id of current) if (!used.has(id)) used.set(id, edition.year);
		previous = current;
	}
	return issues;
}

/**
 * Gives every identified item left without an identifier (a new item added in the web editor) the
 * next number of its family, from its siblings: `O4` after `O3`, `A3.2` after `A3.1`, the
 * sub-actions of a new group `A5.1`, `A5.2`… The check then verifies the numbers against the
 * previous editions (an identifier removed earlier is never reused).
 */
export function assignNewIds<T>(data: T, parentId?: string): T {
	if (Array.isArray(data)) {
		const ids = data.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined));
		const known = ids.filter((id): id is string => typeof id === 'string' && ITEM_ID.test(id));
		const family = known[0] !== undefined ? familyOf(known[0]).family : parentId !== undefined ? `${parentId}.` : undefined;
		let next = Math.max(0, ...known.map((id) => familyOf(id).n)) + 1;
		const items = data.map((item) => {
			if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
			const record = item as Record<string, unknown>;
			const missing = 'id' in record && (record.id === undefined || record.id === null || String(record.id).trim() === '');
			return missing && family !== undefined ? { ...record, id: `${family}${next++}` } : record;
		});
		return items.map((item) => assignNewIds(item)) as T;
	}
	if (data === null || typeof data !== 'object') return data;
	const record = data as Record<string, unknown>;
	const id = typeof record.id === 'string' ? record.id : undefined;
	return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? assignNewIds(v, k === 'lignes' ? id : undefined) : v])) as T;
}
