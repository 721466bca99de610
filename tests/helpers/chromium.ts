import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './site';

/** Debian's Chromium, where a machine has it (`apt-get install chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface TestChromium {
	/** The executable the browser tests launch. */
	path: string;
	/** Where it comes from, in French, for the line a run prints. */
	origin: string;
}

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` if set, else Debian's Chromium if the
 * machine has it, else the one shipped inside the `@sparticuz/chromium` npm package, so that
 * `npm install && npm test` needs nothing installed by hand. `CHROMIUM_NPM=1` skips Debian's,
 * to run the tests as on a machine without it.
 */
export async function testChromium(env = process.env): Promise<TestChromium> {
	if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, origin: 'indiqué par CHROMIUM_PATH' };
	if (env.CHROMIUM_NPM !== '1' && existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, origin: 'Chromium du système' };
	const { version, path } = await unpackNpmChromium();
	return { path, origin: `paquet npm @sparticuz/chromium ${version}` };
}

/**
 * Unpacks the package's Chromium (brotli archives) once per package version under
 * node_modules/.cache/. The package unpacks into the temporary directory and reuses whatever
 * `chromium` it finds there, whatever its version: it is pointed at a folder of our own, filled
 * under another name and renamed when complete, so that an interrupted run leaves no half binary.
 */
async function unpackNpmChromium(): Promise<{ version: string; path: string }> {
	const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
	const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
	const dir = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
	const path = join(dir, 'chromium');
	if (existsSync(path)) return { version, path };
	const partial = `${dir}.partiel-${process.pid}`;
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	const { default: chromium } = await import('@sparticuz/chromium');
	// The package reads the temporary directory (os.tmpdir(), so TMPDIR) when the call starts.
	const tmpdir = process.env.TMPDIR;
	process.env.TMPDIR = partial;
	let unpacked: Promise<string>;
	try {
		unpacked = chromium.executablePath();
	} finally {
		if (tmpdir === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = tmpdir;
	}
	if ((await unpacked) !== join(partial, 'chromium')) throw new Error(`Chromium de @sparticuz/chromium décompressé ailleurs que dans ${partial}`);
	// Another run may have finished first: keep its copy, which a test may be running.
	if (existsSync(path)) rmSync(partial, { recursive: true, force: true });
	else {
		rmSync(dir, { recursive: true, force: true });
		renameSync(partial, dir);
	}
	return { version, path };
}
