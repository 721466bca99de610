import { z } from 'astro/zod';
import { edition, identifiant, liste, listeIdentifiee, numeroAmbition, publicsClasses, texte, texteRiche, uniqueIds } from './common';

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
		indicateurs_de_suivi: texteRiche('Rubrique « Indicateurs de suivi » : ce que la fiche écrit avant ses indicateurs (ex. « Etablir un T0 puis annuellement : »)').optional(),
		indicateurs: z
			.array(
				z
					.strictObject({
						id: identifiant('I'),
						texte: texte("Texte de l'indicateur, tel que signé"),
						precisions: z.array(texte('Une précision')).min(1, 'liste vide').optional().describe("Précisions que la fiche liste sous l'indicateur"),
					})
					.describe('Un indicateur et son identifiant'),
			)
			.min(1, 'liste vide')
			.superRefine(uniqueIds)
			.optional()
			.describe('Rubrique « Indicateurs de suivi », un indicateur par élément, quand la fiche ne distingue pas données quantitatives et analytiques'),
		indicateurs_precisions: texteRiche('Rubrique « Indicateurs de suivi » : ce que la fiche écrit après ses indicateurs').optional(),
		indicateurs_quantitatifs: listeIdentifiee('I', 'Indicateurs de suivi : données quantitatives, quand la fiche les distingue').optional(),
		indicateurs_analytiques: listeIdentifiee('I', 'Indicateurs de suivi : données analytiques, quand la fiche les distingue').optional(),
		autres_informations: texteRiche('Rubrique « Autres informations utiles » (absente quand la fiche la laisse vide)').optional(),
		edition,
	})
	.superRefine((s, ctx) => {
		// One numbering across the indicator lists: a bilan names « I12 » without saying which list.
		const ids = [...(s.indicateurs ?? []), ...(s.indicateurs_quantitatifs ?? []), ...(s.indicateurs_analytiques ?? [])].map((i) => i.id);
		const twice = ids.find((id, i) => ids.indexOf(id) !== i);
		if (twice) ctx.addIssue({ code: 'custom', path: ['indicateurs_analytiques'], message: `identifiant ${twice} en double entre les listes d'indicateurs : une seule numérotation` });
		if (!s.indicateurs && !s.indicateurs_quantitatifs && !s.indicateurs_analytiques) ctx.addIssue({ code: 'custom', path: ['indicateurs'], message: 'aucun indicateur : la rubrique « Indicateurs de suivi » en liste au moins un' });
	})
	.describe('Fiche engagement du SRFSS');

export type Srfss = z.output<typeof srfssSchema>;
