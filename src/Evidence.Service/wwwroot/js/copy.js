// Copy buttons: the Clipboard API where the page may use it, else a selected textarea and execCommand.
import { h } from './dom.js';

export async function copyText(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch { /* permission refused or insecure context: fall back */ }
  const area = h('textarea', { class: 'copy-buffer', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
  area.value = text;
  document.body.append(area);
  area.select();
  let copied = false;
  try { copied = document.execCommand('copy'); } catch { copied = false; }
  area.remove();
  return copied;
}

/** A Copy button with its own live status ("Copied") beside it. getText may return a promise. */
export function copyButton(label, getText) {
  const status = h('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button',
    class: 'copy',
    'aria-label': label,
    onclick: async () => {
      status.textContent = '';
      const copied = await copyText(await getText());
      const message = copied ? 'Copied' : 'Copy failed: select the text and copy it by hand';
      status.textContent = message;
      setTimeout(() => { if (status.textContent === message) status.textContent = ''; }, 4000);
    },
  }, 'Copy');
  return h('span', { class: 'copy-group' }, button, status);
}
