/**
 * The edition model, one mechanism for every entity type: which editions an entity has, which
 * one is in force in a given year, what replaced what. It works from the content tree alone
 * (a tarball without .git gives the same editions).
 */
import { createHash } from 'node:crypto';
import type { EntityCollection } from './entities';

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
