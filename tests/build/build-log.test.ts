import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { EDITIONS_SITE } from '../helpers/editions-site';
import { BUILD_LOG, copyBuildLog, ROOT } from '../helpers/site';

/**
 * A warning line, whoever prints it: Astro and its integrations (`[WARN]`), Vite and Rolldown
 * (through Astro's logger), Node (`(node:…) Warning`, `ExperimentalWarning`), npm (`npm warn`).
 */
const WARNING = /\[WARN\]|\bwarn(ing)?\b/i;

const logOf = (file: string) => {
	if (!existsSync(file)) throw new Error(`Journal de construction absent : ${file} (il est écrit par la construction du réglage global, sans SKIP_BUILD=1)`);
	// Colours are Astro's own; a message is the same without them.
	return readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
};

describe.each([
	{ site: 'the real site', log: BUILD_LOG },
	{ site: 'the editions fixture site (replaced editions, their search index)', log: copyBuildLog(EDITIONS_SITE) },
])('the build of $site prints no warning', ({ log }) => {
	test('the log is a whole build', () => {
		const text = logOf(log);
		expect(text).toMatch(/fichiers de contenu vérifiés, aucun problème/);
		expect(text).toMatch(/\[build\] Complete!/);
	});

	test('no line of it is a warning', () => {
		expect(logOf(log).split('\n').filter((line) => WARNING.test(line))).toEqual([]);
	});

	test('the content check runs once', () => {
		expect(logOf(log).match(/fichiers de contenu vérifiés/g)).toHaveLength(1);
	});
});

test('`npm run build` is `astro build` alone: the check it runs is the build’s own, once', () => {
	const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
	expect(scripts.build).toBe('astro build');
	expect(scripts.check).toBe('tsx scripts/check.ts');
});
