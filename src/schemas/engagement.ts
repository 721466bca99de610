import { z } from 'astro/zod';
import { edition, listeIdentifiee, numeroAmbition, publicsClasses, texte, texteRiche } from './common';

/** An engagement sheet, attached to an ambition (1.1 … 4.2) or to Principle 1 (P1.1 … P1.4). */
export const engagementSchema = z
	.strictObject({
		id: z
			.string()
			.regex(/^([1-4]|P1)\.[1-9]$/, 'identifiant de la forme 1.1 à 4.9 ou P1.1 à P1.9')
			.describe("Identifiant de l'engagement (ex. 1.1, P1.3)"),
		ambition: numeroAmbition.optional().describe('Ambition stratégique de rattachement (1 à 4)'),
		principe: z.literal(1).optional().describe('Principe de rattachement (1), pour les engagements P1.x'),
		titre: texte("Intitulé de l'engagement"),
		partenaires_associes: texte('Rubrique « Partenaires associés », telle que signée'),
		contexte_constats: texteRiche('Rubrique « Contexte/constats »'),
		objectifs_operationnels: listeIdentifiee('O', 'Rubrique « Objectifs opérationnels », un objectif par élément'),
		mise_en_oeuvre: texteRiche("Rubrique « Mise en œuvre de l'engagement »"),
		publics_cibles: texteRiche('Rubrique « Publics cibles »'),
		publics: publicsClasses(1),
		territoire: texteRiche('Rubrique « Territoire »'),
		indicateurs_de_suivi: listeIdentifiee('I', 'Rubrique « Indicateurs de suivi », un indicateur par élément'),
		edition,
	})
	.refine((e) => (e.ambition === undefined) !== (e.principe === undefined), {
		message: 'un engagement se rattache soit à une ambition (champ « ambition »), soit au principe 1 (champ « principe »), pas aux deux',
		path: ['ambition'],
	})
	.refine((e) => (e.principe === 1) === e.id.startsWith('P1.'), {
		message: 'les engagements P1.x se rattachent au principe 1, les autres à une ambition',
		path: ['id'],
	})
	.refine((e) => e.ambition === undefined || e.id.startsWith(`${e.ambition}.`), {
		message: "le premier chiffre de l'identifiant doit être le numéro de l'ambition",
		path: ['ambition'],
	})
	.describe('Fiche engagement');

export type Engagement = z.output<typeof engagementSchema>;
