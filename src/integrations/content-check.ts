import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/content/check';
import { checkProject } from '../lib/editions/project-check';

/**
 * Runs the contract's content check before every build, the same as `npm run check` (which
 * `npm run build` therefore does not run first): Astro alone only logs a dangling reference and
 * reports the first schema error, so a broken contract could still be published.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'cprdfop:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				const result = checkProject(fileURLToPath(config.root));
				if (result.issues.length > 0) {
					throw new Error(`Le contenu du contrat ne passe pas la vérification :\n${formatReport(result)}`);
				}
				logger.info(formatReport(result));
			},
		},
	};
}
