/**
 * `npm install && npm test` needs nothing installed by hand: the browser tests find a Chromium
 * in this order, CHROMIUM_PATH, the system's, the one shipped in an npm package.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SYSTEM_CHROMIUM, testChromium } from '../helpers/chromium';
import { ROOT } from '../helpers/site';

describe('the Chromium of the browser tests', () => {
	test('CHROMIUM_PATH wins over every other', async () => {
		expect(await testChromium({ CHROMIUM_PATH: '/opt/chrome/chrome', CHROMIUM_NPM: '1' })).toEqual({ path: '/opt/chrome/chrome', origin: 'indiqué par CHROMIUM_PATH' });
	});

	test('then the system’s Chromium where the machine has it', async () => {
		const chosen = await testChromium({});
		if (existsSync(SYSTEM_CHROMIUM)) expect(chosen).toEqual({ path: SYSTEM_CHROMIUM, origin: 'Chromium du système' });
		else expect(chosen.origin).toMatch(/^paquet npm @sparticuz\/chromium /);
	});

	test('else (or with CHROMIUM_NPM=1) the one shipped in the @sparticuz/chromium npm package, unpacked under node_modules/.cache', async () => {
		const { path, origin } = await testChromium({ CHROMIUM_NPM: '1' });
		const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')) as { version: string };
		expect(origin).toBe(`paquet npm @sparticuz/chromium ${version}`);
		expect(path).toBe(join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`, 'chromium'));
		accessSync(path, constants.X_OK);
	});

	test('CI installs nothing outside npm before the README’s commands', () => {
		const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
		expect(ci).not.toMatch(/\bapt(-get)?\b|\bdpkg\b/);
		expect(ci).toMatch(/^npm ci\b/m);
		expect(ci).toMatch(/^npm test$/m);
	});
});
