import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { testChromium } from './chromium';
import { EDITIONS_SITE, editionsSite } from './editions-site';
import { SCRATCH } from './fixture-tree';
import { BUILD_LOG, buildLogged, ROOT } from './site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The Chromium executable the browser tests launch (tests/helpers/chromium.ts). */
		chromium: string;
	}
}

/**
 * Builds the real site once for the build and browser tests (set SKIP_BUILD=1 to reuse dist/),
 * and chooses the tests' Chromium once, saying which.
 */
export default async function setup(project: TestProject) {
	const chromium = await testChromium();
	console.log(`Navigateur des tests : ${chromium.path} (${chromium.origin})`);
	project.provide('chromium', chromium.path);
	const removeScratch = () => {
		rmSync(SCRATCH, { recursive: true, force: true });
		if (process.env.SKIP_BUILD !== '1') rmSync(EDITIONS_SITE, { recursive: true, force: true });
	};
	if (process.env.SKIP_BUILD !== '1') {
		console.log(`Construction du site (journal : ${BUILD_LOG})…`);
		buildLogged(ROOT, BUILD_LOG);
	}
	// The editions fixture site (a revised copy of the contract), for the edition and quality tests.
	if (process.env.SKIP_BUILD !== '1') rmSync(EDITIONS_SITE, { recursive: true, force: true });
	editionsSite();
	return removeScratch;
}
