import type { APIRoute } from 'astro';
import { allHistories, getRegisterNames } from '../lib/content/queries';
import { revisions } from '../lib/content/edition-model';
import { historyFeed } from '../lib/editions/feed';
import { bilanEvents } from '../lib/follow-up/history';
import { bilanPages } from '../lib/follow-up/routes';

export const GET: APIRoute = async ({ site }) => {
	const bilans = bilanEvents((await bilanPages()).map((b) => ({ ...b, entityData: b.editionData }))).map((e) => ({
		path: e.url,
		title: e.title,
		date: e.corrected?.le ?? e.date,
		description: `${e.corrected ? `Corrigé le ${e.corrected.le} : ${e.corrected.motif} ` : ''}Établi le ${e.date}. ${e.summary}.`,
	}));
	return new Response(historyFeed(revisions(await allHistories()), site!, await getRegisterNames(), bilans), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
