/**
 * Starts Decap CMS in the browser: reads the generated configuration, registers one custom format
 * per collection (cms-format.ts: only changed fields are rewritten, plan d'actions kinds), completes
 * Decap's French phrases, then initialises the editor.
 */
import { createFormat, expandCmsConfig, type CompactCollection } from '../lib/editor/format';

interface DecapCms {
	init(options: { config: unknown }): void;
	registerCustomFormat(name: string, extension: string, format: ReturnType<typeof createFormat>): void;
	registerLocale(locale: string, phrases: Record<string, unknown>): void;
	getLocale(locale: string): Record<string, unknown> | undefined;
}

/** Phrases Decap 3's French locale lacks or misspells, shown to pilots. */
const FRENCH_PHRASES = {
	collection: { collectionTop: { viewAsList: 'Affichage en liste', viewAsGrid: 'Affichage en grille' }, entries: { unpublishedHeader: 'Modifications non publiées' } },
	editor: {
		editorControl: { field: { widgetLabel: 'Champ %{widgetLabel}' } },
		editorToolbar: {
			deleteUnpublishedChanges: 'Supprimer les modifications non publiées',
			statusInfoTooltipDraft: 'La proposition est un brouillon. Pour la soumettre aux mainteneurs, passez son statut à « En cours de révision ».',
			statusInfoTooltipInReview: 'La proposition est soumise aux mainteneurs, rien d’autre n’est nécessaire. Vous pouvez encore la modifier pendant sa relecture.',
		},
		editorWidgets: { object: { expand: 'Déplier', collapse: 'Replier' }, markdown: { toggleMode: { rich: 'Passer en texte enrichi', markdown: 'Passer en Markdown' } } },
	},
	workflow: { workflowCard: { deleteChanges: 'Supprimer les modifications' } },
	auth: { errors: { identitySettings: 'Impossible d’accéder aux paramètres d’identité.' } },
	ui: { settingsDropdown: { account: 'Options du compte' } },
};

/** Texts Decap writes in English whatever the locale (the fork screen of open authoring). */
const UNTRANSLATED: Record<string, string> = {
	"Open Authoring is enabled: we need to use a fork on your github account. (If a fork already exists, we'll use that.)":
		'Vos propositions passent par une copie du dépôt (« fork ») sur votre compte GitHub ; si elle existe déjà, elle sera réutilisée.',
	'Fork the repo': 'Créer la copie du dépôt',
	"Don't fork the repo": 'Ne pas créer de copie',
};

const merge = (base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> =>
	Object.fromEntries(
		[...new Set([...Object.keys(base), ...Object.keys(extra)])].map((key) => {
			const [a, b] = [base[key], extra[key]];
			const both = a && b && typeof a === 'object' && typeof b === 'object';
			return [key, both ? merge(a as Record<string, unknown>, b as Record<string, unknown>) : (b ?? a)];
		}),
	);

function translateFixedTexts() {
	const translateText = (node: Node) => {
		const french = UNTRANSLATED[node.nodeValue?.trim() ?? ''];
		if (french) node.nodeValue = french;
	};
	const translate = (root: Node) => {
		if (root.nodeType === Node.TEXT_NODE) return translateText(root);
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) translateText(node);
	};
	new MutationObserver((mutations) =>
		mutations.forEach((m) => (m.type === 'characterData' ? translateText(m.target) : m.addedNodes.forEach(translate))),
	).observe(document.body, { childList: true, subtree: true, characterData: true });
}

export async function startEditor() {
	const CMS = (window as unknown as { CMS?: DecapCms }).CMS;
	if (!CMS) throw new Error('Decap CMS n’est pas chargé (/admin/decap/decap-cms.js).');
	const response = await fetch(new URL('config.json', window.location.href));
	if (!response.ok) throw new Error(`Configuration de l’éditeur introuvable (${response.status}).`);
	const config = (await response.json()) as { collections: CompactCollection[] };
	for (const collection of config.collections) CMS.registerCustomFormat(collection.format, collection.extension, createFormat(collection.fields));
	CMS.registerLocale('fr', merge(CMS.getLocale('fr') ?? {}, FRENCH_PHRASES));
	translateFixedTexts();
	CMS.init({ config: expandCmsConfig(config) });
}
