import { z } from 'astro/zod';
import { annee, cleRegistre, dateIso, identifiant, texte, texteRiche, uniqueIds } from './common';

/**
 * The annual follow-up (bilan) of one entity, as Principe 2 of the contract asks (« Une mesure de
 * l'avancement des ambitions stratégiques »): the progress of each action with its successes,
 * difficulties, adjustments and remedies; the new actions identified; the reporting of the
 * indicators; the final bilan of an action that ended. One file per entity and year:
 * `src/content/bilans/<année>/<slug>.mdx`.
 */

/** The statuses of an action, in the order of its life, with their words on the site. */
export const STATUTS = {
	'non-demarree': 'Non démarrée',
	'en-cours': 'En cours',
	realisee: 'Réalisée',
	reportee: 'Reportée',
	abandonnee: 'Abandonnée',
} as const;
export type Statut = keyof typeof STATUTS;

/** What `npm run bilan` writes in every status: the check refuses it until the pilot sets one. */
export const A_RENSEIGNER = 'a-renseigner';

const STATUTS_ATTENDUS = `un statut parmi : ${Object.keys(STATUTS).join(', ')}`;

/** The progress of one followed item: a plan action (sheets) or an operational objective (engagements). */
export const suiviActionSchema = z
	.strictObject({
		id: z
			.string()
			.regex(/^(A[1-9][0-9]*(\.[1-9][0-9]*)?|O[1-9][0-9]*)$/, "identifiant d'une action du plan (A2, A3.1) ou, pour un engagement, d'un objectif opérationnel (O1)")
			.describe("Identifiant de l'action suivie (A2, sous-action A3.1) ou, pour un engagement, de l'objectif opérationnel (O1), dans l'édition en vigueur cette année-là"),
		statut: z
			.enum([...(Object.keys(STATUTS) as Statut[]), A_RENSEIGNER], { error: STATUTS_ATTENDUS })
			.describe(`État d'avancement : ${Object.entries(STATUTS).map(([k, v]) => `${k} (${v})`).join(', ')}`),
		reussites: texteRiche('Réussites de l’année').optional(),
		difficultes: texteRiche('Difficultés rencontrées').optional(),
		ajustements: texteRiche('Ajustements apportés à l’action').optional(),
		remediations: texteRiche('Remédiations prévues').optional(),
		bilan_final: texteRiche("Bilan quantitatif et qualitatif de l'action, l'année où elle s'achève").optional(),
	})
	.superRefine((action, ctx) => {
		if (action.statut === A_RENSEIGNER) ctx.addIssue({ code: 'custom', path: ['statut'], message: `statut de ${action.id} à renseigner (${STATUTS_ATTENDUS})` });
	})
	.describe("Suivi d'une action (ou d'un objectif)");

/** One value reported for an indicator, or for a named measure of a sheet's « Livrables et indicateurs ». */
export const valeurIndicateurSchema = z
	.strictObject({
		id: identifiant('I').optional(),
		action: z
			.string()
			.regex(/^A[1-9][0-9]*(\.[1-9][0-9]*)?$/, "identifiant d'une action du plan (A2, A3.1)")
			.describe("Action du plan dont la colonne « Livrables et indicateurs » nomme cette mesure (fiches)")
			.optional(),
		mesure: texte('Ce qui est mesuré, quand la valeur ne se rattache pas à un indicateur numéroté (ex. « Nombre de chefs d’entreprise accompagnés »)').optional(),
		valeur: z.number({ error: 'nombre attendu (ex. 42 ou 12.5, sans guillemets ni unité)' }).describe('Valeur mesurée (un nombre)'),
		unite: texte('Unité de la valeur (ex. « entreprises », « % »)'),
		territoire: cleRegistre('territoires').optional(),
		date: dateIso.optional().describe('Date de la mesure (AAAA-MM-JJ)'),
		source: texte('Source de la valeur').optional(),
	})
	.refine((v) => v.id !== undefined || v.mesure !== undefined, { message: 'une valeur se rattache à un indicateur (« id ») ou nomme sa mesure (« mesure »)', path: ['mesure'] })
	.describe("Valeur d'un indicateur de suivi");

export const bilanSchema = z
	.strictObject({
		annee: annee.describe('Année suivie par le bilan (2022 à 2028)'),
		etabli_par: z.array(cleRegistre('organisations')).min(1, 'au moins une organisation').describe('Organisation(s) qui ont établi le bilan : clés du registre des organisations'),
		etabli_le: dateIso.describe('Date à laquelle le bilan a été établi (AAAA-MM-JJ)'),
		valide_le: dateIso.optional().describe('Date de validation par le comité de pilotage ou le CREFOP (AAAA-MM-JJ), une fois validé'),
		actions: z.array(suiviActionSchema).min(1, 'au moins une action suivie').superRefine(uniqueIds).describe("État d'avancement de chaque action de l'édition en vigueur cette année-là"),
		indicateurs: z.array(valeurIndicateurSchema).default([]).describe('Remontée des indicateurs de suivi : une entrée par valeur mesurée'),
		nouvelles_actions: z.array(texteRiche('Une nouvelle action')).optional().describe('Nouvelles actions identifiées en cours d’année'),
		corrections: z
			.array(z.strictObject({ le: dateIso.describe('Date de la correction (AAAA-MM-JJ)'), motif: texte('Ce qui a été corrigé et pourquoi') }).describe('Correction du bilan publié'))
			.optional()
			.describe('Corrections apportées au bilan après sa publication, la plus ancienne d’abord'),
	})
	.describe("Bilan annuel d'une fiche ou d'un engagement");

export type Bilan = z.output<typeof bilanSchema>;
export type SuiviAction = z.output<typeof suiviActionSchema>;
export type ValeurIndicateur = z.output<typeof valeurIndicateurSchema>;
