import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import type { EditionLock } from './edition-model';
import { ENTITY_COLLECTIONS, REGISTERS, REGISTER_COLLECTIONS, type EntityCollection, type RegisterCollection } from './entities';

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

export interface ContentTree {
	root: string;
	editions: EditionFile[];
	registers: RegisterFile[];
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

	const texts = listFiles(join(contentDir, 'textes')).map((path): TextFile => ({ file: rel(path), ...readFrontmatter(path) }));

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

	return { root: projectRoot, editions, registers, texts, lock, lockError };
}
