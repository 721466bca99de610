/**
 * The rubrics of each entity page, in the signed order: one list gives the page its table of
 * contents and the entity's body its sections, wherever the body is rendered.
 */
import type { CollectionEntry } from 'astro:content';
import type { Ambition } from '../../schemas/ambition';
import type { Fiche } from '../../schemas/fiche';
import type { Principe } from '../../schemas/principe';
import type { Srfss } from '../../schemas/srfss';
import { EMPTY_RUBRIC, FIELD_LABELS } from '../content/labels';
import { anchoredText, type Heading, type Placement } from './markdown';

export interface Rubric {
	/** Anchor of the rubric on the entity's own page. */
	id: string;
	title: string;
	/** Markdown text of the rubric, when it is one field shown as is. */
	body?: string;
}

/** The table of contents of an entity's own page: its rubrics as h2. */
export const rubricHeadings = (rubrics: Rubric[]): Heading[] => rubrics.map(({ id, title }) => ({ depth: 2, slug: id, text: title }));

/** How many entities of each kind an ambition page lists. */
export interface AmbitionCounts {
	engagements: number;
	fiches: number;
	srfss: number;
	propositions: number;
}

export const ambitionRubrics = (ambition: Ambition, counts: AmbitionCounts) => {
	const L = FIELD_LABELS.ambitions;
	const texts: Rubric[] = [
		{ id: 'contexte-et-constat', title: L.contexte_et_constat, body: ambition.contexte_et_constat },
		{ id: 'ambition-partagee', title: L.ambition_partagee, body: ambition.ambition_partagee },
		{ id: 'strategie-concertee', title: L.strategie_concertee, body: ambition.strategie_concertee },
	];
	// The lists of attached entities, each only when the ambition has some.
	const lists = (
		[
			{ id: 'engagements', title: 'Fiches engagements' },
			{ id: 'fiches', title: 'Fiches priorités sectorielles' },
			{ id: 'srfss', title: 'Engagements du SRFSS rattachés' },
			{ id: 'propositions', title: 'Propositions inspirantes' },
		] as const
	).filter(({ id }) => counts[id] > 0);
	return { texts, lists, all: [...texts, ...lists] as Rubric[] };
};

export const engagementRubrics = (): Rubric[] => {
	const L = FIELD_LABELS.engagements;
	return [
		{ id: 'contexte-constats', title: L.contexte_constats },
		{ id: 'objectifs-operationnels', title: L.objectifs_operationnels },
		{ id: 'mise-en-oeuvre', title: L.mise_en_oeuvre },
		{ id: 'publics-cibles', title: L.publics_cibles },
		{ id: 'territoire', title: L.territoire },
		{ id: 'indicateurs-de-suivi', title: L.indicateurs_de_suivi },
	];
};

/** The sheet's template, rubric by rubric, then what the site adds: its row of the summary table and its registers. */
export const ficheRubrics = (fiche: Fiche): Rubric[] => {
	const L = FIELD_LABELS.fiches;
	return [
		{ id: 'situation-de-depart', title: L.situation_de_depart },
		{ id: 'objectifs-operationnels', title: L.objectifs_operationnels },
		{ id: 'publics-cibles', title: L.publics_cibles },
		{ id: 'plan-actions', title: L.plan_actions },
		...(fiche.complements ? [{ id: 'complements', title: L.complements }] : []),
		{ id: 'synthese', title: 'Dans le tableau de synthèse' },
		{ id: 'registres', title: 'Organisations, secteurs, territoires et publics' },
	];
};

export const srfssRubrics = (srfss: Srfss): Rubric[] => {
	const L = FIELD_LABELS.srfss;
	return [
		{ id: 'contexte-constats', title: L.contexte, body: srfss.contexte },
		{ id: 'objectifs-operationnels', title: L.objectifs },
		{ id: 'descriptif', title: L.descriptif, body: srfss.descriptif },
		{ id: 'dispositifs-leviers', title: L.dispositifs_leviers, body: srfss.dispositifs_leviers },
		{ id: 'calendrier', title: L.calendrier, body: srfss.calendrier },
		{ id: 'publics-cibles', title: L.publics_cibles, body: srfss.publics_cibles ?? EMPTY_RUBRIC },
		{ id: 'territoire', title: L.territoire, body: srfss.territoire ?? EMPTY_RUBRIC },
		{ id: 'indicateurs-de-suivi', title: L.indicateurs_de_suivi },
		{ id: 'autres-informations', title: L.autres_informations, body: srfss.autres_informations ?? EMPTY_RUBRIC },
	];
};

/** A principle's text, headings anchored (its footnotes keep the principle's prefix wherever it is shown). */
export const principeText = (principe: Principe, place?: Placement) => anchoredText(principe.texte, `principe-${principe.numero}-`, place);

/** A narrative chapter's text, headings anchored. */
export const chapitreText = (entry: CollectionEntry<'textes'>, place?: Placement) => anchoredText(entry.body ?? '', `${entry.id.replace('/', '-')}-`, place);
