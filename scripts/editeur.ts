/**
 * The web editor on this machine: Decap's local proxy (decap-server, which writes the files of this
 * working copy) and the development server, together. Usage: npm run editeur
 * Then open http://127.0.0.1:4321/admin/ and click « Se connecter »: no GitHub account is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { settingsFromEnv } from '../src/lib/editor/config';

const root = resolve('.');
// The proxy listens where the editor's configuration looks for it (`local_backend`, 127.0.0.1:8081
// unless CPRDFOP_EDITEUR_LOCAL says otherwise); the site's port can be changed with PORT.
const proxyPort = new URL(settingsFromEnv(process.env, '/').localBackendUrl).port || '80';
const sitePort = process.env.PORT || '4321';

const children: ChildProcess[] = [];
let stopping = false;
const stop = (code = 0) => {
	if (stopping) return;
	stopping = true;
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
};

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	child.on('exit', (code) => {
		if (!stopping) console.error(`${name} s’est arrêté (code ${code}) : arrêt de l’éditeur.`);
		stop(code ?? 1);
	});
	children.push(child);
}

// File-system mode: a save writes the file in this working copy, to be committed and proposed as usual.
// npm run puts the project's node_modules/.bin on the PATH.
start('decap-server', 'decap-server', [], { PORT: proxyPort, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root });
start('astro dev', 'astro', ['dev', '--host', '127.0.0.1', '--port', sitePort]);
console.log(`\nÉditeur des fiches : http://127.0.0.1:${sitePort}/admin/ — cliquez « Se connecter » (aucun compte n’est demandé en local).`);
console.log('Chaque enregistrement modifie le fichier dans cette copie de travail ; vérifiez avec « npm run check », puis proposez la modification (git).');
console.log('Arrêt : Ctrl+C.\n');

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
