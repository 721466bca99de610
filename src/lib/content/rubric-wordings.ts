/**
 * From a sheet's signed rubrics « Secteur(s) concerné(s) » and « Territoire(s) concerné(s) » to
 * register keys. Each wording the rubric names (cut by the rules below) must designate entries of
 * the register — its `nom`, or one of its `libelles`, word for word — or be declared in
 * `registres/libelles-hors-registre.yaml` with the reason it names no entry. The sheet's
 * `secteurs` / `territoires` keys must then include every key its rubric designates, so that a
 * search facet finds every sheet that names a sector or a territory.
 */
import type { LibellesHorsRegistre } from '../../schemas/registres';

/** Where the wordings that designate no register entry are declared, under src/content. */
export const HORS_REGISTRE_FILE = 'registres/libelles-hors-registre.yaml';

/** The rubrics read, the key field each one feeds, and the register of those keys. */
export const RUBRIC_FIELDS = {
	secteurs_concernes: { keys: 'secteurs', register: 'secteurs', label: 'Secteur(s) concerné(s)' },
	territoires_concernes: { keys: 'territoires', register: 'territoires', label: 'Territoire(s) concerné(s)' },
} as const;
export type RubricField = keyof typeof RUBRIC_FIELDS;
export type WordingRegister = (typeof RUBRIC_FIELDS)[RubricField]['register'];

/** Spaces folded, ends trimmed of spaces and of the punctuation that separates items. */
export const normalizeWording = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[\s,;:.]+|[\s,;:.]+$/g, '');

/** A list item: a bullet (`-`, `*`, `+`, `•`, `➤`) or a number (`1.`), at any depth. */
const BULLET = /^\s*(?:[-*+•➤]|\d+[.)])\s+(.*)$/;
/** An enumerator letter opening an item (« a. Administration de bien »). */
const ENUMERATOR = /^[a-z][.)]\s+/;
/** An aside in parentheses details what precedes it; nested parentheses are not used in the rubrics. */
const ASIDE = /\s*\([^()]*\)/g;

/**
 * Rule 1: the items of a rubric. Each list item is one, at any depth (an indented line that is not a
 * bullet continues the item above); a rubric without a list is one item. Rule 2: an aside in
 * parentheses and an opening enumerator letter are left out of the item.
 */
export function rubricItems(text: string): string[] {
	const items: string[][] = [];
	for (const line of text.split(/\r?\n/)) {
		const bullet = BULLET.exec(line);
		if (bullet) items.push([bullet[1]!]);
		else if (line.trim() !== '') (items.at(-1) ?? items[items.push([]) - 1]!).push(line);
	}
	return items.map((lines) => normalizeWording(normalizeWording(lines.join(' ')).replace(ENUMERATOR, '').replace(ASIDE, ''))).filter((item) => item !== '');
}

/**
 * Rule 3, the separators, from the widest to the narrowest: « : » (the heading before it and the
 * details after it are each a wording), commas, then the words « et », « mais », « avec ».
 */
const SEPARATORS = [/\s*:\s+/, /\s*,\s*/, /\s+(?:et|mais|avec)\s+/];

/**
 * The wordings of a rubric: each item, cut at the separators only where the whole is not a
 * declared wording (so « Bâtiment et Travaux Publics » or « textile et habillement » stay whole
 * when a register lists them). A wording left undeclared is returned as cut to the narrowest.
 */
export function rubricWordings(text: string, isDeclared: (wording: string) => boolean): string[] {
	const cut = (fragment: string, level: number): string[] => {
		const wording = normalizeWording(fragment);
		if (wording === '') return [];
		if (isDeclared(wording) || level >= SEPARATORS.length) return [wording];
		const parts = wording.split(SEPARATORS[level]!);
		return parts.length === 1 ? cut(wording, level + 1) : parts.flatMap((part) => cut(part, level));
	};
	return rubricItems(text).flatMap((item) => cut(item, 0));
}

/** The entries of a register as the rules need them: key, name, signed wordings. */
export type WordingEntries = Record<string, { nom: string; libelles?: string[] }>;

/** What each wording of a register designates: the keys of the entries that name it, or a declared reason. */
export interface WordingTable {
	keysOf: (wording: string) => string[];
	reasonOf: (wording: string) => string | undefined;
	isDeclared: (wording: string) => boolean;
}

export function wordingTable(entries: WordingEntries, horsRegistre: LibellesHorsRegistre[WordingRegister] = []): WordingTable {
	const keys = new Map<string, string[]>();
	for (const [key, entry] of Object.entries(entries)) {
		for (const wording of new Set([entry.nom, ...(entry.libelles ?? [])].map(normalizeWording))) keys.set(wording, [...(keys.get(wording) ?? []), key]);
	}
	const reasons = new Map(horsRegistre.map((d) => [normalizeWording(d.libelle), d.motif]));
	return {
		keysOf: (wording) => keys.get(wording) ?? [],
		reasonOf: (wording) => reasons.get(wording),
		isDeclared: (wording) => keys.has(wording) || reasons.has(wording),
	};
}

/** One finding of a sheet's rubric against its keys. */
export type WordingFinding =
	| { kind: 'non-designe'; rubric: RubricField; wording: string }
	| { kind: 'cle-manquante'; rubric: RubricField; key: string; wordings: string[] };

/** What a rubric names that the sheet's keys miss: each undeclared wording, and each designated key absent from the key field with the wordings that name it. */
export function rubricFindings(rubric: RubricField, text: string | undefined, keys: string[], table: WordingTable): WordingFinding[] {
	if (text === undefined) return [];
	const undeclared: WordingFinding[] = [];
	const missing = new Map<string, string[]>();
	for (const wording of rubricWordings(text, table.isDeclared)) {
		const designated = table.keysOf(wording);
		if (designated.length === 0 && table.reasonOf(wording) === undefined) undeclared.push({ kind: 'non-designe', rubric, wording });
		for (const key of designated.filter((k) => !keys.includes(k))) missing.set(key, [...(missing.get(key) ?? []), wording]);
	}
	return [...undeclared, ...[...missing].map(([key, wordings]): WordingFinding => ({ kind: 'cle-manquante', rubric, key, wordings }))];
}
