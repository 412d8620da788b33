// accordex page, watches: saved searches that fire when a new document or commitment matches them.
// Kept apart from app.js (its own names inside this function); text from the index only ever goes in as text nodes.
'use strict';
(() => {
  const view = document.getElementById('view');
  const LAST_VISIT = 'accordex.watches.lastVisit';
  // "New" counts from the visit before this one, for as long as the page stays open.
  const previousVisit = localStorage.getItem(LAST_VISIT);
  let visitRecorded = false;

  function node(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'onclick') n.addEventListener('click', v);
      else if (k === 'onsubmit') n.addEventListener('submit', v);
      else n.setAttribute(k, v);
    }
    for (const child of children) n.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
    return n;
  }

  async function call(url, options) {
    const init = {...options};
    if (init.method && init.method !== 'GET') init.headers = {'X-Accordex': '1', 'Content-Type': 'application/json', ...init.headers};
    const response = await fetch(url, init);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function failed(e, where) {
    const p = node('p', {class: 'error', id: 'watch-error'}, e.message);
    if (where) where.replaceChildren(p); else view.replaceChildren(p);
  }

  function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

  // The watch list, with a form that makes a watch of the current search (or of `prefill`).
  async function showWatches(prefill) {
    try {
      const since = previousVisit ? '?' + new URLSearchParams({since: previousVisit}) : '';
      const result = await call('/api/watches' + since);
      if (!visitRecorded) { localStorage.setItem(LAST_VISIT, result.now); visitRecorded = true; }
      const message = node('div', {id: 'watch-message'});
      const name = node('input', {id: 'watch-name', name: 'name', placeholder: 'name, e.g. gallium-stockpiles', required: '', 'aria-label': 'watch name'});
      const query = node('input', {id: 'watch-query', name: 'query', placeholder: 'query', required: '', 'aria-label': 'watch query'});
      const onCommitments = node('input', {id: 'watch-commitments', type: 'checkbox'});
      query.value = prefill ? prefill.query : document.getElementById('q').value;
      onCommitments.checked = prefill ? prefill.commitments : document.getElementById('commitments').checked;
      const form = node('form', {id: 'watch-form', onsubmit: async e => {
        e.preventDefault();
        try {
          await call('/api/watches', {method: 'POST', body: JSON.stringify({name: name.value.trim(), query: query.value, commitments: onCommitments.checked})});
          showWatches();
        } catch (err) { failed(err, message); }
      }}, name, query, node('label', {}, onCommitments, ' commitments'), node('button', {type: 'submit', id: 'watch-add'}, 'Watch'));
      const list = node('div', {id: 'watches'}, node('h2', {}, 'Watches'),
        node('p', {class: 'meta'}, 'A watch fires when "index" stores a new document, or commitment, that matches its query.'),
        form, message);
      for (const w of result.watches) {
        const fresh = w.new ?? 0;
        const row = node('div', {class: 'hit watch', 'data-name': w.name},
          node('h2', {}, node('a', {href: '#watch/' + encodeURIComponent(w.name), class: 'title watch-open'}, w.name),
            ' ', node('span', {class: 'watch-new' + (fresh ? ' some' : '')}, `${fresh} new since your last visit`)),
          node('div', {class: 'meta'}, `${w.commitments ? 'commitments' : 'documents'} matching `, node('code', {}, w.query)),
          node('div', {class: 'meta'}, `${plural(w.matches, 'match', 'matches')} · last fired ${w.lastFired || 'never'} · `,
            node('a', {href: '/feeds/' + encodeURIComponent(w.name) + '.atom'}, 'Atom feed'), ' · ',
            node('a', {href: '#watches', class: 'watch-remove', onclick: async e => {
              e.preventDefault();
              try { await call('/api/watches/' + encodeURIComponent(w.name), {method: 'DELETE'}); showWatches(); } catch (err) { failed(err, message); }
            }}, 'remove')));
        list.append(row);
      }
      if (!result.watches.length) list.append(node('p', {class: 'meta', id: 'no-watches'}, 'No watches yet.'));
      document.getElementById('facets').replaceChildren();
      view.replaceChildren(list);
    } catch (e) { failed(e); }
  }

  // What one watch matched, newest first; those since the last visit are marked.
  async function showMatches(name) {
    try {
      const result = await call('/api/watches/' + encodeURIComponent(name));
      const w = result.watch;
      const list = node('div', {id: 'watch-matches'},
        node('h2', {}, `${w.name}: ${plural(result.total, 'match', 'matches')}`),
        node('p', {class: 'meta'}, `${w.commitments ? 'commitments' : 'documents'} matching `, node('code', {}, w.query), ' · ',
          node('a', {href: '#watches'}, 'all watches')));
      for (const m of result.matches.slice().reverse()) {
        const fresh = previousVisit && Date.parse(m.matched) > Date.parse(previousVisit);
        const item = node('div', {class: 'hit watch-match' + (fresh ? ' new' : '')},
          node('h2', {}, node('a', {href: '#doc/' + m.document.id, class: 'title'}, m.document.title || m.document.source)),
          node('div', {class: 'meta'}, `${m.document.source}${m.document.date ? ' · ' + m.document.date : ''} · matched ${m.matched}`));
        if (m.commitment) item.append(node('div', {class: 'snippet'}, m.commitment.text), node('div', {class: 'commitment'}, m.summary));
        list.append(item);
      }
      document.getElementById('facets').replaceChildren();
      view.replaceChildren(list);
    } catch (e) { failed(e); }
  }

  function route() {
    const m = location.hash.match(/^#watch\/(.+)$/);
    if (m) showMatches(decodeURIComponent(m[1]));
    else if (location.hash === '#watches') showWatches();
  }

  const style = node('link', {rel: 'stylesheet', href: 'watches.css'});
  document.head.append(style);
  const nav = document.querySelector('header nav');
  nav.append(' ', node('a', {href: '#watches', id: 'watches-link'}, 'Watches'), ' ',
    node('button', {type: 'button', id: 'watch-search', title: 'Make a watch of the current search', onclick: () => {
      const prefill = {query: document.getElementById('q').value, commitments: document.getElementById('commitments').checked};
      if (location.hash === '#watches') showWatches(prefill); else { history.pushState(null, '', '#watches'); showWatches(prefill); }
      setTimeout(() => document.getElementById('watch-name')?.focus(), 0);
    }}, 'Watch this search'));
  window.addEventListener('hashchange', route);
  route();
})();
