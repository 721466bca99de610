import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { readContentTree } from '../../src/lib/content/tree';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valide');

/**
 * Every temporary tree of a test run lives here; the global setup removes it when the run ends.
 * One folder per checkout: another checkout's run on the same machine, ending, must not remove this one's trees.
 */
export const SCRATCH = join(tmpdir(), `cprdfop-tests-${createHash('sha256').update(join(import.meta.dirname, '..', '..')).digest('hex').slice(0, 12)}`);
mkdirSync(SCRATCH, { recursive: true });

/** An edit of one file of the tree: new text, a function of the old text, or null to delete it. */
export type Edit = string | ((text: string) => string) | null;

/** Copies a content tree to a temporary folder and applies the edits (paths relative to src/content). */
export function editedTree(edits: Record<string, Edit>, source = VALID_FIXTURE): string {
	const root = mkdtempSync(join(SCRATCH, 'arbre-'));
	cpSync(join(source, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(root, 'src', 'content', file);
		if (edit === null) {
			rmSync(path);
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		const before = (() => {
			try {
				return readFileSync(path, 'utf8');
			} catch {
				return '';
			}
		})();
		writeFileSync(path, typeof edit === 'function' ? edit(before) : edit);
	}
	return root;
}

/** Checks an edited copy of the valid fixture. */
export const checkEdited = (edits: Record<string, Edit>) => checkContent(readContentTree(editedTree(edits)));
