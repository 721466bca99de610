import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import type { EditionLock } from './edition-model';
import { ENTITY_COLLECTIONS, ENTITY_TYPES, idToSlug, LIVING_FILE, REGISTERS, REGISTER_COLLECTIONS, type EntityCollection, type RegisterCollection } from './entities';
import { HORS_REGISTRE_FILE } from './rubric-wordings';

/** Fingerprints of published editions, beside the content. */
export const LOCK_FILE = 'editions.lock.json';

/** One edition file of a versioned entity, read from disk but not validated yet. */
export interface EditionFile {
	collection: EntityCollection;
	/** Path relative to the project root, as shown in messages. */
	file: string;
	/** Name of the entity's folder (its URL slug). */
	folder: string;
	/** 'index' for the living edition, the year for a frozen one, anything else is misplaced. */
	stem: string;
	/** Frontmatter as parsed, or undefined when the YAML is broken. */
	data: unknown;
	/** Text after the frontmatter. */
	body: string;
	/** The whole file, for the fingerprints of frozen editions. */
	text: string;
	/** Parse error, in the parser's words. */
	parseError?: string;
}

/** One register file: its entries keyed by slug. */
export interface RegisterFile {
	collection: RegisterCollection;
	file: string;
	entries: Record<string, unknown> | undefined;
	/** The whole file, to locate a problem's line. */
	text?: string;
	parseError?: string;
}

/** One narrative chapter: frontmatter plus a Markdown body. */
export interface TextFile {
	file: string;
	data: unknown;
	body: string;
	/** The whole file, to locate a problem's line. */
	text: string;
	parseError?: string;
}

/** One annual follow-up file (`bilans/<année>/<slug>.mdx`), read but not validated yet. */
export interface BilanFile {
	file: string;
	/** Name of the year folder: the year the file says it follows. */
	yearFolder: string;
	/** File name without `.mdx`: the slug of the entity followed. */
	slug: string;
	data: unknown;
	body: string;
	text: string;
	parseError?: string;
}

/** A YAML file of the content that is not a register of entries, read but not validated yet. */
export interface YamlFile {
	file: string;
	data: unknown;
	text: string;
	parseError?: string;
}

/** Where the annual follow-ups live, under src/content. */
export const BILANS_FOLDER = 'bilans';

export interface ContentTree {
	root: string;
	editions: EditionFile[];
	bilans: BilanFile[];
	registers: RegisterFile[];
	/** `registres/libelles-hors-registre.yaml`, when present: rubric wordings that designate no register entry. */
	horsRegistre?: YamlFile;
	texts: TextFile[];
	/** The fingerprints of published (replaced) editions, from `src/content/editions.lock.json`. */
	lock: EditionLock;
	/** Why the lock file could not be read, when it could not. */
	lockError?: string;
}

const readFrontmatter = (path: string) => {
	const text = readFileSync(path, 'utf8');
	try {
		const { frontmatter, content } = parseFrontmatter(text);
		return { data: frontmatter as unknown, body: content, text };
	} catch (error) {
		return { data: undefined, body: '', text, parseError: (error as Error).message.split('\n')[0] };
	}
};

const listFiles = (dir: string): string[] => {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.sort().flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
};

/** Reads every entity and register file under `<projectRoot>/src/content`. */
export function readContentTree(projectRoot: string): ContentTree {
	const contentDir = join(projectRoot, 'src', 'content');
	const rel = (path: string) => relative(projectRoot, path).replace(/\\/g, '/');

	const editions = ENTITY_COLLECTIONS.flatMap((collection) =>
		listFiles(join(contentDir, collection)).map((path): EditionFile => {
			const [folder = '', name = ''] = relative(join(contentDir, collection), path).replace(/\\/g, '/').split('/').slice(-2);
			const stem = name.replace(/\.mdx$/, '');
			return { collection, file: rel(path), folder, stem: name.endsWith('.mdx') ? stem : name, ...readFrontmatter(path) };
		}),
	);

	const registers = REGISTER_COLLECTIONS.map((collection): RegisterFile => {
		const path = join(contentDir, REGISTERS[collection].file);
		if (!existsSync(path)) return { collection, file: rel(path), entries: undefined, parseError: 'fichier introuvable' };
		const text = readFileSync(path, 'utf8');
		try {
			const entries = yaml.load(text);
			return { collection, file: rel(path), entries: (entries ?? {}) as Record<string, unknown>, text };
		} catch (error) {
			return { collection, file: rel(path), entries: undefined, text, parseError: (error as Error).message.split('\n')[0] };
		}
	});

	const horsRegistrePath = join(contentDir, HORS_REGISTRE_FILE);
	let horsRegistre: YamlFile | undefined;
	if (existsSync(horsRegistrePath)) {
		const text = readFileSync(horsRegistrePath, 'utf8');
		try {
			horsRegistre = { file: rel(horsRegistrePath), data: yaml.load(text) ?? {}, text };
		} catch (error) {
			horsRegistre = { file: rel(horsRegistrePath), data: undefined, text, parseError: (error as Error).message.split('\n')[0] };
		}
	}

	const texts = listFiles(join(contentDir, 'textes')).map((path): TextFile => ({ file: rel(path), ...readFrontmatter(path) }));

	// The folder's README tells pilots where bilans go; it is not a bilan.
	const bilans = listFiles(join(contentDir, BILANS_FOLDER)).filter((path) => relative(join(contentDir, BILANS_FOLDER), path) !== 'README.md').map((path): BilanFile => {
		const parts = relative(join(contentDir, BILANS_FOLDER), path).replace(/\\/g, '/').split('/');
		return { file: rel(path), yearFolder: parts.length === 2 ? parts[0]! : '', slug: parts.at(-1)!.replace(/\.mdx$/, ''), ...readFrontmatter(path) };
	});

	const lockPath = join(contentDir, LOCK_FILE);
	let lock: EditionLock = {};
	let lockError: string | undefined;
	if (existsSync(lockPath)) {
		try {
			lock = JSON.parse(readFileSync(lockPath, 'utf8')) as EditionLock;
		} catch (error) {
			lockError = (error as Error).message;
		}
	}

	return { root: projectRoot, editions, bilans, registers, horsRegistre, texts, lock, lockError };
}

/**
 * The entity an id designates, as contributors write it: `S1.4`, `1.1`, `P1.2`, or
 * `<collection>/<dossier>` for any type (`srfss/2`, `ambitions/1`); undefined when no living file has it.
 */
export function resolveEntity(root: string, id: string): { collection: EntityCollection; slug: string } | undefined {
	const [first, second] = id.split('/');
	const candidates: { collection: EntityCollection; slug: string }[] =
		second !== undefined && (ENTITY_COLLECTIONS as string[]).includes(first!)
			? [{ collection: first as EntityCollection, slug: second }]
			: [
					{ collection: 'fiches', slug: idToSlug(id) },
					{ collection: 'engagements', slug: idToSlug(id) },
				];
	return candidates.find(({ collection, slug }) => existsSync(join(root, 'src', 'content', ENTITY_TYPES[collection].folder, slug, LIVING_FILE)));
}
