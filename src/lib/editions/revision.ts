/**
 * Opening a new edition of an entity (`npm run revision`): the edition in force is frozen beside
 * the living file, its fingerprint recorded, and the living file takes the new year, reason and
 * adoption date, so that the pull request shows an ordinary diff of the living file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_FIRST_YEAR, CONTRACT_LAST_YEAR } from '../../schemas/common';
import { checkContent } from '../content/check';
import type { ContentIssue } from '../content/issues';
import { LOCK_FILE, readContentTree, resolveEntity } from '../content/tree';
import { fingerprint } from '../content/edition-model';
import { ENTITY_TYPES, LIVING_FILE, idToSlug, type EntityCollection } from '../content/entities';
import { parseYaml, renderField, splitFrontmatter } from '../content/frontmatter';

export interface RevisionRequest {
	/** The contract's id (S1.4, 2.3, P1.2) or `<collection>/<slug>` (ambitions/2, srfss/3). */
	id: string;
	year: number;
	motif: string;
	adopteeLe: string;
}

/** A refusal, in French, before anything is written. */
export class RevisionRefused extends Error {}

/** Replaces the edition block that ends a living file's frontmatter (written as the web editor writes it). */
export function withEdition(text: string, year: number, motif: string, adopteeLe: string): string {
	const block = renderField('edition', { annee: year, adoptee_le: adopteeLe, motif });
	if (!/^edition:\n(?: {2}.*\n)*/m.test(text)) throw new RevisionRefused('Le fichier vivant n’a pas de bloc « edition » à mettre à jour.');
	return text.replace(/^edition:\n(?: {2}.*\n)*/m, block);
}

/**
 * Checks the request, then freezes the edition in force and opens the new one. Throws
 * RevisionRefused with nothing written when the request cannot be honoured.
 */
export function openRevision(root: string, request: RevisionRequest, isDirty: (path: string) => boolean = () => false) {
	const entity = resolveEntity(root, request.id);
	if (!entity) throw new RevisionRefused(`Identifiant inconnu : « ${request.id} ». Attendu : l’identifiant d’une fiche (S1.4) ou d’un engagement (2.3, P1.2), ou <collection>/<dossier> (ambitions/2, srfss/3).`);
	const folder = join(root, 'src', 'content', ENTITY_TYPES[entity.collection].folder, entity.slug);
	const living = join(folder, LIVING_FILE);
	const relLiving = `src/content/${ENTITY_TYPES[entity.collection].folder}/${entity.slug}/${LIVING_FILE}`;

	if (!Number.isInteger(request.year) || request.year < CONTRACT_FIRST_YEAR || request.year > CONTRACT_LAST_YEAR) {
		throw new RevisionRefused(`Année hors de la période du contrat : ${request.year}. Attendu : une année de ${CONTRACT_FIRST_YEAR} à ${CONTRACT_LAST_YEAR}.`);
	}
	if (!/^\d{4}-\d{2}-\d{2}$/.test(request.adopteeLe) || Number.isNaN(Date.parse(request.adopteeLe))) {
		throw new RevisionRefused(`Date d’adoption invalide : « ${request.adopteeLe} ». Attendu : une date AAAA-MM-JJ.`);
	}
	if (request.motif.trim() === '') throw new RevisionRefused('Motif manquant. Attendu : pourquoi cette édition remplace la précédente (--motif "…").');
	if (isDirty(folder)) {
		throw new RevisionRefused(`Une modification de ${relLiving} est déjà en cours (fichiers non enregistrés dans git). Enregistrez-la ou annulez-la avant d’ouvrir une nouvelle édition.`);
	}
	const before = checkContent(readContentTree(root));
	const current = before.editions.find((e) => e.collection === entity.collection && e.slug === entity.slug && e.living);
	if (!current || before.issues.some((i) => i.file.startsWith(`src/content/${ENTITY_TYPES[entity.collection].folder}/${entity.slug}/`))) {
		throw new RevisionRefused(`${relLiving} ne passe pas la vérification : corrigez-le (npm run check) avant d’ouvrir une nouvelle édition.`);
	}
	const latest = Math.max(...before.editions.filter((e) => e.collection === entity.collection && e.slug === entity.slug).map((e) => e.year));
	if (request.year <= latest) {
		throw new RevisionRefused(`L’année ${request.year} ne suit pas la dernière édition (${latest}). Attendu : une année postérieure à ${latest}.`);
	}

	// Freeze the edition in force beside the living file and record its fingerprint.
	const text = readFileSync(living, 'utf8');
	const frozenRel = `src/content/${ENTITY_TYPES[entity.collection].folder}/${entity.slug}/${current.year}.mdx`;
	freeze(root, frozenRel, text);
	// Open the new edition in the living file: only its edition block changes.
	writeFileSync(living, withEdition(text, request.year, request.motif.trim(), request.adopteeLe));
	return { frozen: frozenRel, living: relLiving, check: checkContent(readContentTree(root)) };
}

/** Writes a replaced edition beside the living file and records its fingerprint in the lock. */
function freeze(root: string, frozenRel: string, text: string) {
	writeFileSync(join(root, frozenRel), text);
	const lockPath = join(root, 'src', 'content', LOCK_FILE);
	const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, string>) : {};
	lock[frozenRel] = fingerprint(text);
	writeFileSync(lockPath, `${JSON.stringify(Object.fromEntries(Object.entries(lock).sort()), null, '\t')}\n`);
}

/** The text of a file (path relative to the project root) at the base of a comparison, undefined when it did not exist. */
export type BaseReader = (relativePath: string) => string | undefined;

/**
 * Reads files as they were at `ref`, or rather at the point where the current branch left it
 * (`git merge-base ref HEAD`): a pull request is compared with what its author started from.
 * Refuses a folder that is not the top of a git repository, or an unknown reference.
 */
export function gitBase(root: string, ref: string): BaseReader {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
	let top: string;
	try {
		top = git('rev-parse', '--show-toplevel').trim();
	} catch {
		throw new RevisionRefused(`${root} n’est pas un dépôt git : impossible de retrouver l’édition précédente.`);
	}
	if (realpathSync(top) !== realpathSync(root)) throw new RevisionRefused(`${root} n’est pas la racine de son dépôt git (${top}).`);
	let commit: string;
	try {
		commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
	} catch {
		throw new RevisionRefused(`Référence git inconnue : « ${ref} ». Attendu : une branche ou un commit, par exemple main.`);
	}
	try {
		commit = git('merge-base', commit, 'HEAD').trim() || commit;
	} catch {
		// No common history (or no HEAD yet): compare with the reference itself.
	}
	// Two git calls say which files exist at the base and which of them differ now; an unchanged
	// file is read from the working tree, where it is identical: no `git show` per file.
	const list = (...args: string[]) => new Set(git(...args).split('\0').filter(Boolean));
	const atBase = list('ls-tree', '-r', '-z', '--name-only', commit);
	const changed = list('diff', '--name-only', '-z', '--no-renames', commit);
	return (relativePath) => {
		if (!atBase.has(relativePath)) return undefined;
		try {
			return changed.has(relativePath) ? git('show', `${commit}:${relativePath}`) : readFileSync(join(root, relativePath), 'utf8');
		} catch {
			return undefined;
		}
	};
}

/** A living file whose edition year differs from its year at the base of the comparison. */
export interface EditionChange {
	/** The living file, relative to the project root. */
	living: string;
	baseYear: number;
	year: number;
	/** Where the replaced edition belongs: `<dossier>/<baseYear>.mdx`. */
	frozen: string;
	frozenExists: boolean;
	/** The living file's text at the base: the replaced edition as published. */
	baseText: string;
}

const yearOf = (data: unknown) => (data as { edition?: { annee?: unknown } } | undefined)?.edition?.annee;

/** Every living file whose `edition.annee` changed since the base. */
export function editionChanges(root: string, readBase: BaseReader): EditionChange[] {
	return readContentTree(root).editions.flatMap((e): EditionChange[] => {
		if (e.stem !== 'index') return [];
		const baseText = readBase(e.file);
		if (baseText === undefined) return [];
		let baseYear: unknown;
		try {
			baseYear = yearOf(parseYaml(splitFrontmatter(baseText)?.yaml ?? ''));
		} catch {
			return [];
		}
		const year = yearOf(e.data);
		if (typeof baseYear !== 'number' || typeof year !== 'number' || baseYear === year) return [];
		const frozen = e.file.replace(/index\.mdx$/, `${baseYear}.mdx`);
		return [{ living: e.file, baseYear, year, frozen, frozenExists: existsSync(join(root, frozen)), baseText }];
	});
}

/** The check's French report of editions replaced without being frozen (a revision made in the web editor). */
export function missingFreezes(root: string, readBase: BaseReader): ContentIssue[] {
	return editionChanges(root, readBase)
		.filter((c) => !c.frozenExists && c.year > c.baseYear)
		.map((c) => ({
			file: c.living,
			field: 'edition.annee',
			problem: `l’édition ${c.baseYear} a été remplacée par l’édition ${c.year} sans être figée`,
			value: c.year,
			expected: `le fichier ${c.frozen}, copie de l’édition ${c.baseYear} telle que publiée, inscrite dans src/content/${LOCK_FILE} : un mainteneur les reconstitue depuis git avec « npm run revision -- --depuis-editeur »`,
		}));
}

/**
 * Completes revisions made in the web editor, which can only change the living file: for every
 * living file whose edition year went up since the base, writes the base version as the frozen
 * edition and records its fingerprint, as `npm run revision` would have. Refuses, writing nothing,
 * an edition year that went down.
 */
export function freezeFromGit(root: string, readBase: BaseReader) {
	const changes = editionChanges(root, readBase);
	const backwards = changes.find((c) => c.year < c.baseYear);
	if (backwards) {
		throw new RevisionRefused(`L’édition de ${backwards.living} passe de ${backwards.baseYear} à ${backwards.year}. Attendu : une année postérieure à ${backwards.baseYear}.`);
	}
	const toFreeze = changes.filter((c) => !c.frozenExists);
	for (const c of toFreeze) freeze(root, c.frozen, c.baseText);
	return { frozen: toFreeze.map((c) => c.frozen), alreadyFrozen: changes.filter((c) => c.frozenExists).map((c) => c.frozen), check: checkContent(readContentTree(root)) };
}
