import type { APIRoute } from 'astro';
import { allHistories, getRegisterNames } from '../lib/content/queries';
import { revisions } from '../lib/content/edition-model';
import { historyFeed } from '../lib/editions/feed';

export const GET: APIRoute = async ({ site }) =>
	new Response(historyFeed(revisions(await allHistories()), site!, await getRegisterNames()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
