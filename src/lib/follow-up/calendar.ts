/**
 * Reading of a plan d'actions « Calendrier » cell, as signed, into a typed time reading.
 *
 * Hand-written on purpose: chrono-node 2.10 (the maintained date parser with a French locale)
 * read 1 of 14 typical cells (« 01/11/2022 » only: not « Mars 2023 », « 2023-2024 »,
 * « 1er trimestre 2023 », « Fin 2023 », « Fév. 2023 », « Dès … puis chaque année scolaire »).
 * So this is a small rule-based reader driven by the tables below (months, ordinals, units,
 * qualifiers, separators, recurrences); a phrase outside them is left unread, never guessed.
 *
 * Rules, each one visible in the words the page shows next to the signed cell:
 * - a single date is a period that starts and ends on it (« Mars 2023 » → mars 2023);
 * - dates joined by « - », « – », « -> », « / », « à », « et » are a period from the first to
 *   the last (« Novembre 2022 / Janvier 2023 », « Fin 2023 – 2024 – début 2025 »); a month
 *   without a year takes the year that follows (« Janvier - mars 2023 »); « 2022/2023 » is read
 *   as the years 2022 to 2023, not as a school year;
 * - « début » and « fin » narrow to the first or last sub-unit: of a year, its first or last
 *   quarter (« Fin 2023 » → 4e trimestre 2023); of a semester or a quarter, its first or last
 *   month (« Fin du 1er semestre 2023 » → juin 2023); a month stays a month;
 * - « courant », « toute l'année » keep the unit as it is (« Courant 2024 » → 2024);
 * - « Dès … », « À partir de … » give a start and no end;
 * - « …, puis chaque année scolaire (expérimentation sur N années scolaires) » is a recurrence
 *   from that start over N school years, counted from the school year (September to August)
 *   that holds the start month;
 * - « annuel », « 1 par trimestre », « Tout au long de l'action » are recurrences without dates;
 *   « Action pérenne » is permanent;
 * - words after the dates that hold no digit are kept as a note (« (prévision) », « impératif
 *   pour … »); if they hold a digit, the cell says more than the reading would, so it is unread.
 */
import { CONTRACT_LAST_YEAR } from '../../schemas/common';

export type Precision = 'day' | 'month' | 'quarter' | 'semester' | 'year';

/** A date as precise as the text gives it. */
export interface TimePoint {
	precision: Precision;
	/** ISO-like form: `2022-11-01`, `2023-03`, `2023-Q1`, `2023-S1`, `2023`. */
	iso: string;
	/** First and last month covered (`AAAA-MM`), for ordering and the per-year views. */
	from: string;
	to: string;
	/** The words of the qualifier the text puts before the date (« fin », « courant »…). */
	qualifier?: string;
	/** Whether the qualifier narrowed the unit (« fin 2023 » → its 4e trimestre), and what it was. */
	narrowedFrom?: { precision: Precision; iso: string };
}

export type Frequency = 'year' | 'quarter' | 'school-year' | 'school-year-start' | 'throughout';

export type CalendarReading =
	| { kind: 'period'; start: TimePoint; end: TimePoint; note?: string }
	| { kind: 'open'; start: TimePoint; note?: string }
	| {
			kind: 'recurrence';
			frequency: Frequency;
			start?: TimePoint;
			/** « expérimentation sur 3 années scolaires »: how many, and the last one (`2024-2025`). */
			schoolYears?: { count: number; last: string };
			note?: string;
	  }
	| { kind: 'permanent'; note?: string }
	| { kind: 'unread' }
	| { kind: 'empty' };

export type ReadingKind = CalendarReading['kind'];

// ── Tables ─────────────────────────────────────────────────────────────────────────────

/** Month names and the abbreviations the sheets use (a trailing dot is allowed). */
const MONTHS: Record<string, number> = {
	janvier: 1, janv: 1, février: 2, fevrier: 2, fév: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
	juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
	décembre: 12, decembre: 12, déc: 12, dec: 12,
};
const MONTH_WORDS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Ordinals before « trimestre » / « semestre »; `last` is « dernier ». */
const ORDINALS: Record<string, number | 'last'> = {
	'1er': 1, '1re': 1, '1ère': 1, premier: 1, première: 1,
	'2e': 2, '2ème': 2, '2eme': 2, '2nd': 2, '2nde': 2, second: 2, seconde: 2, deuxième: 2,
	'3e': 3, '3ème': 3, '3eme': 3, troisième: 3,
	'4e': 4, '4ème': 4, '4eme': 4, quatrième: 4,
	dernier: 'last', dernière: 'last',
};

/** Sub-units of a year: how many per year and how many months each. */
const UNITS: Record<string, { precision: 'quarter' | 'semester'; perYear: number; letter: string; noun: string }> = {
	trimestre: { precision: 'quarter', perYear: 4, letter: 'Q', noun: 'trimestre' },
	semestre: { precision: 'semester', perYear: 2, letter: 'S', noun: 'semestre' },
};

/** Words before a date: `narrow` picks the first or last sub-unit; `after` words go after the date. */
const QUALIFIERS: { pattern: string; narrow?: 'first' | 'last'; words: string; after?: boolean }[] = [
	{ pattern: 'début', narrow: 'first', words: 'début' },
	{ pattern: 'debut', narrow: 'first', words: 'début' },
	{ pattern: 'fin', narrow: 'last', words: 'fin' },
	{ pattern: 'courant', words: 'courant' },
	{ pattern: "toute l'année", words: 'toute l’année' },
	{ pattern: 'calendrier à venir pour', words: '(calendrier à venir)', after: true },
];

/** What may join two dates of one period. */
const SEPARATORS = ['-', '/', 'à', 'au', 'et'];

/** Words that open an open-ended period. */
const OPEN_STARTS = ['dès', 'à partir', 'a partir'];

/** A recurrence the cell states alone. */
const RECURRENCES: { pattern: RegExp; frequency: Frequency }[] = [
	{ pattern: /^annuel(le)?$/, frequency: 'year' },
	{ pattern: /^chaque année$/, frequency: 'year' },
	{ pattern: /^(1|une) (fois )?par trimestre$/, frequency: 'quarter' },
	{ pattern: /^tout au long de l'action$/, frequency: 'throughout' },
];

/** What follows the start of an open period to make it a recurrence. */
const THEN_EVERY: { pattern: string; frequency: Frequency }[] = [
	{ pattern: "puis chaque début d'année scolaire", frequency: 'school-year-start' },
	{ pattern: 'puis chaque année scolaire', frequency: 'school-year' },
];

// ── Scanner ────────────────────────────────────────────────────────────────────────────

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Not followed by a letter or digit: a whole word. */
const END = '(?![\\p{L}\\p{N}])';
/** « du », « de la », « d'»… between a word and the date it introduces. */
const ARTICLE = `(?:(?:du|de la|de l'|de|d'|le|la)(?:${END}|(?<='))\\s*)?`;

const RE = {
	day: /(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/uy,
	unit: new RegExp(`(${alternation(Object.keys(ORDINALS))})${END}\\s+(${alternation(Object.keys(UNITS))})${END}(?:\\s+(\\d{4})(?!\\d))?`, 'uy'),
	month: new RegExp(`(${alternation(Object.keys(MONTHS))})(?:\\.|${END})(?:\\s*(\\d{4})(?!\\d))?`, 'uy'),
	year: /(20\d{2})(?!\d)/uy,
	qualifier: new RegExp(`(${alternation(QUALIFIERS.map((q) => q.pattern))})${END}\\s*${ARTICLE}`, 'uy'),
	separator: new RegExp(`\\s*(?:${alternation(SEPARATORS)})(?:${END}|(?<=[-/]))\\s*`, 'uy'),
	open: new RegExp(`(?:${alternation(OPEN_STARTS)})${END}\\s*${ARTICLE}`, 'uy'),
	thenEvery: new RegExp(`\\s*,?\\s*(${alternation(THEN_EVERY.map((t) => t.pattern))})${END}`, 'uy'),
	schoolYears: /\s*\(expérimentation sur (\d+) années scolaires\)/uy,
	permanent: /action pérenne(?![\p{L}])/uy,
};

class Scanner {
	constructor(
		readonly text: string,
		public at = 0,
	) {}
	match(re: RegExp): RegExpExecArray | undefined {
		re.lastIndex = this.at;
		const m = re.exec(this.text);
		if (m) this.at = re.lastIndex;
		return m ?? undefined;
	}
	get rest() {
		return this.text.slice(this.at);
	}
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthIso = (year: number, month: number) => `${year}-${pad(month)}`;

function unitPoint(precision: 'quarter' | 'semester', year: number, index: number): TimePoint {
	const unit = Object.values(UNITS).find((u) => u.precision === precision)!;
	const months = 12 / unit.perYear;
	return { precision, iso: `${year}-${unit.letter}${index}`, from: monthIso(year, (index - 1) * months + 1), to: monthIso(year, index * months) };
}
const monthPoint = (year: number, month: number): TimePoint => ({ precision: 'month', iso: monthIso(year, month), from: monthIso(year, month), to: monthIso(year, month) });
const yearPoint = (year: number): TimePoint => ({ precision: 'year', iso: String(year), from: `${year}-01`, to: `${year}-12` });

/** « début » / « fin »: the first or last sub-unit (year → quarter, semester or quarter → month). */
function narrow(point: TimePoint, which: 'first' | 'last'): TimePoint {
	const [y, m] = (which === 'first' ? point.from : point.to).split('-').map(Number) as [number, number];
	const narrowed = point.precision === 'year' ? unitPoint('quarter', y, which === 'first' ? 1 : 4) : point.precision === 'quarter' || point.precision === 'semester' ? monthPoint(y, m) : undefined;
	return narrowed ? { ...narrowed, narrowedFrom: { precision: point.precision, iso: point.iso } } : point;
}

/** A date without its year yet (« Janvier » in « Janvier - mars 2023 ») waits for the next one's. */
type Pending = TimePoint | { month: number; qualifier?: (typeof QUALIFIERS)[number] };

function readPoint(s: Scanner): Pending | undefined {
	const start = s.at;
	const q = s.match(RE.qualifier);
	const qualifier = q && QUALIFIERS.find((x) => x.pattern === q[1]);
	let point: Pending | undefined;
	let m: RegExpExecArray | undefined;
	if ((m = s.match(RE.day))) {
		const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
		if (mo < 1 || mo > 12 || d < 1 || d > 31) return void (s.at = start);
		const iso = `${y}-${pad(mo)}-${pad(d)}`;
		point = { precision: 'day', iso, from: monthIso(y, mo), to: monthIso(y, mo) };
	} else if ((m = s.match(RE.unit))) {
		if (!m[3]) return void (s.at = start);
		const unit = UNITS[m[2]!]!;
		const ordinal = ORDINALS[m[1]!]!;
		const index = ordinal === 'last' ? unit.perYear : ordinal;
		if (index > unit.perYear) return void (s.at = start);
		point = unitPoint(unit.precision, Number(m[3]), index);
	} else if ((m = s.match(RE.month))) {
		const month = MONTHS[m[1]!]!;
		point = m[2] ? monthPoint(Number(m[2]), month) : { month, ...(qualifier && { qualifier }) };
	} else if ((m = s.match(RE.year))) {
		point = yearPoint(Number(m[1]));
	} else return void (s.at = start);
	return 'iso' in point && qualifier ? qualify(point, qualifier) : point;
}

function qualify(point: TimePoint, qualifier: (typeof QUALIFIERS)[number]): TimePoint {
	return { ...(qualifier.narrow ? narrow(point, qualifier.narrow) : point), qualifier: qualifier.words };
}

/** Dates joined by separators; a month without a year takes the year of the next date. */
function readPoints(s: Scanner): TimePoint[] | undefined {
	const pending: Pending[] = [];
	for (;;) {
		const p = readPoint(s);
		if (!p) return undefined;
		pending.push(p);
		const before = s.at;
		if (!s.match(RE.separator)) break;
		if (!readPoint(new Scanner(s.text, s.at))) {
			s.at = before;
			break;
		}
	}
	const points: TimePoint[] = [];
	for (let i = pending.length - 1; i >= 0; i--) {
		const p = pending[i]!;
		if ('iso' in p) points.unshift(p);
		else {
			const next = points[0];
			if (!next) return undefined;
			const point = monthPoint(Number(next.from.slice(0, 4)), p.month);
			points.unshift(p.qualifier ? qualify(point, p.qualifier) : point);
		}
	}
	return points;
}

/** The words after the dates: a note if they hold no digit, otherwise the cell is unread. */
function trailing(s: Scanner, display: string): { ok: boolean; note?: string } {
	const rest = display.slice(s.at).replace(/^[\s:,;.-]+/, '').trim();
	if (rest === '') return { ok: true };
	return /\d/.test(rest) ? { ok: false } : { ok: true, note: rest };
}

/** Same length as the text, so positions found in the lower-case form hold in it. */
const normalise = (text: string) =>
	text
		.normalize('NFC')
		.replace(/[’‘]/g, "'")
		.replace(/[–—‑]/g, '-')
		.replace(/->/g, '- ')
		.replace(/\s/g, ' ');

/** Reads one « Calendrier » cell. The text itself is never changed: keep it beside the reading. */
export function readCalendar(cell: string): CalendarReading {
	const display = normalise(cell).trim().replace(/ {2,}/g, ' ');
	if (display === '') return { kind: 'empty' };
	const lower = display.toLowerCase();
	if (lower.length !== display.length) return { kind: 'unread' };
	const s = new Scanner(lower);

	for (const r of RECURRENCES) if (r.pattern.test(lower)) return { kind: 'recurrence', frequency: r.frequency };

	if (s.match(RE.permanent)) {
		const t = trailing(s, display);
		return t.ok ? { kind: 'permanent', ...(t.note && { note: t.note }) } : { kind: 'unread' };
	}

	if (s.match(RE.open)) {
		const start = readPoint(s);
		if (!start || !('iso' in start)) return { kind: 'unread' };
		const every = s.match(RE.thenEvery);
		if (every) {
			const frequency = THEN_EVERY.find((t) => t.pattern === every[1])!.frequency;
			const count = s.match(RE.schoolYears);
			const t = trailing(s, display);
			if (!t.ok) return { kind: 'unread' };
			return {
				kind: 'recurrence',
				frequency,
				start,
				...(count && { schoolYears: schoolYears(start, Number(count[1])) }),
				...(t.note && { note: t.note }),
			};
		}
		const t = trailing(s, display);
		return t.ok ? { kind: 'open', start, ...(t.note && { note: t.note }) } : { kind: 'unread' };
	}

	const points = readPoints(s);
	if (!points) return { kind: 'unread' };
	const start = points[0]!;
	const end = points[points.length - 1]!;
	// A period that ends before it starts is a misreading: leave it to the reader.
	if (end.to < start.from) return { kind: 'unread' };
	const t = trailing(s, display);
	return t.ok ? { kind: 'period', start, end, ...(t.note && { note: t.note }) } : { kind: 'unread' };
}

/** N school years (September to August) from the one that holds the start month. */
function schoolYears(start: TimePoint, count: number) {
	const [y, m] = start.from.split('-').map(Number) as [number, number];
	const first = m >= 9 ? y : y - 1;
	const last = first + count - 1;
	return { count, last: `${last}-${last + 1}` };
}

// ── Time span and years ────────────────────────────────────────────────────────────────

/** First and last month the reading covers, when the text gives them. */
export function span(reading: CalendarReading): { from?: string; to?: string } {
	switch (reading.kind) {
		case 'period':
			return { from: reading.start.from, to: reading.end.to };
		case 'open':
			return { from: reading.start.from };
		case 'recurrence':
			return {
				...(reading.start && { from: reading.start.from }),
				...(reading.schoolYears && { to: `${reading.schoolYears.last.slice(5)}-08` }),
			};
		default:
			return {};
	}
}

/**
 * Whether an action is due in a year: its period covers that year (starts, runs or ends in it),
 * or it is open, recurring or permanent and active that year. Without a start, an action is
 * active from `since` (the year of the edition that carries it) to the end of the contract.
 */
export function activeIn(reading: CalendarReading, year: number, since: number): boolean {
	if (reading.kind === 'unread' || reading.kind === 'empty') return false;
	const { from, to } = span(reading);
	const first = from ? Number(from.slice(0, 4)) : since;
	// A reading without an end runs to the contract's last year.
	const last = to ? Number(to.slice(0, 4)) : CONTRACT_LAST_YEAR;
	return first <= year && year <= last;
}

// ── Words ──────────────────────────────────────────────────────────────────────────────

const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);

/** A date as a noun phrase, and whether French puts « le » before it (« du », « au »). */
function noun(p: { precision: Precision; iso: string }, withYear = true): { text: string; article: boolean } {
	const year = p.iso.slice(0, 4);
	const y = withYear ? ` ${year}` : '';
	switch (p.precision) {
		case 'day': {
			const [, m, d] = p.iso.split('-').map(Number) as [number, number, number];
			return { text: `${d === 1 ? '1er' : d} ${MONTH_WORDS[m - 1]} ${year}`, article: true };
		}
		case 'month':
			return { text: `${MONTH_WORDS[Number(p.iso.slice(5, 7)) - 1]}${y}`, article: false };
		case 'quarter':
			return { text: `${ordinal(Number(p.iso.slice(6)))} trimestre${y}`, article: true };
		case 'semester':
			return { text: `${ordinal(Number(p.iso.slice(6)))} semestre${y}`, article: true };
		case 'year':
			return { text: year, article: false };
	}
}

/** A date in words with its qualifier: « fin 2023 (4e trimestre) », « courant 2024 ». */
function pointWords(p: TimePoint): { text: string; article: boolean } {
	if (!p.qualifier) return noun(p);
	const q = QUALIFIERS.find((x) => x.words === p.qualifier)!;
	if (q.after) return { ...noun(p), text: `${noun(p).text} ${q.words}` };
	if (p.narrowedFrom) {
		const base = noun(p.narrowedFrom);
		const sep = p.narrowedFrom.precision === 'year' ? ' ' : base.article ? ' du ' : ' de ';
		return { text: `${q.words}${sep}${base.text} (${noun(p, false).text})`, article: false };
	}
	return { text: `${q.words} ${noun(p).text}`, article: false };
}

const de = (w: { text: string; article: boolean }) => (w.article ? `du ${w.text}` : /^[aeiouyàâéèêîôû]/i.test(w.text) ? `d’${w.text}` : `de ${w.text}`);
const a = (w: { text: string; article: boolean }) => (w.article ? `au ${w.text}` : `à ${w.text}`);
/** A date alone: « le 1er novembre 2022 », « en mars 2023 », « au 1er trimestre 2023 ». */
function at(p: TimePoint): string {
	const w = pointWords(p);
	if (p.qualifier) return w.text;
	return w.article ? (p.precision === 'day' ? `le ${w.text}` : `au ${w.text}`) : `en ${w.text}`;
}

const FREQUENCY_WORDS: Record<Frequency, string> = {
	year: 'chaque année',
	quarter: 'une fois par trimestre',
	'school-year': 'chaque année scolaire',
	'school-year-start': 'chaque début d’année scolaire',
	throughout: 'tout au long de l’action',
};

/** The reading in French: « de mars 2023 à décembre 2024 », « à partir de novembre 2022, chaque année scolaire »… */
export function readingWords(reading: CalendarReading): string {
	switch (reading.kind) {
		case 'period':
			return reading.start.iso === reading.end.iso && reading.start.qualifier === reading.end.qualifier
				? at(reading.start)
				: `${de(pointWords(reading.start))} ${a(pointWords(reading.end))}`;
		case 'open':
			return `à partir ${de(pointWords(reading.start))}`;
		case 'recurrence': {
			const parts = [reading.start ? `à partir ${de(pointWords(reading.start))}` : '', FREQUENCY_WORDS[reading.frequency]];
			if (reading.schoolYears) parts.push(`sur ${reading.schoolYears.count} années scolaires, jusqu’à l’année scolaire ${reading.schoolYears.last}`);
			return parts.filter(Boolean).join(', ');
		}
		case 'permanent':
			return 'action pérenne';
		case 'unread':
			return 'non lu';
		case 'empty':
			return 'calendrier non renseigné';
	}
}
