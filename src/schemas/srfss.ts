import { z } from 'astro/zod';
import { edition, liste, listeIdentifiee, numeroAmbition, publicsClasses, texte, texteRiche } from './common';

/** An engagement of the Schéma régional des formations sanitaires et sociales (Partie 4). */
export const srfssSchema = z
	.strictObject({
		numero: z.number().int().min(1).max(9).describe("Numéro de l'engagement SRFSS"),
		titre: texte('Rubrique « Intitulé de la fiche engagement »'),
		ambition: numeroAmbition.describe("Ambition stratégique à laquelle l'action se rattache"),
		pilote: texte('Rubrique « Pilote(s) »'),
		copilote: texte('Rubrique « Copilote »').optional(),
		partenaires: liste('Rubrique « Partenaires associés », un partenaire par élément'),
		contexte: texteRiche('Rubrique « Contexte/constats »'),
		objectifs: listeIdentifiee('O', 'Rubrique « Objectifs opérationnels », un objectif par élément'),
		descriptif: texteRiche("Rubrique « Descriptif de l'engagement »"),
		dispositifs_leviers: texteRiche('Rubrique « Dispositifs ou leviers mobilisables »'),
		calendrier: texteRiche('Rubrique « Calendrier : échéance souhaitable et/ou étapes »'),
		publics_cibles: texteRiche('Rubrique « Publics cibles » (absente quand la fiche la laisse vide)').optional(),
		publics: publicsClasses(0),
		territoire: texteRiche('Rubrique « Territoire » (absente quand la fiche la laisse vide)').optional(),
		indicateurs_de_suivi: texteRiche('Rubrique « Indicateurs de suivi » (ou son introduction quand la fiche distingue données quantitatives et analytiques)'),
		indicateurs_quantitatifs: texteRiche('Indicateurs de suivi : données quantitatives, quand la fiche les distingue').optional(),
		indicateurs_analytiques: texteRiche('Indicateurs de suivi : données analytiques, quand la fiche les distingue').optional(),
		autres_informations: texteRiche('Rubrique « Autres informations utiles » (absente quand la fiche la laisse vide)').optional(),
		edition,
	})
	.describe('Fiche engagement du SRFSS');

export type Srfss = z.output<typeof srfssSchema>;
