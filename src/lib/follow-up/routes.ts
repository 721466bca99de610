/**
 * The static paths of the follow-up pages: one page per bilan (`/suivi/<année>/<slug>/`) and one
 * per year of the contract (`/suivi/<année>/`), each bilan with the edition it follows.
 */
import { CONTRACT_YEARS } from '../../schemas/common';
import { editionInForce } from '../content/edition-model';
import { ENTITY_TYPES } from '../content/entities';
import { allHistories, getBilans, type BilanEntry } from '../content/queries';

/** A bilan with the edition in force that year and its entity's title. */
export interface BilanPage extends BilanEntry {
	editionData: unknown;
	editionYear: number;
	/** « Fiche S1.4 : … », from the edition in force today. */
	title: string;
	/** The ambitions (or principle) the entity belongs to, for grouping: 1…4, 5 for Principe 1. */
	ambitions: number[];
}

export const SUIVI_YEARS = CONTRACT_YEARS;

export async function bilanPages(): Promise<BilanPage[]> {
	const histories = new Map((await allHistories()).map((h) => [`${h.collection}/${h.slug}`, h]));
	return (await getBilans()).map((b) => {
		const history = histories.get(`${b.collection}/${b.slug}`)!;
		const edition = editionInForce(history, b.year)!;
		const d = history.current.data as { ambitions?: number[]; ambition?: number; principe?: number };
		return {
			...b,
			editionData: edition.data,
			editionYear: edition.year,
			title: ENTITY_TYPES[b.collection].title(history.current.data as never),
			ambitions: d.principe !== undefined ? [5] : (d.ambitions ?? [d.ambition!]),
		};
	});
}

export async function bilanPaths() {
	return (await bilanPages()).map((bilan) => ({ params: { annee: String(bilan.year), slug: bilan.slug }, props: { bilan } }));
}

export async function yearPaths() {
	const pages = await bilanPages();
	return SUIVI_YEARS.map((year) => ({ params: { annee: String(year) }, props: { year, bilans: pages.filter((b) => b.year === year) } }));
}
