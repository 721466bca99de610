/**
 * Every built page is valid HTML for the Nu Html Checker (the W3C's validator, from the
 * `vnu-jar` npm package, run with the machine's Java): the real site and the revised fixture
 * site, whose comparison pages carry <ins>/<del> markup. One Java run checks both (about 15 s
 * per site on two cores).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';
import { editionsSite } from '../helpers/editions-site';
import { DIST } from '../helpers/site';

interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	message: string;
	extract?: string;
	lastLine?: number;
}

/**
 * The one accepted message: Starlight puts `aria-hidden` on the two inline scripts of its
 * sidebar (SidebarPersister.astro), on purpose, so that VoiceOver does not read them.
 */
const ACCEPTED = 'The “aria-hidden” attribute must not be specified on the “script” element.';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const SITES = { 'site réel': DIST, 'site de test révisé': '' };
let messages: NuMessage[] = [];

beforeAll(async () => {
	SITES['site de test révisé'] = join(editionsSite(), 'dist');
	const args = ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...Object.values(SITES)];
	// The checker exits 1 when it reports an error; its JSON goes to stderr either way.
	const run = await promisify(execFile)('java', args, { maxBuffer: 256 * 1024 * 1024 }).catch((error: { stderr?: string; message: string }) => {
		if (!error.stderr?.trimStart().startsWith('{')) throw new Error(`Le validateur Nu Html Checker n’a pas pu tourner (java ${args.join(' ')}) : ${error.message}`);
		return { stderr: error.stderr };
	});
	messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}, 300_000);

/** The site and page a message is about, as `site réel /fiches/s1-1/`. */
function pageOf(url: string): string {
	const file = fileURLToPath(url);
	for (const [site, dist] of Object.entries(SITES)) {
		const path = relative(dist, file);
		if (!path.startsWith('..')) return `${site} /${path.replace(/index\.html$/, '')}`;
	}
	return file;
}

test('the checker read every built page of both sites', () => {
	// A non-document message (a file it could not read) would say the run did not check a page.
	expect(messages.filter((m) => m.type === 'non-document-error').map((m) => `${m.url} : ${m.message}`)).toEqual([]);
	// It ran: the accepted message is on every page that has Starlight's sidebar.
	expect(messages.filter((m) => m.message === ACCEPTED).length).toBeGreaterThan(300);
});

test('every built page is valid HTML (Nu Html Checker), save Starlight’s aria-hidden on its own scripts', () => {
	// One line per page and message, with how often and where first, so a failure says what to fix.
	const found = new Map<string, { count: number; first: NuMessage }>();
	for (const m of messages) {
		if (m.message === ACCEPTED) continue;
		const key = `${pageOf(m.url)} : ${m.message}`;
		const seen = found.get(key);
		if (seen) seen.count++;
		else found.set(key, { count: 1, first: m });
	}
	const report = [...found].map(([key, { count, first }]) => `${key} (×${count} ; ligne ${first.lastLine ?? '?'} : ${JSON.stringify(first.extract ?? '')})`);
	expect(report).toEqual([]);
});
