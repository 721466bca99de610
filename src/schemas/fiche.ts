import { z } from 'astro/zod';
import { cleRegistre, edition, identifiant, listeIdentifiee, numeroAmbition, publicsClasses, texte, texteRiche, uniqueIds } from './common';

/** The four columns of the source table. Empty cells stay empty strings. */
const cellules = {
	action: z.string().describe('Colonne « Actions » (vide quand la cellule est fusionnée avec celle de la ligne précédente)'),
	resultats_attendus: z.string().describe('Colonne « Résultats attendus » (peut être vide)'),
	livrables_indicateurs: z.string().describe('Colonne « Livrables et indicateurs » (peut être vide)'),
	calendrier: z.string().describe('Colonne « Calendrier » (peut être vide)'),
};

const nonVide = {
	check: (ligne: { action: string; resultats_attendus: string; livrables_indicateurs: string; calendrier: string }) =>
		[ligne.action, ligne.resultats_attendus, ligne.livrables_indicateurs, ligne.calendrier].some((cell) => cell.trim() !== ''),
	message: 'ligne vide : au moins une cellule doit être remplie',
};

/** One row of a plan d'actions, with its stable identifier (`A2`). */
export const ligneActionSchema = z
	.strictObject({ id: identifiant('A'), ...cellules })
	.refine(nonVide.check, { message: nonVide.message })
	.describe("Ligne du plan d'actions");

/** A sub-action: a row of a group, identified under its group (`A3.1`). */
export const sousActionSchema = z
	.strictObject({ id: identifiant('A', true), ...cellules })
	.refine(nonVide.check, { message: nonVide.message })
	.describe("Sous-action d'un groupe du plan d'actions");

/** Sub-actions the source groups under one heading action. */
export const groupeActionsSchema = z
	.strictObject({
		id: identifiant('A'),
		groupe: texte('Intitulé qui regroupe les sous-actions'),
		lignes: z.array(sousActionSchema).min(1, 'groupe sans ligne').superRefine(uniqueIds).describe('Sous-actions du groupe'),
	})
	.superRefine((g, ctx) =>
		g.lignes.forEach((l, i) => {
			if (!l.id.startsWith(`${g.id}.`)) ctx.addIssue({ code: 'custom', message: `la sous-action ${l.id} d'un groupe ${g.id} s'identifie ${g.id}.1, ${g.id}.2…`, path: ['lignes', i, 'id'] });
		}),
	)
	.describe("Groupe de sous-actions du plan d'actions");

/** A sectoral priority sheet (fiche priorité sectorielle), revised every year by its pilots. */
export const ficheSchema = z
	.strictObject({
		id: z
			.string()
			.regex(/^S[1-4]\.[1-9][0-9]?$/, 'identifiant de la forme S1.1 à S4.99')
			.describe('Identifiant de la fiche (ex. S1.1)'),
		ambitions: z.array(numeroAmbition).min(1, 'au moins une ambition').describe('Ambition(s) stratégique(s) de rattachement'),
		titre: texte('Intitulé de la fiche, tel que sur la fiche'),
		titre_court: texte('Intitulé de la fiche dans le tableau de synthèse de son ambition'),
		secteur_tableau: texte('Colonne « Secteur(s) » du tableau de synthèse'),
		pilote_tableau: texte('Colonne « Pilote » du tableau de synthèse'),
		synthese: texteRiche('Colonne « Synthèse contenu fiche » du tableau de synthèse'),
		pilotes: z.array(cleRegistre('organisations')).min(1, 'au moins un pilote').describe('Pilote(s) : clés du registre des organisations'),
		pilotes_texte: texte('Rubrique « Pilote(s) », telle que signée'),
		partenaires: z.array(cleRegistre('organisations')).describe('Partenaires associés qui sont des organisations du registre'),
		partenaires_texte: texteRiche('Rubrique « Partenaires associés (structures et services concernés) », telle que signée').optional(),
		secteurs: z.array(cleRegistre('secteurs')).min(1, 'au moins un secteur').describe('Secteurs concernés : clés du registre des secteurs'),
		secteurs_concernes: texteRiche('Rubrique « Secteur(s) concerné(s) », telle que signée').optional(),
		territoires: z.array(cleRegistre('territoires')).min(1, 'au moins un territoire').describe('Territoires concernés : clés du registre des territoires'),
		territoires_concernes: texteRiche('Rubrique « Territoire(s) concerné(s) », telle que signée').optional(),
		mise_en_oeuvre_action: texte("Rubrique « Mise en œuvre de l'action » quand la fiche l'écrit en toutes lettres (les années cochées du modèle sont perdues)").optional(),
		situation_de_depart: texteRiche('Rubrique « Situation de départ / constat / problématique »'),
		objectifs_operationnels: listeIdentifiee('O', 'Rubrique « Objectifs opérationnels », un objectif par élément'),
		publics_cibles: texteRiche('Rubrique « Publics cibles »'),
		publics: publicsClasses(1),
		plan_actions: z
			.array(z.union([ligneActionSchema, groupeActionsSchema]))
			.min(1, "plan d'actions vide")
			.superRefine(uniqueIds)
			.describe("Plan d'actions : lignes (action, résultats attendus, livrables et indicateurs, calendrier) ou groupes de sous-actions"),
		complements: texteRiche("Texte de la fiche hors des rubriques du modèle (ex. éléments de méthodologie), tel que signé").optional(),
		edition,
	})
	.refine((f) => f.ambitions.includes(Number(f.id[1])), {
		message: "le chiffre qui suit « S » dans l'identifiant doit être l'une des ambitions de la fiche",
		path: ['ambitions'],
	})
	.describe('Fiche priorité sectorielle');

export type Fiche = z.output<typeof ficheSchema>;
export type LigneAction = z.output<typeof ligneActionSchema>;
export type GroupeActions = z.output<typeof groupeActionsSchema>;
export type SousAction = z.output<typeof sousActionSchema>;
