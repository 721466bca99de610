import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts';
import { decapCms, EDITOR_POLICY } from './src/integrations/decap';
import { isHeadInjectDirectiveWarning } from './src/integrations/known-warnings.mjs';
import { versionsIndex } from './src/integrations/versions-index';
import { sidebar } from './src/sidebar';

const SITE = 'https://cprdfop.hautsdefrance.example';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: SITE,
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	// The build prints no warning: the few Astro prints that do not apply here are dropped one by
	// one, by exact text, with their reasons (src/integrations/known-warnings.mjs).
	logger: { entrypoint: './src/integrations/known-warnings.mjs' },
	// No code is highlighted: content is text (code is refused in it) and /contribuer/ renders its
	// few command blocks with micromark. Shiki's inline styles would not pass the CSP anyway.
	markdown: { syntaxHighlight: false },
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					if (!isHeadInjectDirectiveWarning(log)) handler(level, log);
				},
			},
		},
	},
	// Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles it emits,
	// so no inline script runs unless it is ours; nothing is loaded from another origin. Pagefind
	// needs WebAssembly ('wasm-unsafe-eval'); Starlight writes a few style attributes (icon sizes).
	// Headers a <meta> cannot carry (frame-ancestors…) are in public/_headers.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	integrations: [
		contentCheck(),
		// Starlight's own sitemap, minus the web editor (Starlight adds none when one is given).
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
		decapCms(),
		starlight({
			title: 'CPRDFOP Hauts-de-France 2022-2028',
			description:
				'Le Contrat de plan régional de développement des formations et de l’orientation professionnelles des Hauts-de-France 2022-2028, tel que signé et tel qu’en vigueur.',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			sidebar,
			customCss: ['./src/styles/contrat.css', './src/styles/print.css'],
			// The print sheet writes each link's full address after it: the site's origin comes from here.
			head: [{ tag: 'style', content: `:root { --adresse-site: ${JSON.stringify(SITE)}; }` }],
			components: {
				Search: './src/components/overrides/Search.astro',
				Footer: './src/components/overrides/Footer.astro',
			},
		}),
		mdx(),
		versionsIndex(),
		cspInlineScripts({ pagePolicies: { 'admin/index.html': EDITOR_POLICY } }),
	],
});
