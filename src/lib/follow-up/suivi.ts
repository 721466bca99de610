/**
 * What an entity page's « Suivi » section shows: each action's latest state, the indicator
 * values, the bilans published, and which charts to draw (a series from two years on).
 */
import { bilanUrl } from '../content/urls';
import type { FollowedCollection } from '../content/bilans';
import { actionStates, bilansOf, indicatorSeries, type ActionState, type BilanRecord, type FollowedEntity, type IndicatorSeries } from './status';

export interface SuiviData {
	collection: FollowedCollection;
	states: ActionState[];
	series: IndicatorSeries[];
	bilans: { year: number; url: string; corrections: number }[];
}

export function suiviData(entity: FollowedEntity, bilans: BilanRecord[]): SuiviData {
	return {
		collection: entity.collection,
		states: actionStates(entity, bilans),
		series: indicatorSeries(entity, bilans),
		bilans: bilansOf(bilans, entity).map((b) => ({ year: b.year, url: bilanUrl(b.year, b.slug), corrections: b.data.corrections?.length ?? 0 })),
	};
}

/** The series worth a chart: two years or more. */
export const chartedSeries = (series: IndicatorSeries[]) => series.filter((s) => new Set(s.points.map((p) => p.year)).size >= 2);
