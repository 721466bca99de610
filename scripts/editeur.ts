/**
 * The web editor on this machine: Decap's local proxy (decap-server, which writes the files of this
 * working copy) and the development server, together. Usage: npm run editeur
 * Then open http://127.0.0.1:4321/admin/ and click « Se connecter »: no GitHub account is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const PROXY_PORT = '8081'; // the port of `local_backend` in the editor's configuration (src/lib/cms-config.ts)

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
start('decap-server', bin('decap-server'), [], { PORT: PROXY_PORT, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root });
start('astro dev', bin('astro'), ['dev', '--host', '127.0.0.1', '--port', '4321']);
console.log('\nÉditeur des fiches : http://127.0.0.1:4321/admin/ — cliquez « Se connecter » (aucun compte n’est demandé en local).');
console.log('Chaque enregistrement modifie le fichier dans cette copie de travail ; vérifiez avec « npm run check », puis proposez la modification (git).');
console.log('Arrêt : Ctrl+C.\n');

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
