/**
 * The edition model, one mechanism for every entity type: which editions an entity has, which
 * one is in force in a given year, what replaced what. It works from the content tree alone
 * (a tarball without .git gives the same editions).
 */
import { createHash } from 'node:crypto';
import type { EntityCollection } from './entities';
import { compareFrNumeric } from './collation';

/** One edition of one entity, as the check validated it. */
export interface EditionRef {
	collection: EntityCollection;
	slug: string;
	year: number;
	living: boolean;
	file: string;
	data: unknown;
}

/** An entity and its editions, oldest first. */
export interface EntityHistory<E extends EditionRef = EditionRef> {
	collection: EntityCollection;
	slug: string;
	editions: E[];
	/** The edition in force today: the living file. */
	current: E;
}

/** Groups editions by entity, oldest edition first. Assumes the check passed (one living edition each). */
export function histories<E extends EditionRef>(editions: E[]): EntityHistory<E>[] {
	const groups = new Map<string, E[]>();
	for (const e of editions) groups.set(`${e.collection}/${e.slug}`, [...(groups.get(`${e.collection}/${e.slug}`) ?? []), e]);
	return [...groups.values()].map((group) => {
		const sorted = group.toSorted((a, b) => a.year - b.year);
		return { collection: sorted[0]!.collection, slug: sorted[0]!.slug, editions: sorted, current: sorted.find((e) => e.living) ?? sorted.at(-1)! };
	});
}

/** The edition in force in `year`: the latest adopted that year or before; none before the first. */
export function editionInForce<E extends EditionRef>(history: EntityHistory<E>, year: number): E | undefined {
	return history.editions.filter((e) => e.year <= year).at(-1);
}

/** The edition that replaced this one, if any. */
export function replacedBy<E extends EditionRef>(history: EntityHistory<E>, edition: E): E | undefined {
	return history.editions[history.editions.indexOf(edition) + 1];
}

/** Fingerprint of a frozen edition file: any change to a published edition changes it. */
export const fingerprint = (text: string) => `sha256-${createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex')}`;

/** `src/content/editions.lock.json`: the fingerprint of every frozen (replaced) edition, by path. */
export type EditionLock = Record<string, string>;

/** What a page says about the edition it shows: its status in the entity's history. */
export interface EditionStatus {
	collection: EntityCollection;
	slug: string;
	year: number;
	/** This edition is the one in force today. */
	inForce: boolean;
	/** Year of the edition that replaced this one. */
	replacedBy?: number;
	/** Year of the edition in force today. */
	currentYear: number;
	adopteeLe?: string;
	motif?: string;
	/** How many editions the entity has. */
	count: number;
	/** The page is the entity's stable address rather than the edition's own. */
	stable: boolean;
	/** The edition's file, relative to the project root. */
	file: string;
}

const editionBlock = (e: EditionRef) => (e.data as { edition: { adoptee_le?: string; motif?: string } }).edition;

export function editionStatus(history: EntityHistory, edition: EditionRef, stable: boolean): EditionStatus {
	const { adoptee_le, motif } = editionBlock(edition);
	return {
		collection: history.collection,
		slug: history.slug,
		year: edition.year,
		inForce: edition === history.current,
		replacedBy: replacedBy(history, edition)?.year,
		currentYear: history.current.year,
		...(adoptee_le && { adopteeLe: adoptee_le }),
		...(motif && { motif }),
		count: history.editions.length,
		stable,
		file: edition.file,
	};
}

/** One change to the contract: an edition that replaced another. */
export interface Revision<E extends EditionRef = EditionRef> {
	history: EntityHistory<E>;
	edition: E;
	previous: E;
	adopteeLe: string;
	motif: string;
}

/** Every revision, newest adoption first (then by entity, for a stable order). */
export function revisions<E extends EditionRef>(all: EntityHistory<E>[]): Revision<E>[] {
	return all
		.flatMap((history) =>
			history.editions.slice(1).map((edition, i): Revision<E> => {
				const { adoptee_le = '', motif = '' } = editionBlock(edition);
				return { history, edition, previous: history.editions[i]!, adopteeLe: adoptee_le, motif };
			}),
		)
		.sort((a, b) => b.adopteeLe.localeCompare(a.adopteeLe) || b.edition.year - a.edition.year || compareFrNumeric(`${a.history.collection}/${a.history.slug}`, `${b.history.collection}/${b.history.slug}`));
}

/** Every pair of editions of an entity, older first: the comparisons the site pre-renders. */
export function editionPairs<E extends EditionRef>(history: EntityHistory<E>): [E, E][] {
	return history.editions.flatMap((a, i) => history.editions.slice(i + 1).map((b): [E, E] => [a, b]));
}
