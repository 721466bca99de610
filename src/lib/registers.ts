import type { RegisterCollection } from './entities';

/** How each register is presented: page titles and the roles a sheet can give an entry. */
export const REGISTER_PAGES: Record<Exclude<RegisterCollection, 'diplomes' | 'chiffres'>, { title: string; intro: string; roles: Record<string, string> }> = {
	organisations: {
		title: 'Organisations',
		intro: 'Les organisations qui pilotent les fiches priorités sectorielles ou y sont associées comme partenaires.',
		roles: { pilotees: 'Fiches pilotées', partenaires: 'Fiches dont elle est partenaire' },
	},
	secteurs: {
		title: 'Secteurs',
		intro: 'Les secteurs d’activité des fiches priorités sectorielles, tels que nommés dans leurs tableaux de synthèse.',
		roles: { concernees: 'Fiches du secteur' },
	},
	territoires: {
		title: 'Territoires',
		intro: 'Les territoires que visent les fiches priorités sectorielles.',
		roles: { concernees: 'Fiches qui concernent ce territoire' },
	},
};
