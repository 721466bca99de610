/**
 * Forge files derived from the content (`npm run codeowners`): who reviews what
 * (`.github/CODEOWNERS`) and the sheet list of the revision issue form. Pilots change from one
 * edition to the next, so both are generated from the sheets' `pilotes`, never edited by hand.
 */
import { parseDocument, isMap, isSeq } from 'yaml';
import type { ContentTree } from '../content/tree';
import { ENTITY_COLLECTIONS, ENTITY_TYPES, LIVING_FILE } from '../content/entities';

/** The GitHub organisation that holds the review teams. */
export const GITHUB_ORG = 'cprdfop-hdf';
/** The signatories' secretariat: reviews every change of the contract's content. */
export const SECRETARIAT = `@${GITHUB_ORG}/secretariat`;
/** The maintainers: review the code, the schemas, the CI and the dependencies. */
export const MAINTAINERS = `@${GITHUB_ORG}/mainteneurs`;
/** The team of one pilot organisation, named after its key in `registres/organisations.yaml`. */
export const pilotTeam = (key: string) => `@${GITHUB_ORG}/pilote-${key}`;

export const CODEOWNERS_FILE = '.github/CODEOWNERS';
export const ISSUE_FORM_FILE = '.github/ISSUE_TEMPLATE/revision-fiche.yml';
/** The `id` of the issue form's sheet dropdown. */
export const SHEET_FIELD = 'fiche';

/** Paths only the maintainers review (code, schemas, CI, forge, dependencies). */
export const MAINTAINER_PATHS = [
	'/src/schemas/',
	'/src/lib/',
	'/src/integrations/',
	'/src/content.config.ts',
	'/src/content/i18n/',
	'/scripts/',
	'/tests/',
	'/.ci/',
	'/.github/',
	'/.github/workflows/',
	'/package.json',
	'/package-lock.json',
	'/astro.config.ts',
] as const;

const SHEET_ID = /^S(\d+)\.(\d+)$/;
const ORGANISATION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Contract order of sheet ids: S1.1, S1.2 … S1.10, S2.1 … (not the alphabetical S1.10 before S1.2). */
export function compareSheetIds(a: string, b: string): number {
	const [, a1, a2] = SHEET_ID.exec(a) ?? [];
	const [, b1, b2] = SHEET_ID.exec(b) ?? [];
	if (a1 === undefined || b1 === undefined) return a.localeCompare(b);
	return Number(a1) - Number(b1) || Number(a2) - Number(b2);
}

export interface SheetOwners {
	id: string;
	/** The sheet's folder under src/content/fiches. */
	folder: string;
	/** Pilot organisation keys, in the sheet's order, without duplicates. */
	pilots: string[];
}

/** A content tree the forge files cannot be generated from; the message says what to fix, in French. */
export class ForgeContentError extends Error {}

/** The living sheets with their pilots, in contract order. Throws ForgeContentError on a malformed sheet. */
export function sheetOwners(tree: ContentTree): SheetOwners[] {
	const sheets = tree.editions
		.filter((e) => e.collection === 'fiches' && `${e.stem}.mdx` === LIVING_FILE)
		.map((e): SheetOwners => {
			const data = (e.data ?? {}) as { id?: unknown; pilotes?: unknown };
			const fix = `corrigez ${e.file} (npm run check le détaille)`;
			if (typeof data.id !== 'string' || !SHEET_ID.test(data.id)) {
				throw new ForgeContentError(`${e.file} : identifiant de fiche illisible (${JSON.stringify(data.id)}) ; ${fix}.`);
			}
			if (!Array.isArray(data.pilotes) || data.pilotes.length === 0) {
				throw new ForgeContentError(`${e.file} : aucun pilote (champ « pilotes ») ; ${fix}.`);
			}
			const bad = data.pilotes.find((p) => typeof p !== 'string' || !ORGANISATION_KEY.test(p));
			if (bad !== undefined) {
				throw new ForgeContentError(`${e.file} : pilote ${JSON.stringify(bad)} qui n’est pas une clé du registre des organisations ; ${fix}.`);
			}
			return { id: data.id, folder: e.folder, pilots: [...new Set(data.pilotes as string[])] };
		});
	const seen = new Map<string, string>();
	for (const s of sheets) {
		const other = seen.get(s.id);
		if (other) throw new ForgeContentError(`Deux fiches portent l’identifiant ${s.id} (dossiers ${other} et ${s.folder}) ; corrigez-en une.`);
		seen.set(s.id, s.folder);
	}
	return sheets.sort((a, b) => compareSheetIds(a.id, b.id));
}

/** The sheet ids, in contract order: the options of the issue form's dropdown. */
export const sheetIds = (tree: ContentTree) => sheetOwners(tree).map((s) => s.id);

const rule = (path: string, ...owners: string[]) => `${path} ${owners.join(' ')}`;

/** The whole `.github/CODEOWNERS` text. On GitHub the last rule matching a file wins: general rules first. */
export function generateCodeowners(tree: ContentTree): string {
	const others = ENTITY_COLLECTIONS.filter((c) => c !== 'fiches').map((c) => ENTITY_TYPES[c].folder);
	return [
		'# Qui relit quoi : GitHub demande la relecture des équipes propriétaires des fichiers modifiés.',
		'# FICHIER GÉNÉRÉ par `npm run codeowners` à partir du contenu (pilotes des fiches) : ne pas le',
		'# modifier à la main, relancer la commande après tout changement de fiche ou de pilote.',
		'# La dernière règle qui correspond à un fichier l’emporte : les règles générales viennent d’abord.',
		'',
		'# Par défaut, tout le dépôt : les mainteneurs.',
		rule('*', MAINTAINERS),
		'',
		`# Le contrat (${others.join(', ')}, registres, chapitres, empreintes des éditions)`,
		'# et le texte signé : le secrétariat des signataires.',
		rule('/src/content/', SECRETARIAT),
		rule('/sources/', SECRETARIAT),
		'',
		'# Fiches priorités sectorielles : les équipes de leurs pilotes et le secrétariat.',
		...sheetOwners(tree).map((s) => rule(`/src/content/fiches/${s.folder}/`, ...s.pilots.map(pilotTeam), SECRETARIAT)),
		'',
		'# Code, schémas, traductions de l’interface, intégration continue, forge et dépendances : les mainteneurs.',
		...MAINTAINER_PATHS.map((path) => rule(path, MAINTAINERS)),
		'',
	].join('\n');
}

/**
 * The issue form with its sheet dropdown listing `ids`, everything else (comments, wording,
 * layout) kept as written. Throws when the form has no dropdown with id `fiche`.
 */
export function withSheetOptions(formText: string, ids: string[]): string {
	const doc = parseDocument(formText);
	if (doc.errors.length > 0) throw new Error(`${ISSUE_FORM_FILE} n’est pas un YAML valide : ${doc.errors[0]!.message}`);
	const body = doc.get('body', true);
	const field = isSeq(body) ? body.items.find((item) => isMap(item) && item.get('id') === SHEET_FIELD) : undefined;
	const options = isMap(field) ? field.getIn(['attributes', 'options'], true) : undefined;
	if (!isSeq(options) || !options.range || options.flow) {
		throw new Error(`${ISSUE_FORM_FILE} : liste déroulante « ${SHEET_FIELD} » introuvable (attendu : body[].attributes.options en liste à tirets).`);
	}
	const [start, end] = options.range;
	const indent = formText.slice(formText.lastIndexOf('\n', start - 1) + 1, start);
	if (!/^ *$/.test(indent)) throw new Error(`${ISSUE_FORM_FILE} : la liste « ${SHEET_FIELD} » doit commencer sur sa propre ligne.`);
	const list = ids.map((id, i) => `${i === 0 ? '' : indent}- ${id}\n`).join('');
	return formText.slice(0, start) + list + formText.slice(end);
}
