import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTER_PAGES } from './lib/content/registers';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** Sidebar links to the narrative chapters of a Partie, read from their files at config time. */
function chapitres(partie: 'contrat' | 'diagnostic', filter: (ordre: number) => boolean = () => true) {
	const dir = join(import.meta.dirname, 'content', 'textes', partie);
	let files: string[] = [];
	try {
		files = readdirSync(dir).filter((f) => f.endsWith('.md'));
	} catch {
		return [];
	}
	return files
		.map((file) => {
			const { titre, ordre } = parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter as { titre: string; ordre: number };
			return { label: titre, link: `/${partie}/${file.replace(/\.md$/, '')}/`, ordre };
		})
		.filter(({ ordre }) => filter(ordre))
		.sort((a, b) => a.ordre - b.ordre)
		.map(({ label, link }) => ({ label, link }));
}

/** The contract's structure, in source order. Entity pages are custom routes, so they are linked here explicitly. */
export const sidebar: Sidebar = [
	{ label: 'Accueil', link: '/' },
	{ label: 'Rechercher', link: '/recherche/' },
	{
		label: 'Le contrat',
		items: [
			{ label: 'Partie 1 — Orientations générales', link: '/contrat/' },
			...chapitres('contrat', (ordre) => ordre <= 5),
			{ label: 'Principe 1 : observer et mieux connaître', link: '/principes/1/' },
			{ label: 'Principe 2 : piloter, suivre, mesurer, évaluer', link: '/principes/2/' },
			...chapitres('contrat', (ordre) => ordre > 5),
		],
	},
	{
		label: 'Diagnostic partagé',
		collapsed: true,
		items: [{ label: 'Partie 2 — Diagnostic partagé', link: '/diagnostic/' }, ...chapitres('diagnostic')],
	},
	{
		label: 'Ambitions stratégiques',
		items: [1, 2, 3, 4].map((n) => ({ label: `Ambition stratégique ${n}`, link: `/ambitions/${n}/` })),
	},
	{
		label: 'Le CPRDFOP en actions',
		items: [
			{ label: 'Fiches engagements', link: '/engagements/' },
			{ label: 'Fiches priorités sectorielles', link: '/fiches/' },
			{ label: 'Propositions inspirantes', link: '/propositions/' },
		],
	},
	{
		label: 'Formations sanitaires et sociales (SRFSS)',
		items: [
			{ label: 'Le schéma régional', link: '/srfss/' },
			...[1, 2, 3, 4].map((n) => ({ label: `Engagement SRFSS ${n}`, link: `/srfss/${n}/` })),
		],
	},
	{
		label: 'Suivi',
		items: [
			{ label: 'Tableau de bord', link: '/suivi/' },
			{ label: 'Bilans par année', link: '/suivi/2024/' },
			{ label: 'Calendrier des actions', link: '/suivi/calendrier/' },
		],
	},
	{
		label: 'Versions du contrat',
		items: [
			{ label: 'Millésimes (le contrat année par année)', link: '/millesimes/' },
			{ label: 'Historique des révisions', link: '/historique/' },
		],
	},
	{
		label: 'Registres',
		items: Object.entries(REGISTER_PAGES).map(([registre, page]) => ({ label: page.title, link: `/${registre}/` })),
	},
	{
		label: 'Réutiliser',
		items: [{ label: 'Données ouvertes', link: '/donnees/' }],
	},
	{
		label: 'À propos du site',
		items: [
			{ label: 'Contribuer : réviser une fiche', link: '/contribuer/' },
			{ label: 'Accessibilité', link: '/accessibilite/' },
		],
	},
	{
		label: 'Réutiliser',
		items: [{ label: 'Imprimer le contrat', link: '/imprimer/' }],
	},
];
