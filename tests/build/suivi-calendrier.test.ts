import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import { calendarActions, calendarCounts, CALENDAR_YEARS } from '../../src/lib/follow-up/actions';
import type { Fiche } from '../../src/schemas/fiche';
import { builtPage, ROOT } from '../helpers/site';

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&quot;|&#34;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();

/** The calendar rows of a built page: sheet, then the text of each cell (sheet, action, signed cell, reading). */
const rows = (html: string) =>
	[...html.matchAll(/<tr data-fiche="([^"]+)"[^>]*data-lecture="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, fiche, lecture, tr]) => ({
		fiche: fiche!,
		lecture: lecture!,
		cells: [...tr!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!)),
		html: tr!,
	}));

const counts = calendarCounts(
	calendarActions(
		readContentTree(ROOT)
			.editions.filter((e) => e.collection === 'fiches' && e.stem === 'index')
			.map((e) => e.data as Fiche),
	),
);

describe('/suivi/calendrier/', () => {
	const html = builtPage('/suivi/calendrier/');

	test('is a French page with its title, in the sidebar', () => {
		expect(html).toMatch(/<html[^>]* lang="fr"/);
		expect(html).toMatch(/<h1[^>]*>Calendrier des actions<\/h1>/);
		expect(builtPage('/')).toMatch(/<a href="\/suivi\/calendrier\/"[^>]*>\s*<span[^>]*>Calendrier des actions<\/span>/);
	});

	test('lists S1.4’s « Ingénierie analytique intégrant l’approche GPEC » with its signed cell and its reading, linked to its row on the sheet', () => {
		const row = rows(html).find((r) => r.fiche === 'S1.4' && r.cells[1] === "Ingénierie analytique intégrant l'approche GPEC");
		expect(row?.cells.slice(2)).toEqual(['01/11/2022', 'le 1er novembre 2022']);
		expect(row?.html).toContain('href="/fiches/s1-4/#a1"');
	});

	test('shows the counts the parser gives, and lists every unread cell as signed', () => {
		const shown = (key: string) => Number(text(new RegExp(`<dd data-compte="${key}">([\\s\\S]*?)</dd>`).exec(html)![1]!).split(' ')[0]);
		expect({ rows: shown('lignes'), filled: shown('renseignees'), read: shown('lues'), unread: shown('non-lues'), empty: shown('vides') }).toEqual(counts);
		const unread = rows(html).filter((r) => r.lecture === 'unread');
		expect(unread).toHaveLength(counts.unread);
		expect(unread.every((r) => r.cells[3] === 'non lu')).toBe(true);
		expect(unread.map((r) => r.cells[2])).toContain('En cours bilan annuel');
	});

	test('lists every dated action once, by year of start, in time order', () => {
		const years = [...html.matchAll(/<h2 id="debut-(\d{4})">/g)].map((m) => Number(m[1]));
		expect(years).toEqual([...years].sort());
		expect(rows(html)).toHaveLength(counts.filled);
		const section2022 = html.slice(html.indexOf('id="debut-2022"'), html.indexOf('id="debut-2023"'));
		expect(rows(section2022).map((r) => r.cells[2])).toContain('Dès novembre 2022, puis chaque année scolaire (expérimentation sur 3 années scolaires)');
		expect(text(section2022)).toContain('à partir de novembre 2022, chaque année scolaire');
	});
});

describe('/suivi/calendrier/<année>/', () => {
	test('exists for every year of the contract, each linking to the others', () => {
		for (const year of CALENDAR_YEARS) {
			const html = builtPage(`/suivi/calendrier/${year}/`);
			expect(html).toMatch(new RegExp(`<h1[^>]*>Calendrier des actions : ${year}</h1>`));
			for (const other of CALENDAR_YEARS) expect(html).toContain(`href="/suivi/calendrier/${other}/"`);
		}
	});

	test('2024 lists an action of « 2023-2024 » and none of « Mars 2023 »', () => {
		const cells = rows(builtPage('/suivi/calendrier/2024/')).map((r) => r.cells[2]);
		expect(cells).toContain('2023-2024');
		expect(cells).not.toContain('Mars 2023');
		expect(cells).toContain('Action pérenne');
	});

	test('2023 lists « Mars 2023 » among the actions due that year', () => {
		const html = builtPage('/suivi/calendrier/2023/');
		const due = html.slice(html.indexOf('id="echeance"'), html.indexOf('id="en-cours"'));
		expect(rows(due).map((r) => r.cells[2])).toContain('Mars 2023');
	});
});
