/**
 * What `graph=` shows while its file downloads and is checked: plain DOM, written before React or
 * i18next load (the shell's code loads alongside), replaced when the app mounts over #root.
 */
import { notice as arNotice } from '../i18n/locales/ar.json';
import { notice as enNotice } from '../i18n/locales/en.json';

type Strings = typeof enNotice;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function showLoading(root: HTMLElement, url: string, lang: string | null) {
  const ar = lang === 'ar';
  const strings: Strings = ar ? arNotice : enNotice;
  const box = document.createElement('div');
  box.className = 'fl-loading';
  box.lang = ar ? 'ar' : 'en';
  box.dir = ar ? 'rtl' : 'ltr';
  box.dataset.testid = 'graph-loading';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const bar = document.createElement('progress');
  const cancel = document.createElement('a');
  // Leaving is always possible: the same view without the file, i.e. the default graph.
  const without = new URL(location.href);
  without.searchParams.delete('graph');
  cancel.href = without.toString();
  cancel.textContent = strings.cancel;
  box.append(status, bar, cancel);
  root.replaceChildren(box);

  // The address is data: it sits in its own isolated element, never inside our sentence's text.
  const say = (template: string, values: Record<string, string> = {}) => {
    const [before = '', after = ''] = fill(template, { ...values, url: '\u0000' }).split('\u0000');
    const address = document.createElement('bdi');
    address.textContent = url;
    status.replaceChildren(before, address, after);
  };
  say(strings.loading);
  return {
    progress(received: number, total: number | null) {
      if (total) {
        bar.max = total;
        bar.value = received;
        say(strings.loadingProgress, { received: mb(received), total: mb(total) });
      } else say(strings.loadingReceived, { received: mb(received) });
    },
    checked() {
      bar.removeAttribute('value');
      say(strings.checking);
    },
  };
}
