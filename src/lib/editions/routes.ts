/**
 * The static paths of the edition pages, for every entity type alike: the stable address, each
 * edition's address, the history and the comparisons. Routes stay thin and call these.
 */
import { entityHistories, allHistories, type EditionEntry } from '../content/queries';
import { editionPairs, editionStatus } from '../content/edition-model';
import type { EntityCollection } from '../content/entities';

/** The entity's stable address: its edition in force. */
export async function stablePaths(collection: EntityCollection, param: string) {
	return (await entityHistories(collection)).map((history) => ({
		params: { [param]: history.slug },
		props: { edition: history.current as EditionEntry, status: editionStatus(history, history.current, true) },
	}));
}

/** `<entity>/<année>/`: every edition of every entity, forever. */
export async function editionPaths() {
	return (await allHistories()).flatMap((history) =>
		history.editions.map((edition) => ({
			params: { collection: history.collection, slug: history.slug, annee: String(edition.year) },
			props: { edition, status: editionStatus(history, edition, false) },
		})),
	);
}

/** `<entity>/historique/`. */
export async function historyPaths() {
	return (await allHistories()).map((history) => ({ params: { collection: history.collection, slug: history.slug }, props: { history } }));
}

/** `<entity>/comparer/<a>-<b>/`: every pair of editions, so that any two can be compared. */
export async function comparisonPaths() {
	return (await allHistories()).flatMap((history) =>
		editionPairs(history).map(([before, after]) => ({
			params: { collection: history.collection, slug: history.slug, paire: `${before.year}-${after.year}` },
			props: { history, before, after },
		})),
	);
}
