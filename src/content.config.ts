import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { bilanSchema } from './schemas/bilan';
import { texteSchema } from './schemas/texte';
import { editionFileId, ENTITY_TYPES, REGISTERS, type EntityType } from './lib/content/entities';

/**
 * Starlight's docs schema, built once per image helper: StarlightPage, which renders every page of
 * this site, builds it anew for each page (starlight/utils/starlight-page.js), a few hundred
 * milliseconds of each build for the same schema. The helper is told apart by its source: the
 * collection has no entry, so Astro never resolves an image through it.
 */
function docsSchemaOnce() {
	const build = docsSchema();
	const built = new Map<string, ReturnType<typeof build>>();
	return (context: Parameters<typeof build>[0]) => {
		const key = String(context.image);
		let schema = built.get(key);
		if (schema === undefined) {
			schema = build(context);
			built.set(key, schema);
		}
		return schema;
	};
}

/** Every edition file of one entity type: living (`<slug>`) and frozen (`<slug>/<année>`). */
const entity = <S extends z.ZodType>(type: EntityType<S>) =>
	defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: `./src/content/${type.folder}`, generateId: ({ entry }) => editionFileId(entry) }),
		schema: type.schema,
	});

/**
 * A glob loader whose folder may hold no file yet: the signed contract has no bilan, and an empty
 * follow-up is the honest state until pilots file theirs, not something to warn about at every
 * build. Only that one message is dropped; every other message of the loader goes through.
 */
const mayBeEmpty = (loader: Loader): Loader => ({
	...loader,
	load: (context) =>
		loader.load({
			...context,
			logger: Object.assign(Object.create(context.logger) as typeof context.logger, {
				warn: (message: string) => (message.startsWith('No files found matching') ? undefined : context.logger.warn(message)),
			}),
		}),
});

/** A register: one YAML file, entries keyed by slug. */
const register = <S extends z.ZodType>(spec: { schema: S; file: string }) =>
	defineCollection({ loader: file(`./src/content/${spec.file}`), schema: spec.schema });

export const collections = {
	// Starlight requires a `docs` collection; every page of this site is a route of its own
	// (src/pages), so it holds nothing, and there is no src/content/docs/ for docsLoader to scan.
	docs: defineCollection({ loader: () => [], schema: docsSchemaOnce() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	ambitions: entity(ENTITY_TYPES.ambitions),
	principes: entity(ENTITY_TYPES.principes),
	engagements: entity(ENTITY_TYPES.engagements),
	fiches: entity(ENTITY_TYPES.fiches),
	srfss: entity(ENTITY_TYPES.srfss),
	propositions: entity(ENTITY_TYPES.propositions),
	textes: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/textes' }), schema: texteSchema }),
	// Annual follow-ups: `bilans/<année>/<slug>.mdx`, id `<année>/<slug>` (the check places them on their entity).
	bilans: defineCollection({ loader: mayBeEmpty(glob({ pattern: '*/*.mdx', base: './src/content/bilans' })), schema: bilanSchema }),
	organisations: register(REGISTERS.organisations),
	secteurs: register(REGISTERS.secteurs),
	territoires: register(REGISTERS.territoires),
	publics: register(REGISTERS.publics),
	diplomes: register(REGISTERS.diplomes),
	chiffres: register(REGISTERS.chiffres),
};
