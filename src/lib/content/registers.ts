import type { REGISTER_FIELDS, ReferencedRegister, ReferringCollection } from './entities';

/** The fields of collection C that hold keys of register R (per `REGISTER_FIELDS`). */
type FieldOf<C extends ReferringCollection, R extends ReferencedRegister> = {
	[F in keyof (typeof REGISTER_FIELDS)[C]]: (typeof REGISTER_FIELDS)[C][F] extends R ? F : never;
}[keyof (typeof REGISTER_FIELDS)[C]];

/**
 * One list on a register entry's page: the living entities of a collection whose field holds the
 * entry's key, leaving out those whose `unless` field holds it too (listed under an earlier role).
 */
export type RegisterRole<R extends ReferencedRegister> = {
	[C in ReferringCollection]: { id: string; label: string; empty: string; collection: C; field: FieldOf<C, R>; unless?: FieldOf<C, R> };
}[ReferringCollection];

/** The name of a register entry as pages show it: « Nom (SIGLE) » when it has a distinct acronym. */
export const registerEntryName = (entry: { nom: string; sigle?: string }) => (entry.sigle && entry.sigle !== entry.nom ? `${entry.nom} (${entry.sigle})` : entry.nom);

/** How each register is presented: page titles, what its entries list, and the roles an entity can give an entry. */
export const REGISTER_PAGES: {
	[R in ReferencedRegister]: {
		title: string;
		intro: string;
		/** Header of the index column that counts what refers to an entry. */
		countLabel: string;
		/** What an entry's page lists, to end the sentence « … dans le CPRDFOP Hauts-de-France 2022-2028 : ». */
		lists: string;
		/** Said on every entry's page, when the register is a classification of the site rather than the contract's text. */
		note?: string;
		roles: RegisterRole<R>[];
	};
} = {
	organisations: {
		title: 'Organisations',
		intro: 'Les organisations qui pilotent les fiches priorités sectorielles ou y sont associées comme partenaires.',
		countLabel: 'Fiches',
		lists: 'les fiches priorités sectorielles qui s’y rapportent',
		roles: [
			{ id: 'pilotees', label: 'Fiches pilotées', empty: 'Aucune fiche.', collection: 'fiches', field: 'pilotes' },
			{ id: 'partenaires', label: 'Fiches dont elle est partenaire', empty: 'Aucune fiche.', collection: 'fiches', field: 'partenaires', unless: 'pilotes' },
		],
	},
	secteurs: {
		title: 'Secteurs',
		intro: 'Les secteurs d’activité des fiches priorités sectorielles, tels que nommés dans leurs tableaux de synthèse ou leur rubrique « Secteur(s) concerné(s) » : chaque fiche figure sous tous les secteurs que nomme cette rubrique.',
		countLabel: 'Fiches',
		lists: 'les fiches priorités sectorielles qui s’y rapportent',
		roles: [{ id: 'concernees', label: 'Fiches du secteur', empty: 'Aucune fiche.', collection: 'fiches', field: 'secteurs' }],
	},
	territoires: {
		title: 'Territoires',
		intro: 'Les territoires que visent les fiches priorités sectorielles : chaque fiche figure sous tous les territoires que nomme sa rubrique « Territoire(s) concerné(s) ».',
		countLabel: 'Fiches',
		lists: 'les fiches priorités sectorielles qui s’y rapportent',
		roles: [{ id: 'concernees', label: 'Fiches qui concernent ce territoire', empty: 'Aucune fiche.', collection: 'fiches', field: 'territoires' }],
	},
	publics: {
		title: 'Publics',
		intro: 'Les publics que visent les fiches priorités sectorielles, les fiches engagements et les engagements du SRFSS, pour les retrouver par public.',
		countLabel: 'Fiches et engagements',
		lists: 'les fiches et engagements qui le visent',
		note: 'Ce classement est établi pour la consultation du site, d’après le texte de chaque fiche : sa rubrique « Publics cibles » et, quand celle-ci s’adresse à tous les publics, reste générale ou n’est pas renseignée, les publics que nomment ses objectifs ou sa mise en œuvre. Il ne fait pas partie du contrat signé : sur chaque fiche, le texte signé de la rubrique « Publics cibles » fait foi.',
		roles: [
			{ id: 'fiches', label: 'Fiches priorités sectorielles', empty: 'Aucune fiche.', collection: 'fiches', field: 'publics' },
			{ id: 'engagements', label: 'Fiches engagements', empty: 'Aucun engagement.', collection: 'engagements', field: 'publics' },
			{ id: 'srfss', label: 'Engagements du SRFSS', empty: 'Aucun engagement du SRFSS.', collection: 'srfss', field: 'publics' },
		],
	},
};
