import type { APIRoute } from 'astro';
import { allHistories, getRegisterNames } from '../lib/content';
import { revisions } from '../lib/editions';
import { historyFeed } from '../lib/history-feed';

export const GET: APIRoute = async ({ site }) =>
	new Response(historyFeed(revisions(await allHistories()), site!, await getRegisterNames()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
