// @ts-check
/**
 * The build prints no warning: each warning it used to print was either fixed at its cause (the
 * Shiki one: `markdown.syntaxHighlight: false` in astro.config.ts) or is one of the messages below,
 * each dropped by exact text, with the reason it does not apply to this site. Anything else still
 * reaches the console, and tests/build/build-log.test.ts fails on any warning line.
 *
 * Plain JavaScript: Astro imports its logger with Node itself, before Vite runs.
 */
import nodeLog from 'astro/logger/node';

/**
 * Astro's warnings that do not apply to this site, by label and exact message.
 * @type {{ label: string; message: string }[]}
 */
export const KNOWN_ASTRO_WARNINGS = [
	{
		label: 'csp',
		message:
			"`security.csp.styleDirective` defines `style-src` resources ('self') as well as `style-src-attr` resources or hashes. Because `style-src-attr` override `style-src` for their scope (browsers do not fall back), those `style-src` resources will not apply there. Add them to the corresponding `kind` if needed.",
		// Astro warns whenever both kinds hold resources (core/messages/runtime.js,
		// warnIfCspResourceFallbackShadowing). 'self' allows style sheets by URL; a style attribute
		// has no URL, so 'self' could never apply to `style-src-attr`, which holds the one source
		// attributes need ('unsafe-inline': Starlight's icon sizes).
	},
	{
		label: 'content',
		message: 'The collection "docs" does not exist or is empty. Please check your content config file for errors.',
		// Every page of this site is its own route (src/pages, rendered with StarlightPage): the
		// `docs` collection Starlight requires is empty by design, and Starlight's routing reads it
		// once per build (utils/routing/index.js), which makes Astro's getCollection warn.
	},
];

/** @param {{ level: string; label: string | null; message: string }} event */
export const isKnownAstroWarning = (event) =>
	event.level === 'warn' && KNOWN_ASTRO_WARNINGS.some((w) => w.label === event.label && w.message === event.message);

/**
 * Rolldown's warning on the directive Astro writes at the top of each content module it
 * generates (`?astroPropagatedAssets`, content/vite-plugin-content-assets.js): Astro finds those
 * modules by their id, not by the directive, so the directive's loss in the bundle changes
 * nothing (withastro/astro#18087, open: a new Starlight site prints it too).
 * @param {{ code?: string; message?: string }} log
 */
export const isHeadInjectDirectiveWarning = (log) =>
	log.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject" in "[^"]*\?astroPropagatedAssets"/.test(log.message ?? '');

/**
 * Astro's own console logger (`astro/logger/node`), minus the known warnings above.
 * @param {Record<string, unknown> | undefined} config
 */
export default function knownWarningsFilter(config) {
	const console = nodeLog(config);
	return {
		/** @param {{ level: 'debug' | 'info' | 'warn' | 'error'; label: string | null; message: string; newLine: boolean }} event */
		write(event) {
			if (!isKnownAstroWarning(event)) console.write(event);
		},
	};
}
