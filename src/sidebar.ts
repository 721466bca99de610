import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** The contract's structure, in source order. Entity pages are custom routes, so they are linked here explicitly. */
export const sidebar: Sidebar = [
	{ label: 'Accueil', link: '/' },
	{
		label: 'Ambitions stratégiques',
		items: [1, 2, 3, 4].map((n) => ({ label: `Ambition stratégique ${n}`, link: `/ambitions/${n}/` })),
	},
	{
		label: 'Principes pour l’action',
		items: [
			{ label: 'Principe 1 : observer et mieux connaître', link: '/principes/1/' },
			{ label: 'Principe 2 : piloter, suivre, mesurer, évaluer', link: '/principes/2/' },
		],
	},
];
