/** Prints how much of the signed text the built site carries, per Partie, with the least-covered source lines. Usage: npm run build && npm run fidelite [-- <nombre de lignes>] */
import { readFileSync } from 'node:fs';
import { formatCoverage, measureSite } from '../src/lib/content/fidelity';

const worst = Number(process.argv[2] ?? 8);
// Measure dist/ against the copy of the source kept in the repository.
const parties = await measureSite('dist', readFileSync('sources/cprdfop-hauts-de-france-2022-2028.txt', 'utf8'));
console.log(formatCoverage(parties.map((p) => ({ ...p, worstLines: p.worstLines.slice(0, worst) })), worst));
