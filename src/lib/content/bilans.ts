/**
 * The annual follow-ups (bilans) as content: which items of an entity get followed, and the rules
 * a bilan file must meet beyond its schema — it follows an entity that has actions, in a year where
 * that entity has an edition in force, and names only the actions and indicators of that edition.
 */
import { A_RENSEIGNER, STATUTS, type Bilan } from '../../schemas/bilan';
import { CONTRACT_LAST_YEAR } from '../../schemas/common';
import { editionInForce, histories, type EditionRef } from './edition-model';
import type { EntityCollection } from './entities';
import type { ContentIssue } from './issues';
import { BILANS_FOLDER, type BilanFile } from './tree';

/** The entity types whose items are followed year by year. */
export const FOLLOWED_COLLECTIONS = ['fiches', 'engagements', 'srfss'] as const satisfies EntityCollection[];
export type FollowedCollection = (typeof FOLLOWED_COLLECTIONS)[number];
export const isFollowed = (c: EntityCollection): c is FollowedCollection => (FOLLOWED_COLLECTIONS as readonly string[]).includes(c);

/** « 2 réalisées », « 3 en cours », « 1 non démarrée »: a status word in lower case, agreeing with a count of actions. */
export const countedStatus = (label: string, n: number) => {
	const word = label.toLowerCase();
	return `${n.toLocaleString('fr-FR')} ${n > 1 && /ée$/.test(word) ? `${word}s` : word}`;
};

/** « 1 en cours, 2 réalisées » from a bilan's statuses, in the order of an action's life (« à renseigner » last). */
export const statusCounts = (actions: { statut: string }[]) =>
	[...Object.keys(STATUTS), A_RENSEIGNER]
		.map((k) => [k, actions.filter((a) => a.statut === k).length] as const)
		.filter(([, n]) => n > 0)
		.map(([k, n]) => countedStatus((STATUTS as Record<string, string>)[k] ?? 'à renseigner', n))
		.join(', ');

/** One item a bilan reports on: its identifier and its signed text. */
export interface FollowedItem {
	id: string;
	text: string;
	/** Heading of the group of a sub-action. */
	groupe?: string;
	/** The signed « Calendrier » cell of a plan action. */
	calendrier?: string;
}

type Row = { id: string; action: string; calendrier: string };
type PlanItem = Row | { id: string; groupe: string; lignes: Row[] };

/**
 * What a bilan follows in an edition: the rows of a sheet's plan d'actions (sub-actions rather than
 * their group), or the operational objectives of an engagement; and the numbered indicators.
 */
export function followedItems(collection: FollowedCollection, data: unknown): { actions: FollowedItem[]; indicators: FollowedItem[] } {
	const d = data as Record<string, unknown>;
	const listed = (v: unknown) => ((v as { id: string; texte: string }[] | undefined) ?? []).map((i) => ({ id: i.id, text: i.texte }));
	if (collection === 'fiches') {
		const actions = (d.plan_actions as PlanItem[]).flatMap((item): FollowedItem[] =>
			'lignes' in item ? item.lignes.map((l) => ({ id: l.id, text: l.action, groupe: item.groupe, calendrier: l.calendrier })) : [{ id: item.id, text: item.action, calendrier: item.calendrier }],
		);
		return { actions, indicators: [] };
	}
	if (collection === 'engagements') return { actions: listed(d.objectifs_operationnels), indicators: listed(d.indicateurs_de_suivi) };
	return { actions: listed(d.objectifs), indicators: [...listed(d.indicateurs), ...listed(d.indicateurs_quantitatifs), ...listed(d.indicateurs_analytiques)] };
}

/** A bilan that passed its schema, placed on its entity and year. */
export interface CheckedBilan {
	file: string;
	collection: FollowedCollection;
	slug: string;
	year: number;
	data: Bilan;
	/** The year of the edition in force that year, whose items the bilan follows. */
	editionYear: number;
}

const expectedPlacement = `src/content/${BILANS_FOLDER}/<année>/<dossier de l'entité>.mdx (ex. src/content/${BILANS_FOLDER}/2024/s1-4.mdx)`;

/**
 * The rules of bilans across files: placement, entity, year, identifiers of the edition in force.
 * One bilan per entity and year follows from the layout: its path is `<année>/<slug>.mdx`, and
 * its `annee` must name its folder. `valid` are the files that passed their schema.
 */
export function bilanIssues(valid: { file: BilanFile; data: Bilan }[], editions: EditionRef[]): { issues: ContentIssue[]; bilans: CheckedBilan[] } {
	const issues: ContentIssue[] = [];
	const bilans: CheckedBilan[] = [];
	const bySlug = new Map(histories(editions.filter((e) => isFollowed(e.collection))).map((h) => [h.slug, h]));
	for (const { file, data } of valid) {
		const where = { file: file.file };
		if (data.entite !== file.slug) {
			issues.push({ ...where, field: 'entite', problem: `le bilan suit « ${data.entite} » mais son fichier est « ${file.slug}.mdx »`, value: data.entite, expected: `le nom du fichier du bilan : ${file.slug}` });
			continue;
		}
		const history = bySlug.get(file.slug);
		if (!history) {
			issues.push({ ...where, field: '', problem: `aucune fiche ni aucun engagement n'a le dossier « ${file.slug} »`, value: file.slug, expected: `le nom du dossier de l'entité suivie : ${expectedPlacement}` });
			continue;
		}
		if (file.yearFolder !== String(data.annee)) {
			issues.push({ ...where, field: 'annee', problem: `le bilan est rangé dans le dossier « ${file.yearFolder} » mais suit l'année ${data.annee}`, value: data.annee, expected: expectedPlacement });
			continue;
		}
		const edition = editionInForce(history, data.annee);
		if (!edition) {
			issues.push({ ...where, field: 'annee', problem: `${file.slug} n'a pas d'édition en vigueur en ${data.annee} : sa première édition date de ${history.editions[0]!.year}`, value: data.annee, expected: `une année de ${history.editions[0]!.year} à ${CONTRACT_LAST_YEAR}` });
			continue;
		}
		const collection = history.collection as FollowedCollection;
		const { actions, indicators } = followedItems(collection, edition.data);
		const known = new Set(actions.map((a) => a.id));
		const reported = new Set(data.actions.map((a) => a.id));
		const kind = collection === 'fiches' ? 'action' : 'objectif';
		data.actions.forEach((a, i) => {
			if (!known.has(a.id)) issues.push({ ...where, field: `actions.${i}.id`, problem: `l'édition ${edition.year} en vigueur en ${data.annee} n'a pas d'${kind} ${a.id}`, value: a.id, expected: `un identifiant de cette édition : ${[...known].join(', ')}` });
		});
		for (const missing of actions.filter((a) => !reported.has(a.id))) {
			issues.push({ ...where, field: 'actions', problem: `${kind === 'action' ? "l'action" : "l'objectif"} ${missing.id} de l'édition en vigueur n'a pas de suivi`, value: missing.id, expected: `une entrée par ${kind} : « - id: ${missing.id} » avec son statut` });
		}
		const knownIndicators = new Set(indicators.map((x) => x.id));
		data.indicateurs.forEach((v, i) => {
			if (v.id !== undefined && !knownIndicators.has(v.id)) {
				issues.push({ ...where, field: `indicateurs.${i}.id`, problem: `l'édition ${edition.year} n'a pas d'indicateur ${v.id}`, value: v.id, expected: knownIndicators.size > 0 ? `un identifiant de cette édition : ${[...knownIndicators].join(', ')}` : 'une « mesure » nommée, sans « id » : cette entité n’a pas d’indicateurs numérotés' });
			}
			if (v.action !== undefined && !known.has(v.action)) {
				issues.push({ ...where, field: `indicateurs.${i}.action`, problem: `l'édition ${edition.year} n'a pas d'action ${v.action}`, value: v.action, expected: `un identifiant d'action de cette édition : ${[...known].join(', ')}` });
			}
		});
		bilans.push({ file: file.file, collection, slug: file.slug, year: data.annee, data, editionYear: edition.year });
	}
	return { issues, bilans };
}
