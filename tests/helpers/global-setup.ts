import { rmSync } from 'node:fs';
import { EDITIONS_SITE, editionsSite } from './editions-site';
import { SCRATCH } from './fixture-tree';
import { BUILD_LOG, buildLogged, ROOT } from './site';

/** Builds the real site once for the build and browser tests (set SKIP_BUILD=1 to reuse dist/). */
export default function setup() {
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
