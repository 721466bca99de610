import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries } from '../../lib/content/queries';
import { dataPackageFile } from '../../lib/data/datapackage';
import { dataset, EXPORT_COLLECTIONS, type DataFile } from '../../lib/data/exports';

/** Every file of `/donnees/`: `<collection>.json`, `.csv`, `.schema.json`, `fiches-plan-actions.csv`, and `datapackage.json` that describes the CSVs. */
export const getStaticPaths = (async () => {
	const datasets = await Promise.all(EXPORT_COLLECTIONS.map(async (collection) => dataset(collection, await allEntries(collection))));
	const files = [...datasets.flatMap((d) => d.files), dataPackageFile(datasets, import.meta.env.SITE)];
	return files.map((file) => ({ params: { fichier: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.mediaType } });
