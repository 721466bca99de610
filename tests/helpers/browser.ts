import AxeBuilder from '@axe-core/playwright';
import { preview } from 'astro';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ROOT } from './site';

/** The WCAG 2.1 A/AA and RGAA 4 rules French public sites owe. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'];

/** A headless Chromium (chosen by the global setup: tests/helpers/chromium.ts) that asks nothing of the network by itself. */
export const launchChromium = () =>
	chromium.launch({
		executablePath: inject('chromium'),
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});

/** Serves the built site on loopback and opens a headless Chromium against it. */
export async function openSite(root = ROOT): Promise<{ baseUrl: string; browser: Browser; close: () => Promise<void> }> {
	const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
	const baseUrl = `http://127.0.0.1:${server.port}`;
	const browser = await launchChromium();
	return {
		baseUrl,
		browser,
		close: async () => {
			await browser.close();
			await server.stop();
		},
	};
}

/** Runs axe on the page and returns its violations as readable lines (empty when the page passes). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return violations.map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A loopback port nobody listens on, for a server a test starts. */
export const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
