/**
 * The follow-up dashboard (`/suivi/`), the « tableau de bord » Principe 1 and its engagements
 * call for: the year it reports on, the sentence to remember, counts by status for each ambition,
 * sector, territory and pilot, and the entities still without a bilan that year.
 */
import type { FollowedCollection } from '../content/bilans';
import { ENTITY_TYPES } from '../content/entities';
import { entityUrl } from '../content/urls';
import { countedState, ETAT_ORDER, countsBy, latestYear, totalCounts, withoutBilan, type BilanRecord, type Counts, type Etat, type FollowedEntity } from './status';

/** A followed entity with what it is grouped by, names already resolved. */
export interface DashboardEntity extends FollowedEntity {
	/** « Fiche S1.4 », « Engagement 1.1 », « Engagement SRFSS 2 ». */
	label: string;
	title: string;
	url: string;
	ambitions: string[];
	secteurs: string[];
	territoires: string[];
	pilotes: string[];
}

export const DIMENSIONS = [
	{ key: 'ambitions', titre: 'Par ambition', colonne: 'Ambition ou principe' },
	{ key: 'secteurs', titre: 'Par secteur', colonne: 'Secteur' },
	{ key: 'territoires', titre: 'Par territoire', colonne: 'Territoire' },
	{ key: 'pilotes', titre: 'Par pilote', colonne: 'Pilote' },
] as const satisfies { key: keyof DashboardEntity; titre: string; colonne: string }[];
export type Dimension = (typeof DIMENSIONS)[number]['key'];

/** « 3 actions », « 1 action ». */
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/** The sentence the dashboard opens with (« l’essentiel à retenir »). */
export function essentiel(entities: DashboardEntity[], bilans: BilanRecord[]): string {
	const year = latestYear(bilans);
	if (year === undefined) {
		return `Aucun bilan annuel n’a encore été publié : les ${plural(entities.length, 'fiche ou engagement suivi', 'fiches et engagements suivis')} attendent le premier bilan de leurs pilotes.`;
	}
	const filed = entities.length - withoutBilan(entities, bilans, year).length;
	const counts = totalCounts(entities, bilans);
	const total = ETAT_ORDER.reduce((n, e) => n + counts[e], 0);
	const parts = ETAT_ORDER.filter((e) => e !== 'sans-bilan' && counts[e] > 0).map((e) => countedState(e, counts[e]));
	const none = counts['sans-bilan'] > 0 ? ` ; ${plural(counts['sans-bilan'], 'action n’a', 'actions n’ont')} encore aucun bilan` : '';
	return `Pour ${year}, ${plural(filed, 'fiche ou engagement a', 'fiches et engagements ont')} publié leur bilan sur ${entities.length.toLocaleString('fr-FR')}. Sur ${plural(total, 'action suivie', 'actions suivies')}, d’après le dernier bilan de chacune : ${parts.join(', ')}${none}.`;
}

/** Counts by status for one dimension, groups in the order given (contract order), empty groups left out. */
export function dimensionCounts(entities: DashboardEntity[], bilans: BilanRecord[], dimension: Dimension, order: string[] = []): { group: string; counts: Counts }[] {
	const map = countsBy(entities, bilans, (e) => e[dimension]);
	const groups = [...map.keys()].sort((a, b) => {
		const ia = order.indexOf(a);
		const ib = order.indexOf(b);
		return ia !== -1 && ib !== -1 ? ia - ib : ia !== -1 ? -1 : ib !== -1 ? 1 : a.localeCompare(b, 'fr');
	});
	return groups.map((group) => ({ group, counts: map.get(group)! }));
}

/** The states that occur in a set of count rows, in the order of an action's life. */
export const presentStates = (rows: { counts: Counts }[]): Etat[] => ETAT_ORDER.filter((e) => rows.some((r) => r.counts[e] > 0));

/** What the dashboard knows of an entity, from its edition in force and the registers' names. */
export function dashboardEntity(collection: FollowedCollection, slug: string, data: unknown, names: Partial<Record<string, Map<string, string>>>): DashboardEntity {
	const d = data as { id?: string; numero?: number; titre: string; ambitions?: number[]; ambition?: number; principe?: number; secteurs?: string[]; territoires?: string[]; pilotes?: string[]; pilote?: string };
	const named = (register: string, keys: string[] | undefined) => (keys ?? []).map((k) => names[register]?.get(k) ?? k);
	const short = ENTITY_TYPES[collection].short(data as never);
	const label = short[0]!.toUpperCase() + short.slice(1);
	const ambitions = d.principe !== undefined ? ['Principe 1'] : (d.ambitions ?? [d.ambition!]).map((n) => `Ambition ${n}`);
	return {
		collection,
		slug,
		data,
		label,
		title: d.titre,
		url: entityUrl(collection, slug),
		ambitions,
		secteurs: named('secteurs', d.secteurs),
		territoires: named('territoires', d.territoires),
		pilotes: collection === 'srfss' ? [d.pilote!] : named('organisations', d.pilotes),
	};
}
