/**
 * The whole check of a project's content, shared by `npm run check` and the build (one run per
 * build: the build's integration is the check): every content file (content/check.ts), then, in
 * a git checkout, the living files whose edition year changed since the base without the replaced
 * edition being frozen (a revision made in the web editor).
 */
import { checkContent, type CheckResult } from '../content/check';
import { readContentTree } from '../content/tree';
import { gitBase, missingFreezes, RevisionRefused } from './revision';

/**
 * `depuis`: the git reference to compare the living files with; HEAD (the uncommitted changes)
 * when absent, and then a folder outside git, or a repository without commits, is checked on its
 * own. An explicit reference must be usable: RevisionRefused says why not.
 */
export function checkProject(root: string, depuis?: string): CheckResult {
	const result = checkContent(readContentTree(root));
	try {
		const reported = new Set(result.issues.map((i) => `${i.file}#${i.field}`));
		result.issues.push(...missingFreezes(root, gitBase(root, depuis ?? 'HEAD')).filter((i) => !reported.has(`${i.file}#${i.field}`)));
	} catch (error) {
		if (!(error instanceof RevisionRefused) || depuis !== undefined) throw error;
	}
	return result;
}
