/**
 * Charts drawn at build time as static SVG by Vega-Lite (no chart code reaches the browser).
 * Every chart carries its data so that the page can show a table equivalent.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Chiffre, Diplome } from '../../schemas/registres';

/** One bar: a category on the x axis, an optional series (colour), a value. */
export interface Datum {
	categorie: string;
	serie?: string;
	valeur: number;
}

export interface Chart {
	/** Anchor and id prefix, unique on the page. */
	id: string;
	titre: string;
	/** Headers of the data table: category, (series), value. */
	colonnes: { categorie: string; serie?: string; valeur: string };
	data: Datum[];
	/** Where the numbers come from in the contract. */
	source: string;
	/** Horizontal bars, the series stacked in each bar (many categories, parts of a whole). */
	empile?: boolean;
	/** Colour of each series, by name, when they have a fixed meaning (statuses). */
	couleurs?: Record<string, string>;
}

// French number formatting on the axes: 60 000, not 60,000 or 60k.
vega.formatLocale({ decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u00a0€'] });

// Starlight's accent and a dark grey: both reach 4.5:1 on white for text and 3:1 for bars.
const COLOURS = ['#1f4e79', '#b3541e'];

/** The chart as an SVG string, sized for the content column. */
export async function chartSvg(chart: Chart): Promise<string> {
	const hasSeries = chart.data.some((d) => d.serie !== undefined);
	const spec: TopLevelSpec = chart.empile ? stackedSpec(chart) : {
		width: 560,
		height: 260,
		background: 'white',
		data: { values: chart.data },
		mark: { type: 'bar', tooltip: false },
		encoding: {
			x: { field: 'categorie', type: 'ordinal', title: chart.colonnes.categorie, sort: null, axis: { labelAngle: 0, labelLimit: 0 } },
			y: { field: 'valeur', type: 'quantitative', title: chart.colonnes.valeur, axis: { format: chart.data.every((d) => Number.isInteger(d.valeur)) ? ',d' : ',' } },
			...(hasSeries
				? {
						xOffset: { field: 'serie', type: 'nominal' },
						color: { field: 'serie', type: 'nominal', title: chart.colonnes.serie, scale: { range: COLOURS }, legend: { orient: 'bottom', labelLimit: 0 } },
					}
				: { color: { value: COLOURS[0] } }),
		},
		config: { font: 'system-ui, sans-serif', axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#222', titleColor: '#222' }, legend: { labelColor: '#222', titleColor: '#222' } },
	};
	// The figure's caption names the chart; the table after it carries the numbers.
	return (await drawn(spec)).replace('<svg ', `<svg role="img" aria-labelledby="${chart.id}-titre" focusable="false" `);
}

/** Each spec drawn once per build: a chart appears on its chapter's page and on the print page. */
const drawings = new Map<string, Promise<string>>();
function drawn(spec: TopLevelSpec): Promise<string> {
	const key = JSON.stringify(spec);
	let svg = drawings.get(key);
	if (svg === undefined) {
		svg = (async () => {
			const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
			const out = await view.toSVG();
			view.finalize();
			return out;
		})();
		drawings.set(key, svg);
	}
	return svg;
}

/** Horizontal stacked bars: one bar per category, one segment per series, in the series' order. */
function stackedSpec(chart: Chart): TopLevelSpec {
	const series = [...new Set(chart.data.map((d) => d.serie ?? ''))];
	const categories = new Set(chart.data.map((d) => d.categorie)).size;
	return {
		width: 480,
		height: Math.max(60, 26 * categories),
		background: 'white',
		data: { values: chart.data.map((d) => ({ ...d, ordre: series.indexOf(d.serie ?? '') })) },
		mark: { type: 'bar', tooltip: false, stroke: 'white', strokeWidth: 1 },
		encoding: {
			y: { field: 'categorie', type: 'nominal', title: chart.colonnes.categorie, sort: null, axis: { labelLimit: 220 } },
			x: { field: 'valeur', type: 'quantitative', title: chart.colonnes.valeur, stack: 'zero', axis: { format: ',d', tickMinStep: 1 } },
			color: {
				field: 'serie',
				type: 'nominal',
				title: chart.colonnes.serie,
				sort: series,
				scale: { domain: series, range: series.map((name, i) => chart.couleurs?.[name] ?? COLOURS[i % COLOURS.length]!) },
				legend: { orient: 'bottom', labelLimit: 0, columns: 3 },
			},
			order: { field: 'ordre', type: 'quantitative' },
		},
		config: { font: 'system-ui, sans-serif', axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#222', titleColor: '#222' }, legend: { labelColor: '#222', titleColor: '#222' } },
	};
}

const formatNumber = (n: number) => n.toLocaleString('fr-FR');

/** Apprenticeship: the yearly new contracts now and the 2028 target, from the key figures. */
export function apprentissageChart(chiffres: Map<string, Chiffre>): Chart {
	const actuel = chiffres.get('contrats-apprentissage-actuels')!;
	const objectif = chiffres.get('contrats-apprentissage-objectif-2028')!;
	return {
		id: 'graphique-apprentissage',
		titre: `Nouveaux contrats d’apprentissage par an : ${formatNumber(actuel.valeur)} actuellement, objectif de ${formatNumber(objectif.valeur)} à l’horizon 2028`,
		colonnes: { categorie: 'Période', valeur: 'Nouveaux contrats par an' },
		data: [
			{ categorie: 'Actuellement', valeur: actuel.valeur },
			{ categorie: 'Objectif 2028', valeur: objectif.valeur },
		],
		source: `Contrat, introduction : « ${objectif.citation} »`,
	};
}

/** SRFSS diplomas: how many of each level, health and social side by side. */
export function diplomesNiveauxChart(diplomes: Diplome[]): Chart {
	const niveaux = [...new Set(diplomes.map((d) => d.niveau))].sort((a, b) => a - b);
	const data = niveaux.flatMap((niveau) =>
		(['Sanitaire', 'Social'] as const).map((secteur) => ({
			categorie: `Niveau ${niveau}`,
			serie: secteur,
			valeur: diplomes.filter((d) => d.niveau === niveau && d.secteur === secteur).length,
		})),
	);
	return {
		id: 'graphique-diplomes-niveaux',
		titre: 'Diplômes des formations sanitaires et sociales par niveau',
		colonnes: { categorie: 'Niveau', serie: 'Secteur', valeur: 'Nombre de diplômes' },
		data,
		source: 'Diagnostic partagé, « Les formations du SRFSS » : liste des diplômes et de leur niveau.',
	};
}

/** Age shares of the population, Hauts-de-France against metropolitan France, from the key figures. */
export function populationAgesChart(chiffres: Map<string, Chiffre>): Chart {
	const pair = (categorie: string, cle: string) => [
		{ categorie, serie: 'Hauts-de-France', valeur: chiffres.get(`${cle}-hdf`)!.valeur },
		{ categorie, serie: 'France métropolitaine', valeur: chiffres.get(`${cle}-france`)!.valeur },
	];
	return {
		id: 'graphique-population-ages',
		titre: 'Part de la population par âge : Hauts-de-France et France métropolitaine (en %)',
		colonnes: { categorie: 'Âge', serie: 'Territoire', valeur: 'Part de la population (%)' },
		data: [...pair('Moins de 20 ans', 'part-moins-20-ans'), ...pair('Moins de 30 ans (2018)', 'part-moins-30-ans'), ...pair('65 ans et plus', 'part-seniors')],
		source: 'Diagnostic partagé, « Population » : « ' + chiffres.get('part-moins-20-ans-hdf')!.citation + ' » ; « ' + chiffres.get('part-moins-30-ans-hdf')!.citation + ' » ; « ' + chiffres.get('part-seniors-hdf')!.citation + ' »',
	};
}
