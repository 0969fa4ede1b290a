// The cookie banner and the preference centre: plain DOM over the headless consent client
// (see consent-port.ts). Accept and reject are one click each and look the same (EDPB
// Guidelines 03/2022 on deceptive design patterns); nothing but strictly necessary purposes is
// on before a choice; the preference centre is reachable from every page ("Cookie settings").
import type { ConsentPort, Purpose } from './consent-port.js';
import { element, humanise } from './format.js';

type Choice = 'granted' | 'denied';

/** Purposes the person chooses about (consent is their legal basis and they are not essential). */
export function choosablePurposes(port: ConsentPort): readonly Purpose[] {
  return port.purposes.filter((purpose) => !purpose.essential && purpose.legalBasis === 'consent');
}

/** True when a purpose is held off by the browser's Global Privacy Control signal. */
function blockedByGpc(port: ConsentPort, purpose: Purpose): boolean {
  return port.gpc && purpose.saleOrSharing === true;
}

/** Every choosable purpose set to `choice`, except sale or sharing under GPC (always denied). */
function allChoices(port: ConsentPort, choice: Choice): Record<string, Choice> {
  return Object.fromEntries(
    choosablePurposes(port).map((purpose) => [
      purpose.id,
      blockedByGpc(port, purpose) ? 'denied' : choice,
    ]),
  );
}

const BASIS_TEXT: Readonly<Record<string, string>> = {
  consent: 'Only with your consent',
  contract: 'Needed for our contract with you',
  'legitimate-interests': 'Our legitimate interest',
  'legal-obligation': 'Required by law',
};

function titleOf(purpose: Purpose): string {
  return purpose.title ?? humanise(purpose.id);
}

function listOfTitles(purposes: readonly Purpose[]): string {
  const titles = purposes.map((purpose) => titleOf(purpose).toLowerCase());
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

/** Shows a short confirmation that screen readers announce. */
export function toast(text: string): void {
  let region = document.getElementById('toast');
  if (!region) {
    region = element('div', {
      className: 'toast',
      attributes: { id: 'toast', role: 'status', 'aria-live': 'polite' },
    });
    document.body.append(region);
  }
  region.textContent = text;
  region.classList.add('visible');
  window.setTimeout(() => region?.classList.remove('visible'), 4000);
}

/**
 * Renders the purpose switches into `list` and returns a function reading the chosen values.
 * `prefix` keeps ids unique when the dialog and an inline panel are on one page.
 */
function renderPurposes(
  port: ConsentPort,
  list: HTMLElement,
  prefix: string,
): () => Record<string, Choice> {
  list.replaceChildren();
  const inputs = new Map<string, HTMLInputElement>();
  for (const purpose of port.purposes) {
    const id = `${prefix}-${purpose.id}`;
    const choosable = !purpose.essential && purpose.legalBasis === 'consent';
    const gpcOff = blockedByGpc(port, purpose);
    const input = element('input', {
      attributes: {
        type: 'checkbox',
        role: 'switch',
        id,
        name: purpose.id,
        'aria-describedby': `${id}-description`,
      },
    });
    input.checked = choosable ? !gpcOff && port.granted(purpose.id) : true;
    input.disabled = !choosable || gpcOff;
    const stateText = element('span', { attributes: { 'aria-hidden': 'true' } });
    const sync = () => {
      stateText.textContent = input.checked ? 'On' : 'Off';
    };
    input.addEventListener('change', sync);
    sync();
    if (choosable && !gpcOff) inputs.set(purpose.id, input);

    const badges: HTMLElement[] = [];
    if (!choosable) badges.push(element('span', { className: 'badge', text: 'Always on' }));
    if (gpcOff) {
      badges.push(
        element('span', { className: 'badge badge-ok', text: 'Off: Global Privacy Control' }),
      );
    }
    const meta = [BASIS_TEXT[purpose.legalBasis] ?? purpose.legalBasis];
    if (purpose.saleOrSharing) meta.push('Shared with advertising partners');
    if (purpose.consentMode && purpose.consentMode.length > 0) {
      meta.push(`Google Consent Mode: ${purpose.consentMode.join(', ')}`);
    }
    list.append(
      element('li', { className: 'purpose' }, [
        element('label', { className: 'purpose-title', attributes: { for: id } }, [
          titleOf(purpose),
          ...badges,
        ]),
        element('span', { className: 'switch' }, [input, stateText]),
        element('p', {
          className: 'purpose-description',
          text:
            purpose.description ??
            (purpose.essential ? 'Strictly necessary for Workpex to work.' : ''),
          attributes: { id: `${id}-description` },
        }),
        element('p', { className: 'purpose-meta', text: meta.join(' · ') }),
      ]),
    );
  }
  return () => {
    const choices = allChoices(port, 'denied');
    for (const [purpose, input] of inputs) choices[purpose] = input.checked ? 'granted' : 'denied';
    return choices;
  };
}

function consentIdLine(port: ConsentPort): HTMLElement {
  return element('p', { className: 'consent-id' }, [
    'Your consent ID: ',
    element('span', {
      className: 'mono',
      text: port.subject,
      attributes: { 'data-consent-id': '' },
    }),
    '. Quote it if you contact us about your choices.',
  ]);
}

/** Mounts the banner (when no choice is recorded) and the preference centre dialog. */
export function mountConsentUi(port: ConsentPort): { openPreferences(): void } {
  const dialog = buildDialog(port);
  document.body.append(dialog.element);
  const banner = buildBanner(port, () => dialog.open());
  if (!port.decided) {
    // First in the tab order (after the skip link) so keyboard users meet it straight away.
    const skip = document.querySelector('.skip-link');
    if (skip) skip.after(banner.element);
    else document.body.prepend(banner.element);
  }
  for (const trigger of Array.from(document.querySelectorAll('[data-open-preferences]'))) {
    trigger.addEventListener('click', () => dialog.open());
  }
  port.onChange(() => {
    if (port.decided) banner.close();
  });
  return { openPreferences: () => dialog.open() };
}

function buildBanner(port: ConsentPort, customise: () => void) {
  const optional = choosablePurposes(port);
  const gpcNote = element('p', {
    className: 'gpc-note',
    text: 'Your browser sent a Global Privacy Control signal, so we will not sell or share your data.',
  });
  gpcNote.hidden = !port.gpc;
  const save = async (choice: Choice, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      await port.save(allChoices(port, choice), 'banner');
      close();
      toast(choice === 'granted' ? 'Thanks, your choices are saved.' : 'Only necessary cookies.');
    } catch {
      toast('We could not save your choice. Please try again.');
    } finally {
      button.disabled = false;
    }
  };
  const accept = element('button', {
    className: 'button button-choice',
    text: 'Accept all',
    attributes: { type: 'button', 'data-consent-action': 'accept' },
  });
  const reject = element('button', {
    className: 'button button-choice',
    text: 'Reject all',
    attributes: { type: 'button', 'data-consent-action': 'reject' },
  });
  const manage = element('button', {
    className: 'button button-secondary',
    text: 'Manage choices',
    attributes: { type: 'button', 'data-consent-action': 'manage' },
  });
  accept.addEventListener('click', () => save('granted', accept));
  reject.addEventListener('click', () => save('denied', reject));
  manage.addEventListener('click', customise);
  const root = element(
    'section',
    { className: 'consent-banner', attributes: { 'aria-labelledby': 'consent-title' } },
    [
      element('div', { className: 'consent-banner-inner' }, [
        element('div', {}, [
          element('h2', { text: 'Your privacy on Workpex', attributes: { id: 'consent-title' } }),
          element('p', {}, [
            `We use strictly necessary cookies to run Workpex. With your permission we would also use ${
              optional.length > 0 ? listOfTitles(optional) : 'optional'
            } cookies. Nothing optional is switched on until you choose, and you can change your mind in `,
            element('a', { text: 'the privacy centre', attributes: { href: './privacy.html' } }),
            '.',
          ]),
          gpcNote,
        ]),
        element('div', { className: 'consent-actions' }, [accept, reject, manage]),
      ]),
    ],
  );
  root.dataset.consentBanner = '';
  const close = () => {
    if (!root.isConnected) return;
    const hadFocus = root.contains(document.activeElement);
    root.remove();
    if (hadFocus) {
      const main = document.querySelector<HTMLElement>('main');
      main?.setAttribute('tabindex', '-1');
      main?.focus();
    }
  };
  return { element: root, close };
}

function buildDialog(port: ConsentPort) {
  const dialog = element('dialog', {
    className: 'preferences',
    attributes: { 'aria-labelledby': 'preferences-title', 'data-preferences': '' },
  });
  const list = element('ul', { className: 'purpose-list' });
  let read = renderPurposes(port, list, 'pc');
  const close = element('button', {
    className: 'icon-button',
    attributes: { type: 'button', 'aria-label': 'Close' },
  });
  close.innerHTML =
    '<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  close.addEventListener('click', () => dialog.close());
  // Focus returns to the opener; when that was the banner, now gone, it goes to the page.
  dialog.addEventListener('close', () => {
    window.setTimeout(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const main = document.querySelector<HTMLElement>('main');
      main?.setAttribute('tabindex', '-1');
      main?.focus();
    });
  });
  const finish = async (choices: Record<string, Choice>) => {
    try {
      await port.save(choices, 'preference-centre');
      dialog.close();
      toast('Your choices are saved.');
    } catch {
      toast('We could not save your choices. Please try again.');
    }
  };
  const button = (text: string, className: string, onClick: () => void) => {
    const node = element('button', {
      className,
      text,
      attributes: { type: 'button', 'data-preferences-action': text },
    });
    node.addEventListener('click', onClick);
    return node;
  };
  dialog.append(
    element('div', { className: 'preferences-form' }, [
      element('div', { className: 'preferences-head' }, [
        element('div', {}, [
          element('h2', { text: 'Privacy preferences', attributes: { id: 'preferences-title' } }),
          element('p', {
            text: 'Choose what Workpex may use your data for. You can change this at any time; it applies from now on.',
          }),
        ]),
        close,
      ]),
      element('div', { className: 'preferences-body' }, [list, consentIdLine(port)]),
      element('div', { className: 'preferences-foot' }, [
        button('Reject all', 'button button-secondary', () => finish(allChoices(port, 'denied'))),
        button('Accept all', 'button button-secondary', () => finish(allChoices(port, 'granted'))),
        button('Save choices', 'button button-primary', () => finish(read())),
      ]),
    ]),
  );
  return {
    element: dialog,
    open() {
      read = renderPurposes(port, list, 'pc');
      dialog.showModal();
    },
  };
}

/** The preference centre embedded in a page (the privacy centre's "Cookie preferences"). */
export function mountInlinePreferences(port: ConsentPort, container: HTMLElement): void {
  const list = element('ul', { className: 'purpose-list' });
  const status = element('p', {
    className: 'hint',
    attributes: { role: 'status', 'aria-live': 'polite' },
  });
  const save = element('button', {
    className: 'button button-primary',
    text: 'Save choices',
    attributes: { type: 'button', 'data-inline-save': '' },
  });
  let read = renderPurposes(port, list, 'inline');
  const summary = () =>
    port.decided ? 'Your choices are saved on this device and with Workpex.' : 'No choice yet.';
  status.textContent = summary();
  save.addEventListener('click', async () => {
    save.disabled = true;
    try {
      await port.save(read(), 'preference-centre');
      status.textContent = 'Saved. Your new choices apply from now on.';
    } catch {
      status.textContent = 'We could not save your choices. Please try again.';
    } finally {
      save.disabled = false;
    }
  });
  port.onChange(() => {
    read = renderPurposes(port, list, 'inline');
  });
  container.replaceChildren(
    list,
    element('div', { className: 'form-actions' }, [save, status]),
    consentIdLine(port),
  );
}
