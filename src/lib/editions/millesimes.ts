/**
 * The contract as in force in a given year (a « millésime »): each entity in the edition in force
 * that year, grouped as the contract groups them, by ambition, then the principles.
 */
import { CONTRACT_YEARS } from '../../schemas/common';
import { editionInForce, type EditionRef, type EntityHistory } from '../content/edition-model';
import type { EntityCollection } from '../content/entities';

export const MILLESIMES = CONTRACT_YEARS;

export interface InForce<E extends EditionRef> {
	history: EntityHistory<E>;
	edition: E;
	/** The edition was adopted that year and replaced an earlier one. */
	revisedThatYear: boolean;
}

export interface Millesime<E extends EditionRef> {
	year: number;
	/** In force that year, by collection, in contract order. */
	inForce: Record<EntityCollection, InForce<E>[]>;
	/** Entities with no edition in force yet that year, by collection (e.g. the 2023 sheets in 2022). */
	notYet: Record<EntityCollection, EntityHistory<E>[]>;
}

const COLLECTIONS: EntityCollection[] = ['ambitions', 'principes', 'engagements', 'fiches', 'srfss', 'propositions'];

export function millesime<E extends EditionRef>(all: EntityHistory<E>[], year: number): Millesime<E> {
	const inForce = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as InForce<E>[]])) as Millesime<E>['inForce'];
	const notYet = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as EntityHistory<E>[]])) as Millesime<E>['notYet'];
	for (const history of all) {
		const edition = editionInForce(history, year);
		if (edition) inForce[history.collection].push({ history, edition, revisedThatYear: edition.year === year && edition !== history.editions[0] });
		else notYet[history.collection].push(history);
	}
	return { year, inForce, notYet };
}

/** How many revisions took effect in each year: what the millésimes index shows. */
export function revisionsPerYear<E extends EditionRef>(all: EntityHistory<E>[]): Map<number, number> {
	const counts = new Map(MILLESIMES.map((y) => [y, 0]));
	for (const h of all) for (const e of h.editions.slice(1)) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
	return counts;
}
