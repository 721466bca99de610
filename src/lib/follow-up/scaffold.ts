/**
 * `npm run bilan -- <id> <année>`: writes the year's bilan of an entity, pre-filled from the
 * edition in force that year — every action (or objective) by its identifier with the status
 * « a-renseigner », which the check refuses until the pilot sets each one, and the indicators to
 * report as a commented example. Refuses, writing nothing, what could not become a valid bilan.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { A_RENSEIGNER, STATUTS } from '../../schemas/bilan';
import { CONTRACT_FIRST_YEAR, CONTRACT_LAST_YEAR } from '../../schemas/common';
import { followedItems, isFollowed, type FollowedCollection } from '../content/bilans';
import { checkContent } from '../content/check';
import { editionInForce, histories } from '../content/edition-model';
import { ENTITY_TYPES } from '../content/entities';
import { quoted } from '../content/frontmatter';
import { BILANS_FOLDER, readContentTree, resolveEntity } from '../content/tree';

export class BilanRefused extends Error {}

export interface BilanRequest {
	id: string;
	year: number;
	/** Organisation keys of who draws the bilan up; a sheet's pilots by default. */
	par?: string[];
	/** When it is drawn up (AAAA-MM-JJ). */
	le: string;
}

/** One line of a comment: YAML comments end at the line, so long texts are cut. */
const comment = (text: string, max = 110) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The text of the bilan file: frontmatter only, comments guiding the pilot. */
export function bilanTemplate(collection: FollowedCollection, data: unknown, request: Required<BilanRequest>, editionYear: number): string {
	const { actions, indicators } = followedItems(collection, data);
	const kind = collection === 'fiches' ? 'action' : 'objectif opérationnel';
	const lines = [
		'---',
		`# Bilan ${request.year} — ${ENTITY_TYPES[collection].title(data as never)}`,
		`# Suit l'édition ${editionYear}, en vigueur en ${request.year}. Chaque texte est en Markdown ; supprimez les champs facultatifs inutiles.`,
		`annee: ${request.year}`,
		`etabli_par: [${request.par.join(', ')}]`,
		`etabli_le: ${request.le}`,
		'# valide_le: AAAA-MM-JJ   # date de validation par le comité, une fois validé',
		`# Pour chaque ${kind} : statut parmi ${Object.keys(STATUTS).join(', ')} ;`,
		'# puis, au besoin : reussites, difficultes, ajustements, remediations, bilan_final (l’année où l’action s’achève).',
		'actions:',
		...actions.flatMap((a) => [
			`  - id: ${quoted(a.id)}  # ${comment(`${a.groupe ? `${a.groupe} — ` : ''}${a.text || '(action sans intitulé)'}${a.calendrier ? ` (calendrier signé : ${a.calendrier})` : ''}`)}`,
			`    statut: ${A_RENSEIGNER}`,
		]),
		'# Une entrée par valeur mesurée : valeur (un nombre), unite ; territoire (clé du registre), date, source au besoin.',
		...(indicators.length > 0
			? ['# Indicateurs de suivi de cette édition :', ...indicators.map((i) => `#   ${i.id} : ${comment(i.text, 100)}`), '# Exemple :', `# - id: ${quoted(indicators[0]!.id)}`]
			: ['# Exemple, pour une mesure de la colonne « Livrables et indicateurs » :', `# - action: ${quoted(actions[0]?.id ?? 'A1')}`, '#   mesure: "Nombre de …"']),
		'#   valeur: 0',
		'#   unite: "…"',
		'indicateurs: []',
		'---',
		'',
	];
	return lines.join('\n');
}

/** Writes the bilan file of `request`, or throws BilanRefused with nothing written. */
export function writeBilan(root: string, request: BilanRequest): { file: string; toFill: number } {
	const entity = resolveEntity(root, request.id);
	if (!entity || !isFollowed(entity.collection)) {
		throw new BilanRefused(`Identifiant inconnu : « ${request.id} ». Attendu : une fiche (S1.4), un engagement (2.3, P1.2) ou un engagement SRFSS (srfss/2).`);
	}
	if (!Number.isInteger(request.year) || request.year < CONTRACT_FIRST_YEAR || request.year > CONTRACT_LAST_YEAR) {
		throw new BilanRefused(`Année hors de la période du contrat : ${request.year}. Attendu : une année de ${CONTRACT_FIRST_YEAR} à ${CONTRACT_LAST_YEAR}.`);
	}
	if (!/^\d{4}-\d{2}-\d{2}$/.test(request.le) || Number.isNaN(Date.parse(request.le))) throw new BilanRefused(`Date invalide : « ${request.le} ». Attendu : une date AAAA-MM-JJ.`);
	const file = `src/content/${BILANS_FOLDER}/${request.year}/${entity.slug}.mdx`;
	if (existsSync(join(root, file))) throw new BilanRefused(`Le bilan ${request.year} existe déjà : ${file}. Pour le compléter ou le corriger, modifiez ce fichier (une correction s’inscrit dans « corrections »).`);
	const { editions } = checkContent(readContentTree(root));
	const history = histories(editions).find((h) => h.collection === entity.collection && h.slug === entity.slug)!;
	const edition = editionInForce(history, request.year);
	if (!edition) {
		throw new BilanRefused(`${request.id} n’a pas d’édition en vigueur en ${request.year} : sa première édition date de ${history.editions[0]!.year}. Attendu : une année de ${history.editions[0]!.year} à ${CONTRACT_LAST_YEAR}.`);
	}
	const par = request.par ?? (entity.collection === 'fiches' ? (edition.data as { pilotes: string[] }).pilotes : []);
	if (par.length === 0) throw new BilanRefused('Qui établit le bilan ? Attendu : --par <clé du registre des organisations> (plusieurs séparées par des virgules).');
	const text = bilanTemplate(entity.collection, edition.data, { ...request, par }, edition.year);
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
	return { file, toFill: followedItems(entity.collection, edition.data).actions.length };
}
