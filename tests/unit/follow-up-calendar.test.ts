import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import type { Fiche } from '../../src/schemas/fiche';
import { calendarActions, calendarCounts, calendarSections, dueIn } from '../../src/lib/follow-up/actions';
import { activeIn, readCalendar, readingWords, span, type CalendarReading } from '../../src/lib/follow-up/calendar';

const ROOT = join(import.meta.dirname, '..', '..');

/** The living sectoral sheets of the real contract, read from disk. */
const sheets = readContentTree(ROOT)
	.editions.filter((e) => e.collection === 'fiches' && e.stem === 'index')
	.map((e) => e.data as Fiche);
const actions = calendarActions(sheets);

/** A reading in one line, so that the table below shows any change of reading. */
function summary(r: CalendarReading): string {
	const note = 'note' in r && r.note ? ' + note' : '';
	switch (r.kind) {
		case 'period':
			return `${r.start.iso}..${r.end.iso}${note}`;
		case 'open':
			return `${r.start.iso}..${note}`;
		case 'recurrence':
			return `every ${r.frequency}${r.start ? ` from ${r.start.iso}` : ''}${r.schoolYears ? ` for ${r.schoolYears.count} to ${r.schoolYears.last}` : ''}${note}`;
		default:
			return r.kind + note;
	}
}

/**
 * Every distinct « Calendrier » cell of the signed sheets, with its expected reading and words.
 * A new or edited cell in the content fails the test until it is added here.
 */
const EXPECTED: [cell: string, reading: string, words: string][] = [
	["", 'empty', 'calendrier non renseigné'],
	["01/11/2022", '2022-11-01..2022-11-01', 'le 1er novembre 2022'],
	["04/10/2022 – calendrier à venir pour 2023", '2022-10-04..2023', 'du 4 octobre 2022 à 2023 (calendrier à venir)'],
	["1 par trimestre", 'every quarter', 'une fois par trimestre'],
	["1er semestre 2023", '2023-S1..2023-S1', 'au 1er semestre 2023'],
	["1er semestre 2023 (prévision)", '2023-S1..2023-S1 + note', 'au 1er semestre 2023'],
	["1er trimestre 2023", '2023-Q1..2023-Q1', 'au 1er trimestre 2023'],
	["1er Trimestre 2023", '2023-Q1..2023-Q1', 'au 1er trimestre 2023'],
	["2022/2023", '2022..2023', 'de 2022 à 2023'],
	["2023", '2023..2023', 'en 2023'],
	["2023 - 2024", '2023..2024', 'de 2023 à 2024'],
	["2023 -> 2024", '2023..2024', 'de 2023 à 2024'],
	["2023 ->2027", '2023..2027', 'de 2023 à 2027'],
	["2023 à 2028", '2023..2028', 'de 2023 à 2028'],
	["2023 et 2024", '2023..2024', 'de 2023 à 2024'],
	["2023-2024", '2023..2024', 'de 2023 à 2024'],
	["2023-2028", '2023..2028', 'de 2023 à 2028'],
	["2023/2027", '2023..2027', 'de 2023 à 2027'],
	["2024", '2024..2024', 'en 2024'],
	["2024 - 2025", '2024..2025', 'de 2024 à 2025'],
	["2024-2025", '2024..2025', 'de 2024 à 2025'],
	["2025", '2025..2025', 'en 2025'],
	["A partir du 2ème trimestre 2023", '2023-Q2..', 'à partir du 2e trimestre 2023'],
	["A partir du dernier semestre 2023 et tout au long du projet", '2023-S2.. + note', 'à partir du 2e semestre 2023'],
	["Action pérenne", 'permanent', 'action pérenne'],
	["Action pérenne (pas de limite de temps)", 'permanent + note', 'action pérenne'],
	["annuel", 'every year', 'chaque année'],
	["Avril 2023", '2023-04..2023-04', 'en avril 2023'],
	["Courant 2024", '2024..2024', 'courant 2024'],
	["Début 2023", '2023-Q1..2023-Q1', 'début 2023 (1er trimestre)'],
	["Dec 2023", '2023-12..2023-12', 'en décembre 2023'],
	["Déc. 2022", '2022-12..2022-12', 'en décembre 2022'],
	["Déc. 2023", '2023-12..2023-12', 'en décembre 2023'],
	["Décembre 2022", '2022-12..2022-12', 'en décembre 2022'],
	["démarche et sensibiliser les entreprises.\n\nActions récurrentes sur les territoires dans l'optique d'intégration au sein du GEIQ Hôtellerie Restauration Tourisme\n\nActions mensuelles programmées par les UMIH Départementales ou Sectorielles pour faire savoir et flécher les entreprises vers ce dispositif.", 'unread', 'non lu'],
	["Dès 2022", '2022..', 'à partir de 2022'],
	["Dès 2023", '2023..', 'à partir de 2023'],
	["Dès février 2023, puis chaque année scolaire (expérimentation sur 3 années scolaires)", 'every school-year from 2023-02 for 3 to 2024-2025', 'à partir de février 2023, chaque année scolaire, sur 3 années scolaires, jusqu’à l’année scolaire 2024-2025'],
	["Dès janvier 2023", '2023-01..', 'à partir de janvier 2023'],
	["Dès janvier 2023, puis chaque année scolaire (expérimentation sur 3 années scolaires)", 'every school-year from 2023-01 for 3 to 2024-2025', 'à partir de janvier 2023, chaque année scolaire, sur 3 années scolaires, jusqu’à l’année scolaire 2024-2025'],
	["Dès juin 2023, puis chaque année scolaire (expérimentation sur 3 années scolaires)", 'every school-year from 2023-06 for 3 to 2024-2025', 'à partir de juin 2023, chaque année scolaire, sur 3 années scolaires, jusqu’à l’année scolaire 2024-2025'],
	["Dès le dernier trimestre 2022", '2022-Q4..', 'à partir du 4e trimestre 2022'],
	["Dès novembre 2022, puis chaque année scolaire (expérimentation sur 3 années scolaires)", 'every school-year from 2022-11 for 3 to 2024-2025', 'à partir de novembre 2022, chaque année scolaire, sur 3 années scolaires, jusqu’à l’année scolaire 2024-2025'],
	["Dès octobre 2022, puis chaque début d'année scolaire (expérimentation sur 3 années scolaires)", 'every school-year-start from 2022-10 for 3 to 2024-2025', 'à partir d’octobre 2022, chaque début d’année scolaire, sur 3 années scolaires, jusqu’à l’année scolaire 2024-2025'],
	["Des ressources ont été produites en 2022.\n\nD'autres ressources seront réalisées en 2023 et au-delà", 'unread', 'non lu'],
	["En cours bilan annuel", 'unread', 'non lu'],
	["Fév. 2023", '2023-02..2023-02', 'en février 2023'],
	["Février 2023", '2023-02..2023-02', 'en février 2023'],
	["Février 2024 / Juillet 2024", '2024-02..2024-07', 'de février 2024 à juillet 2024'],
	["Fin 1er semestre 2023", '2023-06..2023-06', 'fin du 1er semestre 2023 (juin)'],
	["Fin 2023", '2023-Q4..2023-Q4', 'fin 2023 (4e trimestre)'],
	["Fin 2023 – 2024 – début 2025", '2023-Q4..2025-Q1', 'de fin 2023 (4e trimestre) à début 2025 (1er trimestre)'],
	["Fin 2023 – Début 2024", '2023-Q4..2024-Q1', 'de fin 2023 (4e trimestre) à début 2024 (1er trimestre)'],
	["Fin 2023-2027", '2023-Q4..2027', 'de fin 2023 (4e trimestre) à 2027'],
	["Fin du 1er semestre 2023", '2023-06..2023-06', 'fin du 1er semestre 2023 (juin)'],
	["Janvier - mars 2023 Action coup de poing sur l'ensemble des territoires pour impulser la", '2023-01..2023-03 + note', 'de janvier 2023 à mars 2023'],
	["Janvier - mars 2023 Action coup de poing sur l'ensemble des territoires pour impulser la démarche et sensibiliser les partenaires formation.", '2023-01..2023-03 + note', 'de janvier 2023 à mars 2023'],
	["Janvier 2023 - mars 2023 : action coup de poing sur l'ensemble des territoires pour impulser la démarche et sensibiliser les prescripteurs.\n\nActions mensuelles récurrentes durant la période 2023 - 2024 sauf Juillet Août", 'unread', 'non lu'],
	["Janvier 2023 à Décembre 2024", '2023-01..2024-12', 'de janvier 2023 à décembre 2024'],
	["Janvier-avril 2023", '2023-01..2023-04', 'de janvier 2023 à avril 2023'],
	["Juin 2023", '2023-06..2023-06', 'en juin 2023'],
	["Juin 2023 impératif pour respect du calendrier organisation semaine de l'industrie", '2023-06..2023-06 + note', 'en juin 2023'],
	["Mai 2023", '2023-05..2023-05', 'en mai 2023'],
	["Mars 2023", '2023-03..2023-03', 'en mars 2023'],
	["Mars 2023 / juillet 2023", '2023-03..2023-07', 'de mars 2023 à juillet 2023'],
	["Novembre 2022", '2022-11..2022-11', 'en novembre 2022'],
	["Novembre 2022 / Janvier 2023", '2022-11..2023-01', 'de novembre 2022 à janvier 2023'],
	["Novembre 2022 / mars 2023", '2022-11..2023-03', 'de novembre 2022 à mars 2023'],
	["Septembre / Novembre 2022", '2022-09..2022-11', 'de septembre 2022 à novembre 2022'],
	["Septembre 2023 / février 2024", '2023-09..2024-02', 'de septembre 2023 à février 2024'],
	["Tout au long de l'action", 'every throughout', 'tout au long de l’action'],
	["Tout au long de l'année Janvier 2023 Janvier 2023", 'unread', 'non lu'],
	["Toute l'année 2023", '2023..2023', 'toute l’année 2023'],
];

describe('reading the « Calendrier » cells of the signed sheets', () => {
	const real = [...new Set(actions.map((a) => a.cell))].sort((a, b) => a.localeCompare(b, 'fr'));

	it('the table holds exactly the real cells', () => {
		expect(real).toEqual(EXPECTED.map(([cell]) => cell).sort((a, b) => a.localeCompare(b, 'fr')));
	});

	it.each(EXPECTED)('%j → %s', (cell, reading, words) => {
		const r = readCalendar(cell);
		expect(summary(r)).toBe(reading);
		expect(readingWords(r)).toBe(words);
	});

	it('reads 121 of the 126 filled cells (127 rows, one empty); the 5 others stay unread', () => {
		expect(calendarCounts(actions)).toEqual({ rows: 127, filled: 126, read: 121, unread: 5, empty: 1 });
	});
});

describe('the reading rules', () => {
	it('« Fin 2023 » is its last quarter, « Début 2023 » its first, « Fin du 1er semestre 2023 » its last month', () => {
		expect(span(readCalendar('Fin 2023'))).toEqual({ from: '2023-10', to: '2023-12' });
		expect(span(readCalendar('Début 2023'))).toEqual({ from: '2023-01', to: '2023-03' });
		expect(span(readCalendar('Fin du 1er semestre 2023'))).toEqual({ from: '2023-06', to: '2023-06' });
	});

	it('keeps the precision the text gives', () => {
		expect((readCalendar('01/11/2022') as { start: { precision: string } }).start.precision).toBe('day');
		expect((readCalendar('Mars 2023') as { start: { precision: string } }).start.precision).toBe('month');
		expect((readCalendar('1er trimestre 2023') as { start: { precision: string } }).start.precision).toBe('quarter');
		expect((readCalendar('2023') as { start: { precision: string } }).start.precision).toBe('year');
	});

	it('leaves unread what it would have to guess: trailing dates, reversed periods, impossible dates', () => {
		expect(readCalendar('Juin 2023 puis 2025').kind).toBe('unread');
		expect(readCalendar('2025 - 2023').kind).toBe('unread');
		expect(readCalendar('31/13/2023').kind).toBe('unread');
		expect(readCalendar('5e trimestre 2023').kind).toBe('unread');
		expect(readCalendar('Bientôt').kind).toBe('unread');
	});

	it('an action is active in the years its period covers; without a start, from its sheet’s edition to 2028', () => {
		expect([2022, 2023, 2024, 2025].map((y) => activeIn(readCalendar('2023-2024'), y, 2023))).toEqual([false, true, true, false]);
		expect([2022, 2023, 2028].map((y) => activeIn(readCalendar('annuel'), y, 2023))).toEqual([false, true, true]);
		expect([2021, 2022, 2028].map((y) => activeIn(readCalendar('Dès 2022'), y, 2023))).toEqual([false, true, true]);
		const school = readCalendar('Dès novembre 2022, puis chaque année scolaire (expérimentation sur 3 années scolaires)');
		expect([2022, 2025, 2026].map((y) => activeIn(school, y, 2023))).toEqual([true, true, false]);
		expect(activeIn(readCalendar('Bientôt'), 2023, 2023)).toBe(false);
	});
});

describe('the plan rows', () => {
	it('a row whose « Actions » cell was merged with the row above takes that action', () => {
		const rows = actions.filter((a) => a.sheet.id === 'S2.4');
		expect(rows.map((a) => [a.position, a.continued, a.action])).toEqual([
			['1', false, 'Portes ouvertes'],
			['2', false, 'Webinaires'],
			['3', true, 'Webinaires'],
			['4', true, 'Webinaires'],
			['5', true, 'Webinaires'],
			['6', false, 'Objectif National de 192 prescriptions pour les 4 sites (Rennes, Lyon, Toulouse et Monchy St Eloi)'],
		]);
	});

	it('rows of a group carry the group and a dotted position', () => {
		const rows = actions.filter((a) => a.sheet.id === 'S3.7' && a.group !== undefined);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((a) => /^\d+\.\d+$/.test(a.position) && a.group!.startsWith('Déployer la démarche Charte Ambassadeur'))).toBe(true);
	});

	it('the sections of the page hold every row once, dated ones in time order', () => {
		const s = calendarSections(actions);
		const all = [...s.years.flatMap((y) => y.actions), ...s.undated, ...s.unread, ...s.empty];
		expect(all).toHaveLength(actions.length);
		expect(new Set(all).size).toBe(actions.length);
		const starts = s.years.flatMap((y) => y.actions.map((a) => span(a.reading).from!));
		expect(starts).toEqual([...starts].sort());
		expect(s.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
	});

	it('what is due in 2024 holds « 2023-2024 » (ending) and not « Mars 2023 »', () => {
		const due = dueIn(actions, 2024);
		const cells = (list: typeof actions) => list.map((a) => a.cell);
		expect(cells(due.ending)).toContain('2023-2024');
		expect(cells(due.running)).toContain('2023-2028');
		expect(Object.values(due).flat().map((a) => a.cell)).not.toContain('Mars 2023');
		expect(cells(due.recurring)).toEqual(expect.arrayContaining(['annuel', 'Action pérenne']));
	});

	it('orders sheets as the contract does (S1.2 before S1.10)', () => {
		const order = [...new Set(actions.map((a) => a.sheet.id))];
		expect(order.indexOf('S1.2')).toBeLessThan(order.indexOf('S1.10'));
	});
});
