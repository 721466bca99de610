/**
 * The site's queries: pages ask this module for entities, never getCollection directly.
 * Living editions have ids without a slash (`s1-1`); frozen ones are `s1-1/2023`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntityCollection } from './entities';

const isLiving = (entry: { id: string }) => !entry.id.includes('/');

/** The edition in force of every entity of a collection, in contract order. */
export async function livingEntries<C extends EntityCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection, isLiving)) as CollectionEntry<C>[];
	return entries.sort((a, b) => a.id.localeCompare(b.id, 'fr', { numeric: true }));
}

/** The four ambitions, in force. */
export const getAmbitions = () => livingEntries('ambitions');

/** The two principles, in force. */
export const getPrincipes = () => livingEntries('principes');
