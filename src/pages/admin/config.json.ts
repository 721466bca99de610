/** The web editor's configuration, generated from the schemas and the content at build time (`/admin/config.json`). */
import type { APIRoute } from 'astro';
import { buildCmsConfig, cmsContent, settingsFromEnv } from '../../lib/editor/config';
import { getAmbitions, getEngagements, getFiches, getPrincipes, getSrfss, registerEntries } from '../../lib/content/queries';

export const GET: APIRoute = async ({ site }) => {
	const registers = async (c: 'organisations' | 'secteurs' | 'territoires' | 'publics') => (await registerEntries(c)).map((e) => ({ key: e.id, data: e.data }));
	const content = cmsContent({
		fiches: (await getFiches()).map((e) => ({ slug: e.id, data: e.data })),
		engagements: (await getEngagements()).map((e) => ({ slug: e.id, data: e.data })),
		srfss: (await getSrfss()).map((e) => ({ slug: e.id, data: e.data })),
		ambitions: await getAmbitions(),
		principes: await getPrincipes(),
		organisations: await registers('organisations'),
		secteurs: await registers('secteurs'),
		territoires: (await registers('territoires')) as { key: string; data: { nom: string; type: string } }[],
		publics: await registers('publics'),
	});
	const config = buildCmsConfig(content, settingsFromEnv(process.env, site?.href ?? '/'));
	return new Response(JSON.stringify(config, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
