import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '..', '..', 'src', 'lib');

/** Which domains each domain of src/lib may import (its README says the same). */
const MAY_IMPORT: Record<string, string[]> = {
	content: [],
	editions: ['content'],
	views: ['content'],
	editor: ['content'],
	data: ['content'],
	forge: ['content'],
	'follow-up': ['content'],
};

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

/** Every relative import of every module of src/lib, resolved to a path relative to src/lib. */
function importGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sources(LIB)) {
		const text = readFileSync(file, 'utf8');
		const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => relative(LIB, resolve(dirname(file), m[1]!)).replace(/\.ts$/, '') + '.ts');
		graph.set(relative(LIB, file), targets.filter((t) => !t.startsWith('..')));
	}
	return graph;
}

describe('src/lib is laid out by domain', () => {
	const graph = importGraph();
	const domainOf = (path: string) => path.split('/')[0]!;

	it('holds one folder per domain and no loose module', () => {
		expect(readdirSync(LIB, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()).toEqual(Object.keys(MAY_IMPORT).sort());
		expect([...graph.keys()].filter((f) => !f.includes('/'))).toEqual([]);
	});

	it('imports run one way between domains', () => {
		const wrong = [...graph].flatMap(([file, targets]) =>
			targets.filter((t) => domainOf(t) !== domainOf(file) && !MAY_IMPORT[domainOf(file)]!.includes(domainOf(t))).map((t) => `${file} → ${t}`),
		);
		expect(wrong).toEqual([]);
	});

	it('no module imports one that imports it back, directly or through others', () => {
		const circles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'open');
			for (const t of graph.get(file) ?? []) visit(t, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of graph.keys()) visit(file, []);
		expect(circles).toEqual([]);
	});
});
