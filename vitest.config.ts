import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/helpers/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Browser tests and the site build share two cores: keep files sequential and predictable.
		fileParallelism: false,
	},
});
