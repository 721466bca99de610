/**
 * Where each followed entity stands: the latest status of each of its actions, the year of the
 * bilan that says so, the indicator values over the years, and the dashboard's counts by status.
 * Pure functions over the bilans the check validated and the entities' editions.
 */
import { STATUTS, type Bilan, type Statut } from '../../schemas/bilan';
import { countedStatus, followedItems, type FollowedCollection, type FollowedItem } from '../content/bilans';

/** One bilan as the follow-up pages use it. */
export interface BilanRecord {
	collection: FollowedCollection;
	slug: string;
	year: number;
	data: Bilan;
}

/** A followed entity: its collection, folder, and the data of its edition in force. */
export interface FollowedEntity {
	collection: FollowedCollection;
	slug: string;
	data: unknown;
}

/** Statuses in the order of an action's life, then the state of an action no bilan mentions yet. */
export const SANS_BILAN = 'sans-bilan';
export type Etat = Statut | typeof SANS_BILAN;
export const ETATS: Record<Etat, string> = { ...STATUTS, [SANS_BILAN]: 'Sans bilan' };
export const ETAT_ORDER = Object.keys(ETATS) as Etat[];

/** « 2 réalisées », « 3 en cours », « 1 non démarrée »: the state in lower case, agreeing with the count (of actions). */
export const countedState = (etat: Etat, n: number) => countedStatus(ETATS[etat], n);

/** The latest reported state of one action of the edition in force. */
export interface ActionState {
	item: FollowedItem;
	etat: Etat;
	/** Year of the bilan that gives the state. */
	year?: number;
}

/** The bilans of one entity, oldest year first. */
export const bilansOf = (bilans: BilanRecord[], entity: { collection: string; slug: string }) =>
	bilans.filter((b) => b.collection === entity.collection && b.slug === entity.slug).sort((a, b) => a.year - b.year);

/** Each action of the entity's edition in force, with the state its latest bilan that mentions it gives. */
export function actionStates(entity: FollowedEntity, bilans: BilanRecord[]): ActionState[] {
	const own = bilansOf(bilans, entity).reverse();
	return followedItems(entity.collection, entity.data).actions.map((item) => {
		for (const bilan of own) {
			const reported = bilan.data.actions.find((a) => a.id === item.id);
			if (reported && reported.statut !== 'a-renseigner') return { item, etat: reported.statut, year: bilan.year };
		}
		return { item, etat: SANS_BILAN };
	});
}

/** One series of indicator values: one indicator (or named measure), its unit and territory, year by year. */
export interface IndicatorSeries {
	/** `I1`, or the measure's name. */
	key: string;
	label: string;
	unite: string;
	territoire?: string;
	points: { year: number; valeur: number; date?: string; source?: string }[];
}

/** Every value the entity's bilans report, grouped into series by indicator, unit and territory. */
export function indicatorSeries(entity: FollowedEntity, bilans: BilanRecord[]): IndicatorSeries[] {
	const indicators = new Map(followedItems(entity.collection, entity.data).indicators.map((i) => [i.id, i.text]));
	const series = new Map<string, IndicatorSeries>();
	for (const bilan of bilansOf(bilans, entity)) {
		for (const v of bilan.data.indicateurs) {
			const key = v.id ?? v.mesure!;
			const id = `${key}\u0000${v.unite}\u0000${v.territoire ?? ''}`;
			const label = v.id ? `${v.id} — ${indicators.get(v.id) ?? v.mesure ?? ''}` : `${v.action ? `${v.action} — ` : ''}${v.mesure}`;
			const s = series.get(id) ?? { key, label, unite: v.unite, ...(v.territoire && { territoire: v.territoire }), points: [] };
			s.points.push({ year: bilan.year, valeur: v.valeur, ...(v.date && { date: v.date }), ...(v.source && { source: v.source }) });
			series.set(id, s);
		}
	}
	return [...series.values()];
}

/** How many actions are in each state. */
export type Counts = Record<Etat, number>;
const zero = (): Counts => Object.fromEntries(ETAT_ORDER.map((e) => [e, 0])) as Counts;

/** Counts of action states, grouped by the labels `groupsOf` gives each entity (an entity may be in several groups). */
export function countsBy<E extends FollowedEntity>(entities: E[], bilans: BilanRecord[], groupsOf: (entity: E) => string[]): Map<string, Counts> {
	const out = new Map<string, Counts>();
	for (const entity of entities) {
		const states = actionStates(entity, bilans);
		for (const group of groupsOf(entity)) {
			const counts = out.get(group) ?? zero();
			for (const s of states) counts[s.etat]++;
			out.set(group, counts);
		}
	}
	return out;
}

/** The total over all groups of a count table, each entity counted once. */
export function totalCounts(entities: FollowedEntity[], bilans: BilanRecord[]): Counts {
	return countsBy(entities, bilans, () => ['total']).get('total') ?? zero();
}

/** The latest year any bilan follows: the year the dashboard reports on; undefined when none is published. */
export const latestYear = (bilans: BilanRecord[]) => (bilans.length === 0 ? undefined : Math.max(...bilans.map((b) => b.year)));

/** Entities with no bilan for `year`. */
export const withoutBilan = <E extends FollowedEntity>(entities: E[], bilans: BilanRecord[], year: number): E[] =>
	entities.filter((e) => !bilans.some((b) => b.collection === e.collection && b.slug === e.slug && b.year === year));
