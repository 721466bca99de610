/**
 * Fidelity of the site to the signed text: the share of the source's word 5-grams that the
 * built pages carry, counted line by line (see `lineGrams`). Case, accents, punctuation and markup are ignored; extraction noise
 * (running headers, cover blocks, the lost circled years) is excluded from the source.
 */

/** The four Parties of the contract, by source line (1-based, inclusive). */
export const PARTIES = [
	{ name: 'Partie 1 — Orientations générales', from: 1, to: 409 },
	{ name: 'Partie 2 — Diagnostic partagé', from: 410, to: 1707 },
	{ name: 'Partie 3 — Le CPRDFOP en actions', from: 1708, to: 4942 },
	{ name: 'Partie 4 — SRFSS', from: 4943, to: Number.POSITIVE_INFINITY },
] as const;

/** Source lines that are extraction noise, not contract content (SOURCE-MAP.md). */
const NOISE_LINES = [
	/^DOCUMENT DE TRAVAIL$/,
	/^HAUTS-DE-FRANCE$/,
	/^Contrat de Plan Régional$/,
	/^de Développement des Formations$/,
	/^et de l'Orientation Professionnelles$/,
	/^Le Contrat de Plan Régional de Développement des Formations et de l'Orientation Professionnelles$/,
	/^2022-2028$/,
	// The years of "Mise en œuvre de l'action" were circled in the PDF; the circles are lost.
	/^Mise en œuvre de l'action :( \*entourez la zone\*)?$/,
	/^2023\t2024\t2025\t2026\t2027\t2028$/,
	/^(------\t?)+$/,
	// The diagnostic's table of contents: its page numbers have no meaning on the site.
	/^Sommaire$/,
	/^[^\t]+\t\d{1,2}$/,
];

export const isNoise = (line: string) => NOISE_LINES.some((re) => re.test(line.trim()));

/** Words of a text, folded: no markup, no accents, no case, no punctuation. */
export function words(text: string): string[] {
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, ' ')
		.replace(/\s*\^\{([^}]*)\}/g, '$1')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

const N = 5;

/** Every word n-gram of a text up to 5 words: 5-grams, and the shorter ones that short source lines are looked up by. */
export function ngrams(text: string): Set<string> {
	const tokens = words(text);
	const grams = new Set<string>();
	for (let n = 1; n <= N; n++) for (let i = 0; i + n <= tokens.length; i++) grams.add(tokens.slice(i, i + n).join(' '));
	return grams;
}

/**
 * The 5-grams of one source line (a paragraph, a list item, a table row): a line shorter than
 * five words counts as one gram, its whole wording. Grams do not straddle two lines: what
 * follows what across lines is the PDF's page layout, not the contract's sentences.
 */
function lineGrams(line: string): string[] {
	const tokens = words(line.replace(/^\s*(?:\d+\.|[-*►➤•])\s+/, ''));
	if (tokens.length === 0) return [];
	if (tokens.length <= N) return [tokens.join(' ')];
	return Array.from({ length: tokens.length - N + 1 }, (_, i) => tokens.slice(i, i + N).join(' '));
}

/** The readable text of a built page: its <main>, without scripts and styles. */
export function pageText(html: string): string {
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
	return (
		main
			.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
			// An item's identifier and « Citer » button are the site's, not the signed text: they would split it.
			.replace(/<span class="item-ref">[\s\S]*?<\/button><\/span>/g, ' ')
			.replace(/<[^>]*>/g, ' ')
	);
}

export interface PartieCoverage {
	name: string;
	total: number;
	found: number;
	ratio: number;
	/** Source lines whose 5-grams are least found on the site, worst first. */
	worstLines: { line: number; ratio: number; text: string }[];
}

/** Measures how much of each Partie of the source the site text carries. */
export function coverage(sourceText: string, siteGrams: Set<string>): PartieCoverage[] {
	const lines = sourceText.split('\n');
	return PARTIES.map((partie) => {
		const perLine = new Map<number, { total: number; found: number }>();
		let total = 0;
		let found = 0;
		lines.forEach((text, index) => {
			const line = index + 1;
			if (line < partie.from || line > partie.to || isNoise(text)) return;
			for (const gram of lineGrams(text)) {
				const hit = siteGrams.has(gram);
				total++;
				if (hit) found++;
				const stats = perLine.get(line) ?? { total: 0, found: 0 };
				stats.total++;
				if (hit) stats.found++;
				perLine.set(line, stats);
			}
		});
		const worstLines = [...perLine]
			.filter(([, s]) => s.found < s.total)
			.map(([line, s]) => ({ line, ratio: s.found / s.total, missing: s.total - s.found, text: lines[line - 1]!.trim().slice(0, 100) }))
			.sort((a, b) => b.missing - a.missing || a.ratio - b.ratio)
			.slice(0, 40)
			.map(({ line, ratio, text }) => ({ line, ratio, text }));
		return { name: partie.name, total, found, ratio: total === 0 ? 1 : found / total, worstLines };
	});
}

/** A French report of the coverage figures and the least-covered lines. */
export function formatCoverage(parties: PartieCoverage[], worst = 8): string {
	const pct = (r: number) => `${(r * 100).toFixed(2).replace('.', ',')} %`;
	const total = parties.reduce((n, p) => n + p.total, 0);
	const found = parties.reduce((n, p) => n + p.found, 0);
	return [
		`Couverture du texte source par le site (5-grammes de mots) : ${pct(found / total)} (${found}/${total})`,
		...parties.flatMap((p) => [
			`  ${p.name} : ${pct(p.ratio)} (${p.found}/${p.total})`,
			...p.worstLines.slice(0, worst).map((l) => `      ligne ${l.line} (${pct(l.ratio)}) : ${l.text}`),
		]),
	].join('\n');
}

/**
 * A text folded for spelling: like `words`, no markup, accents or case, but hyphens inside a word
 * and superscript digits stay, which `words` drops: « socio-économique » is not « socioéconomique »,
 * « km² » is not « km » followed by a note call « ² ».
 */
export function spellingFold(text: string): string {
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, ' ')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '\u2010')
		.replace(/[^\p{L}\p{N}\u2010]+/gu, ' ')
		.replace(/\u2010/g, '-')
		.trim();
}

/** One place where the source uses a spelling that no built page carries there. */
export interface MissingSpelling {
	line: number;
	/** The spelling with up to two words on either side, folded by `spellingFold`. */
	context: string;
}

/**
 * The places where the source writes a word matching `pattern` (a whole word of the folded text,
 * e.g. /^socio-?economiques?$/) that no page carries as signed, with its neighbouring words:
 * the site must show each spelling where the source uses it, not the other one.
 */
export function missingSpellings(sourceText: string, pageTexts: string[], pattern: RegExp): MissingSpelling[] {
	const word = new RegExp(pattern.source, pattern.flags.replace('g', ''));
	const site = pageTexts.map((text) => ` ${spellingFold(text)} `).join('\n');
	return sourceText.split('\n').flatMap((text, index) => {
		if (isNoise(text)) return [];
		const tokens = spellingFold(text).split(' ');
		return tokens.flatMap((token, i) => {
			if (!word.test(token)) return [];
			const context = tokens.slice(Math.max(0, i - 2), i + 3).join(' ');
			return site.includes(` ${context} `) ? [] : [{ line: index + 1, context }];
		});
	});
}

/** The readable text of every page of a built site (its `dist/` folder). */
export async function siteTexts(distDir: string): Promise<string[]> {
	const { readdirSync, readFileSync } = await import('node:fs');
	const { join } = await import('node:path');
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((page) => pageText(readFileSync(join(distDir, page), 'utf8')));
}

/** Measures a built site (its `dist/` folder) against the source text. */
export async function measureSite(distDir: string, sourceText: string): Promise<PartieCoverage[]> {
	const siteGrams = new Set<string>();
	for (const text of await siteTexts(distDir)) for (const gram of ngrams(text)) siteGrams.add(gram);
	return coverage(sourceText, siteGrams);
}
