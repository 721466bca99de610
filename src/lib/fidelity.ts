/**
 * Fidelity of the site to the signed text: the share of the source's word 5-grams that the
 * built pages carry. Case, accents, punctuation and markup are ignored; extraction noise
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
	/^Mise en œuvre de l'action :$/,
	/^2023\t2024\t2025\t2026\t2027\t2028$/,
	/^(------\t?)+$/,
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

/** Every word 5-gram of a text. */
export function ngrams(text: string): Set<string> {
	const tokens = words(text);
	const grams = new Set<string>();
	for (let i = 0; i + N <= tokens.length; i++) grams.add(tokens.slice(i, i + N).join(' '));
	return grams;
}

/** The readable text of a built page: its <main>, without scripts and styles. */
export function pageText(html: string): string {
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
	return main.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
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
		// Token stream of the Partie, each token remembering its line, noise lines left out.
		const tokens: { word: string; line: number }[] = [];
		lines.forEach((text, index) => {
			const line = index + 1;
			if (line < partie.from || line > partie.to || isNoise(text)) return;
			for (const word of words(text)) tokens.push({ word, line });
		});
		const perLine = new Map<number, { total: number; found: number }>();
		let total = 0;
		let found = 0;
		for (let i = 0; i + N <= tokens.length; i++) {
			const hit = siteGrams.has(tokens.slice(i, i + N).map((t) => t.word).join(' '));
			total++;
			if (hit) found++;
			const stats = perLine.get(tokens[i]!.line) ?? { total: 0, found: 0 };
			stats.total++;
			if (hit) stats.found++;
			perLine.set(tokens[i]!.line, stats);
		}
		const worstLines = [...perLine]
			.filter(([, s]) => s.found < s.total)
			.map(([line, s]) => ({ line, ratio: s.found / s.total, missing: s.total - s.found, text: lines[line - 1]!.trim().slice(0, 100) }))
			.sort((a, b) => b.missing - a.missing || a.ratio - b.ratio)
			.slice(0, 15)
			.map(({ line, ratio, text }) => ({ line, ratio, text }));
		return { name: partie.name, total, found, ratio: total === 0 ? 1 : found / total, worstLines };
	});
}

/** A French report of the coverage figures and the least-covered lines. */
export function formatCoverage(parties: PartieCoverage[]): string {
	const pct = (r: number) => `${(r * 100).toFixed(2).replace('.', ',')} %`;
	const total = parties.reduce((n, p) => n + p.total, 0);
	const found = parties.reduce((n, p) => n + p.found, 0);
	return [
		`Couverture du texte source par le site (5-grammes de mots) : ${pct(found / total)} (${found}/${total})`,
		...parties.flatMap((p) => [
			`  ${p.name} : ${pct(p.ratio)} (${p.found}/${p.total})`,
			...p.worstLines.slice(0, 8).map((l) => `      ligne ${l.line} (${pct(l.ratio)}) : ${l.text}`),
		]),
	].join('\n');
}
