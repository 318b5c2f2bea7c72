// <nabo-search>: Nabo's search on any site, with two lines:
//   <script type="module" src="https://nabo.example/embed.js"></script>
//   <nabo-search lang="ar" area="dk-0751" key="…"></nabo-search>
// Attributes (changes take effect at once):
//   lang   language of the widget and of the search (default da)
//   area   an area id (e.g. dk-0751); none: the whole directory
//   key    the partner's key (sent with each search)
//   limit  hits shown (default 5, at most 20)
//   base   Nabo's address (default: where this script came from)
// Theme it with CSS custom properties set on the element or any ancestor:
//   --nabo-accent       buttons and links (#0b5cad)
//   --nabo-accent-text  text on the accent (#fff)
//   --nabo-text         text (#1f2328)
//   --nabo-muted        notes and status (#4a5159)
//   --nabo-background   background (#fff)
//   --nabo-border       the search field's border (#6b7280)
//   --nabo-frame        the frame and the lines between hits (#d0d4d9)
//   --nabo-focus        the focus outline (the accent)
//   --nabo-radius       corners (6px)
//   --nabo-font         font family (the page's)
//   --nabo-font-size    base size (1rem)
// The shadow root is open; its parts: root, input, button, hit.
// No dependencies and no eval; server text only ever becomes text nodes; no inline
// handlers; the styles go in as a constructable stylesheet (a <style> element where
// that is missing), so a host page's strict Content-Security-Policy needs only Nabo's
// origin in script-src and connect-src.

const SCRIPT_BASE = new URL('./', import.meta.url).href;
const CSS = `
:host{display:block;max-width:40rem;color:var(--nabo-text,#1f2328);font-family:var(--nabo-font,inherit);font-size:var(--nabo-font-size,1rem);line-height:1.5}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
.nabo{padding:1rem;background:var(--nabo-background,#fff);border:1px solid var(--nabo-frame,#d0d4d9);border-radius:var(--nabo-radius,6px);text-align:start}
label{display:block;font-weight:600;margin:0 0 .25rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem}
input,button{font:inherit;min-height:2.75rem;border-radius:var(--nabo-radius,6px)}
input{flex:1 1 12rem;min-width:0;font-size:max(16px,1em);padding:.4rem .75rem;color:inherit;background:var(--nabo-background,#fff);border:1px solid var(--nabo-border,#6b7280)}
button{flex:0 0 auto;padding:.4rem 1.25rem;font-weight:600;color:var(--nabo-accent-text,#fff);background:var(--nabo-accent,#0b5cad);border:0;cursor:pointer}
button:hover{filter:brightness(1.1)}
:focus-visible{outline:3px solid var(--nabo-focus,var(--nabo-accent,#0b5cad));outline-offset:2px}
a{color:var(--nabo-accent,#0b5cad);text-underline-offset:.15em}
p{margin:.25rem 0}
.status{margin:.75rem 0 0;color:var(--nabo-muted,#4a5159)}
.status:empty{margin:0}
h2{font-size:1.1em;margin:1rem 0 .25rem}
h3{font-size:1em;margin:0}
ol{list-style:none;margin:0;padding:0}
li{padding:.75rem 0;border-top:1px solid var(--nabo-frame,#d0d4d9)}
.note,.addr,.by{color:var(--nabo-muted,#4a5159);font-size:.9em}
.card{display:inline-block;padding:.25rem 0}
.by{margin:.75rem 0 0;text-align:end}
`;

let sheet;
function styles(root) {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      if (!('adoptedStyleSheets' in root)) sheet = null;
    } catch {
      sheet = null;
    }
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.append(el('style', {}, CSS));
}

/** An element with attributes (null ones left out) and children (strings become text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value != null) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// Right-to-left languages of the directory, as the messages answer lists them.
const dirOf = (m, tag) => ((m.rtl || []).includes(tag) ? 'rtl' : 'ltr');

function api(base, path, params) {
  const url = new URL(`api/v1/${path}`, base);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.href;
}

/** JSON of a GET; an HTTP error rejects with its status (the server's text is only logged). */
async function getJSON(url) {
  const response = await fetch(url, { credentials: 'omit' });
  if (response.ok) return response.json();
  const problem = await response.json().catch(() => ({}));
  throw Object.assign(new Error(`${response.status} ${problem.detail || response.statusText}`), { status: response.status });
}

// The messages of each language, fetched once per page ({lang, dir, messages}).
const cache = new Map();
function messages(base, lang) {
  const key = `${base} ${lang}`;
  if (!cache.has(key)) {
    cache.set(key, getJSON(api(base, 'widget/messages', { lang })).catch((error) => {
      if (error.status === 400 && lang !== 'en') {
        console.warn(`nabo-search: lang="${lang}" is not a language of Nabo; showing English`);
        return messages(base, 'en');
      }
      cache.delete(key);
      throw error;
    }));
  }
  return cache.get(key);
}

class NaboSearch extends HTMLElement {
  static observedAttributes = ['lang', 'area', 'key', 'limit', 'base'];
  #ui;
  #seq = 0;
  #query = '';
  #pending = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    styles(root);
    const ui = {
      label: el('label', { for: 'q' }),
      input: el('input', { id: 'q', type: 'search', name: 'q', autocomplete: 'off', enterkeyhint: 'search', part: 'input' }),
      button: el('button', { type: 'submit', part: 'button' }),
      status: el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
      heading: el('h2', { id: 'h' }),
      list: el('ol'),
      by: el('a', { target: '_blank', rel: 'noopener', 'aria-describedby': 'nt' }),
      newTab: el('span', { id: 'nt', hidden: '' }),
    };
    ui.results = el('section', { 'aria-labelledby': 'h', hidden: '' }, ui.heading, ui.list);
    const form = el('form', { role: 'search' }, ui.label, el('div', { class: 'row' }, ui.input, ui.button));
    ui.root = el('div', { class: 'nabo', part: 'root' }, form, ui.status, ui.results, el('p', { class: 'by' }, ui.by), ui.newTab);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search(ui.input.value.trim());
    });
    root.append(ui.root);
    this.#ui = ui;
  }

  connectedCallback() {
    if (!this.#query) this.#changed();
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value) this.#changed();
  }

  get #base() {
    const base = this.getAttribute('base');
    return base ? new URL(base.replace(/\/?$/, '/'), location.href).href : SCRIPT_BASE;
  }

  get #lang() {
    return this.getAttribute('lang') || 'da';
  }

  #messages() {
    return messages(this.#base, this.#lang);
  }

  // Attributes set together (at upgrade, or by a script) make one update.
  #changed() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (!this.isConnected) return;
      if (this.#query) {
        this.#search(this.#query);
        return;
      }
      const seq = ++this.#seq;
      this.#messages().then(
        (m) => seq === this.#seq && this.#apply(m),
        (error) => console.error(`nabo-search: ${error.message}`),
      );
    });
  }

  #apply(m) {
    const { root, label, input, button, heading, by, newTab } = this.#ui;
    const t = (id) => m.messages[`widget-${id}`] || '';
    root.lang = m.lang;
    root.dir = m.dir;
    label.textContent = t('search-label');
    input.placeholder = t('search-placeholder');
    button.textContent = t('search-button');
    heading.textContent = t('results');
    by.textContent = t('powered-by');
    by.href = `${this.#base}${m.lang}/`;
    newTab.textContent = t('new-tab');
  }

  #say(m, id) {
    this.#ui.status.textContent = id ? m.messages[`widget-${id}`] || '' : '';
  }

  async #search(query) {
    this.#query = query;
    const seq = ++this.#seq;
    const { results, list } = this.#ui;
    let m;
    try {
      m = await this.#messages();
      if (seq !== this.#seq) return;
      this.#apply(m);
      if (!query) {
        this.#say(m);
        results.hidden = true;
        return;
      }
      this.#say(m, 'loading');
      list.setAttribute('aria-busy', 'true');
      const limit = Math.min(20, Math.max(1, parseInt(this.getAttribute('limit'), 10) || 5));
      const data = await getJSON(api(this.#base, 'search', {
        q: query, lang: m.lang, area: this.getAttribute('area'), limit, key: this.getAttribute('key'),
      }));
      if (seq !== this.#seq) return;
      list.replaceChildren(...data.hits.map((hit, i) => this.#hit(m, hit, i)));
      results.hidden = !data.hits.length;
      this.#say(m, data.hits.length ? 'results-ready' : 'no-results');
    } catch (error) {
      if (seq !== this.#seq) return;
      console.warn(`nabo-search: ${error.message}`);
      results.hidden = true;
      list.replaceChildren();
      if (m) this.#say(m, error.status === 429 ? 'rate-limited' : 'error');
    } finally {
      if (seq === this.#seq) list.removeAttribute('aria-busy');
    }
  }

  #hit(m, hit, i) {
    const ui = m.lang.toLowerCase();
    const page = `${this.#base}${m.lang}/resources/${encodeURIComponent(hit.id)}`;
    const id = `hit${i}`;
    const summaryLang = hit.summary ? hit.summary_lang || hit.lang : null;
    const shownIn = [...new Set([hit.lang, summaryLang])].filter((tag) => tag && tag.toLowerCase() !== ui);
    const link = (attrs, ...children) => el('a', { target: '_blank', rel: 'noopener', ...attrs }, ...children);
    const item = el('li', { part: 'hit' },
      el('h3', {}, link({ id, class: 'name', href: page, 'aria-describedby': 'nt', lang: hit.lang, dir: dirOf(m, hit.lang) }, hit.name)));
    if (shownIn.length) {
      const names = shownIn.map((tag) => m.messages[`language-${tag.toLowerCase()}`] || tag).join(', ');
      item.append(el('p', { class: 'note' }, (m.messages['widget-shown-in'] || '').replace('{language}', names)));
    }
    if (hit.summary) item.append(el('p', { class: 'summary', lang: summaryLang, dir: dirOf(m, summaryLang) }, hit.summary));
    const a = hit.address;
    const where = a && [a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (where) item.append(el('p', { class: 'addr' }, where));
    item.append(el('p', {}, link({
      class: 'card', href: `${page}/card?for=${encodeURIComponent(m.lang)}`, 'aria-describedby': `${id} nt`,
    }, m.messages['widget-open-card'] || '')));
    return item;
  }
}

if (!customElements.get('nabo-search')) customElements.define('nabo-search', NaboSearch);
