import { z } from 'astro/zod';
import { edition, numeroAmbition, texte, texteRiche } from './common';

/** A strategic ambition: its sheet in Partie 3, titled as in the preamble. */
export const ambitionSchema = z
	.strictObject({
		numero: numeroAmbition,
		titre: texte("Intitulé de l'ambition stratégique, tel que dans le préambule"),
		contexte_et_constat: texteRiche('Rubrique « Contexte et constat » de la fiche ambition'),
		ambition_partagee: texteRiche('Rubrique « Ambition partagée » de la fiche ambition'),
		strategie_concertee: texteRiche('Rubrique « Stratégie concertée » de la fiche ambition'),
		edition,
	})
	.describe('Ambition stratégique du CPRDFOP');

export type Ambition = z.output<typeof ambitionSchema>;
