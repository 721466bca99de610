/**
 * « Last updated » dates from git: the only thing git adds to the editions, which come from the
 * content tree alone. Without git (a tarball, a shallow CI clone without history) pages just omit
 * the date.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

/** The date of the last commit that touched each content file, from one `git log` pass. */
function commitDates(): Map<string, Date> {
	if (cache) return cache;
	cache = new Map();
	try {
		const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', 'src/content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
		let date: Date | undefined;
		for (const line of log.split('\n')) {
			if (line.startsWith('@')) date = new Date(line.slice(1));
			else if (line && date && !cache.has(line)) cache.set(line, date);
		}
	} catch {
		// Not a git checkout: no dates.
	}
	return cache;
}

/** When the file (path relative to the project root) was last changed in git, if known. */
export const lastCommitDate = (file: string): Date | undefined => commitDates().get(file.replace(/\\/g, '/'));
