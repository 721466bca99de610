import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site';

/** CONTRIBUTING.md, which the tests follow literally. */
export const GUIDE = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The lines of a text's code blocks of a language, one array per block, comments and indentation removed. */
export const codeBlocks = (text: string, lang: string) =>
	[...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) =>
		m[1]!
			.split('\n')
			.map((line) => line.replace(/^ {3}/, '').replace(/\s+#.*$/, '').trim())
			.filter(Boolean),
	);
