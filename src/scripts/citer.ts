/**
 * « Citer » buttons: copy the item's citation to the clipboard and say so in a live region. Where
 * the clipboard is refused (an insecure context, a browser setting), the citation is shown next to
 * the button, selected, for the reader to copy by hand.
 */
export function enableCitations() {
	const buttons = document.querySelectorAll<HTMLButtonElement>('button.citer[data-citation]');
	if (buttons.length === 0) return;
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	status.className = 'sr-only';
	document.body.append(status);
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const text = button.dataset.citation!;
			try {
				await navigator.clipboard.writeText(text);
				status.textContent = `Citation copiée : ${text}`;
			} catch {
				let shown = button.nextElementSibling;
				if (!(shown instanceof HTMLInputElement)) {
					shown = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: text, className: 'citation-texte' });
					(shown as HTMLInputElement).setAttribute('aria-label', 'Citation à copier');
					button.after(shown);
				}
				(shown as HTMLInputElement).select();
				status.textContent = 'Copie impossible ici : la citation est affichée et sélectionnée, copiez-la avec Ctrl+C.';
			}
		});
	}
}
