import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries } from '../../lib/content/queries';
import { dataset, EXPORT_COLLECTIONS, type DataFile } from '../../lib/data/exports';

/** Every file of `/donnees/`: `<collection>.json`, `.csv`, `.schema.json`, and `fiches-plan-actions.csv`. */
export const getStaticPaths = (async () => {
	const datasets = await Promise.all(EXPORT_COLLECTIONS.map(async (collection) => dataset(collection, await allEntries(collection))));
	return datasets.flatMap(({ files }) => files.map((file) => ({ params: { fichier: file.name }, props: { file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.mediaType } });
