import type { Fiche, GroupeActions, LigneAction } from '../../schemas/fiche';
import { CONTRACT_YEARS } from '../../schemas/common';
import { activeIn, readCalendar, span, type CalendarReading } from './calendar';

/** What the calendar needs of a sectoral sheet. */
export type SheetPlan = Pick<Fiche, 'id' | 'titre_court' | 'plan_actions' | 'edition'>;

/** One row of a plan d'actions, placed in time from its « Calendrier » cell. */
export interface CalendarAction {
	sheet: { id: string; title: string; edition: number };
	/** Place of the row in the plan: `3` for the third item, `3.2` for the second row of a group. */
	position: string;
	/** The row's stable identifier (`A3`, `A3.2`): its anchor on the sheet's page. */
	id: string;
	/** The group's heading, for a row of a group of sub-actions. */
	group?: string;
	/** The row's « Actions » cell, or the one above when the source merged the cell with it. */
	action: string;
	/** Whether `action` comes from the row above (merged cell). */
	continued: boolean;
	/** The « Calendrier » cell, as signed. */
	cell: string;
	reading: CalendarReading;
}

const isGroup = (item: LigneAction | GroupeActions): item is GroupeActions => 'groupe' in item;

/** Every row of every plan, in contract order, each with the reading of its « Calendrier » cell. */
export function calendarActions(sheets: SheetPlan[]): CalendarAction[] {
	return [...sheets]
		.sort((a, b) => a.id.localeCompare(b.id, 'fr', { numeric: true }))
		.flatMap((sheet) => {
			const rows = sheet.plan_actions.flatMap((item, i): { row: LigneAction; position: string; group?: string }[] =>
				isGroup(item) ? item.lignes.map((row, j) => ({ row, position: `${i + 1}.${j + 1}`, group: item.groupe })) : [{ row: item, position: `${i + 1}` }],
			);
			let previous = '';
			return rows.map(({ row, position, group }): CalendarAction => {
				const own = row.action.trim() !== '';
				if (own) previous = row.action;
				return {
					sheet: { id: sheet.id, title: sheet.titre_court, edition: sheet.edition.annee },
					position,
					id: row.id,
					...(group !== undefined && { group }),
					action: own ? row.action : previous,
					continued: !own && previous !== '',
					cell: row.calendrier,
					reading: readCalendar(row.calendrier),
				};
			});
		});
}

/** Rows, cells filled in, read and unread: what the page announces first. */
export function calendarCounts(actions: CalendarAction[]) {
	const filled = actions.filter((a) => a.reading.kind !== 'empty');
	const unread = filled.filter((a) => a.reading.kind === 'unread');
	return { rows: actions.length, filled: filled.length, read: filled.length - unread.length, unread: unread.length, empty: actions.length - filled.length };
}

/** In time order: by first month, then last month (open ends last), then contract order. */
export function byTime(actions: CalendarAction[]): CalendarAction[] {
	const key = (a: CalendarAction) => span(a.reading);
	return actions
		.map((a, i) => ({ a, i, k: key(a) }))
		.sort((x, y) => (x.k.from ?? '9999').localeCompare(y.k.from ?? '9999') || (x.k.to ?? '9999').localeCompare(y.k.to ?? '9999') || x.i - y.i)
		.map((x) => x.a);
}

/** The years of the per-year views. */
export const CALENDAR_YEARS = CONTRACT_YEARS;

export const calendarUrl = (year?: number) => (year === undefined ? '/suivi/calendrier/' : `/suivi/calendrier/${year}/`);

/** The main page's sections: dated actions by year of start, then those without a start, unread and empty cells. */
export function calendarSections(actions: CalendarAction[]) {
	const sorted = byTime(actions);
	const startYear = (a: CalendarAction) => span(a.reading).from?.slice(0, 4);
	const years = [...new Set(sorted.map(startYear).filter((y): y is string => y !== undefined))].map(Number);
	return {
		years: years.map((year) => ({ year, actions: sorted.filter((a) => startYear(a) === String(year)) })),
		undated: sorted.filter((a) => startYear(a) === undefined && (a.reading.kind === 'recurrence' || a.reading.kind === 'permanent')),
		unread: sorted.filter((a) => a.reading.kind === 'unread'),
		empty: sorted.filter((a) => a.reading.kind === 'empty'),
	};
}

/**
 * What is due in a year: periods that end in it, periods that run through it and go on,
 * actions started with no end, and recurring or permanent ones (`activeIn`).
 */
export function dueIn(actions: CalendarAction[], year: number) {
	const active = byTime(actions).filter((a) => activeIn(a.reading, year, a.sheet.edition));
	const endYear = (a: CalendarAction) => Number(span(a.reading).to?.slice(0, 4));
	return {
		ending: active.filter((a) => a.reading.kind === 'period' && endYear(a) === year),
		running: active.filter((a) => a.reading.kind === 'period' && endYear(a) > year),
		open: active.filter((a) => a.reading.kind === 'open'),
		recurring: active.filter((a) => a.reading.kind === 'recurrence' || a.reading.kind === 'permanent'),
	};
}
