/**
 * Writes the year's bilan of a sheet or an engagement, pre-filled from the edition in force that year.
 * Usage: npm run bilan -- <id> <année> [--par <clé>[,<clé>…]] [--le AAAA-MM-JJ]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BilanRefused, writeBilan } from '../src/lib/follow-up/scaffold';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { par: { type: 'string' }, le: { type: 'string' }, racine: { type: 'string' } } });
const [id, annee] = positionals;
if (!id || !annee) {
	console.error(['Usage : npm run bilan -- <identifiant> <année> [--par <clé>[,<clé>…]] [--le AAAA-MM-JJ]', 'Exemple : npm run bilan -- S1.4 2024'].join('\n'));
	process.exit(2);
}
try {
	const { file, toFill } = writeBilan(resolve(values.racine ?? '.'), {
		id,
		year: Number(annee),
		...(values.par && { par: values.par.split(',').map((k) => k.trim()) }),
		le: values.le ?? new Date().toISOString().slice(0, 10),
	});
	console.log(`✓ Bilan ${annee} de ${id} ouvert dans ${file}.`);
	console.log(`  À renseigner : le statut de ${toFill} élément${toFill > 1 ? 's' : ''} (« statut: a-renseigner »), puis les réussites, difficultés et indicateurs utiles.`);
	console.log('  Ensuite : npm run check (tant qu’un statut reste à renseigner, elle le signale), puis proposez le bilan par une demande de fusion.');
} catch (error) {
	if (!(error instanceof BilanRefused)) throw error;
	console.error(`✗ Bilan refusé, rien n’a été écrit : ${error.message}`);
	process.exit(1);
}
