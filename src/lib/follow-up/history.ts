/**
 * Bilans in the contract's history (`/historique/` and its Atom feed): one event per bilan filed,
 * dated by when it was drawn up, and updated by its latest correction.
 */
import { statusCounts, type FollowedCollection } from '../content/bilans';
import { ENTITY_TYPES } from '../content/entities';
import { bilanUrl } from '../content/urls';
import type { BilanRecord } from './status';

/** « de la fiche S1.4 », « de l’engagement 1.1 », « de l’engagement SRFSS 2 ». */
export function ofEntity(collection: FollowedCollection, data: unknown): string {
	const short = ENTITY_TYPES[collection].short(data as never);
	return collection === 'fiches' ? `de la ${short}` : `de l’${short}`;
}

export interface BilanEvent {
	/** « Bilan 2024 de la fiche S1.4 ». */
	title: string;
	url: string;
	/** When it was drawn up (AAAA-MM-JJ). */
	date: string;
	/** Its latest correction, if any. */
	corrected?: { le: string; motif: string };
	/** « 2 actions : 1 réalisée, 1 en cours ». */
	summary: string;
}

/** « 1 réalisée, 2 en cours », statuses in the order of an action's life. */
export function statusSummary(actions: { statut: string }[]): string {
	return `${actions.length} action${actions.length > 1 ? 's' : ''} suivie${actions.length > 1 ? 's' : ''} : ${statusCounts(actions)}`;
}

/** Every bilan as a history event, newest first (by correction, else drawing-up date). */
export function bilanEvents(bilans: (BilanRecord & { entityData: unknown })[]): BilanEvent[] {
	return bilans
		.map((b): BilanEvent => {
			const corrected = b.data.corrections?.at(-1);
			return {
				title: `Bilan ${b.year} ${ofEntity(b.collection, b.entityData)}`,
				url: bilanUrl(b.year, b.slug),
				date: b.data.etabli_le,
				...(corrected && { corrected }),
				summary: statusSummary(b.data.actions),
			};
		})
		.sort((a, b) => (b.corrected?.le ?? b.date).localeCompare(a.corrected?.le ?? a.date) || a.title.localeCompare(b.title, 'fr', { numeric: true }));
}
