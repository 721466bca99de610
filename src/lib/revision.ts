/**
 * Opening a new edition of an entity (`npm run revision`): the edition in force is frozen beside
 * the living file, its fingerprint recorded, and the living file takes the new year, reason and
 * adoption date, so that the pull request shows an ordinary diff of the living file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_FIRST_YEAR, CONTRACT_LAST_YEAR } from '../schemas/common';
import { checkContent } from './check';
import { LOCK_FILE, readContentTree } from './content-files';
import { fingerprint } from './editions';
import { ENTITY_TYPES, LIVING_FILE, idToSlug, type EntityCollection } from './entities';

export interface RevisionRequest {
	/** The contract's id (S1.4, 2.3, P1.2) or `<collection>/<slug>` (ambitions/2, srfss/3). */
	id: string;
	year: number;
	motif: string;
	adopteeLe: string;
}

/** A refusal, in French, before anything is written. */
export class RevisionRefused extends Error {}

/** The entity folder an id designates, or undefined. */
export function resolveEntity(root: string, id: string): { collection: EntityCollection; slug: string } | undefined {
	const [first, second] = id.split('/');
	const candidates: { collection: EntityCollection; slug: string }[] =
		second !== undefined && first! in ENTITY_TYPES
			? [{ collection: first as EntityCollection, slug: second }]
			: [
					{ collection: 'fiches', slug: idToSlug(id) },
					{ collection: 'engagements', slug: idToSlug(id) },
				];
	return candidates.find(({ collection, slug }) => existsSync(join(root, 'src', 'content', ENTITY_TYPES[collection].folder, slug, LIVING_FILE)));
}

/** Replaces the edition block that ends a living file's frontmatter. */
export function withEdition(text: string, year: number, motif: string, adopteeLe: string): string {
	const block = `edition:\n  annee: ${year}\n  adoptee_le: ${adopteeLe}\n  motif: ${JSON.stringify(motif)}\n`;
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
	writeFileSync(join(root, frozenRel), text);
	const lockPath = join(root, 'src', 'content', LOCK_FILE);
	const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, string>) : {};
	lock[frozenRel] = fingerprint(text);
	writeFileSync(lockPath, `${JSON.stringify(Object.fromEntries(Object.entries(lock).sort()), null, '\t')}\n`);
	// Open the new edition in the living file: only its edition block changes.
	writeFileSync(living, withEdition(text, request.year, request.motif.trim(), request.adopteeLe));
	return { frozen: frozenRel, living: relLiving, check: checkContent(readContentTree(root)) };
}
