// accordex page, watches: saved searches that fire when a new document or commitment matches them.
// Kept apart from app.js (its own names inside this function); text from the index only ever goes in as text nodes.
'use strict';
(() => {
  const view = document.getElementById('view');
  const page = window.accordex || {};
  const LAST_VISIT = 'accordex.watches.lastVisit';
  // "New" counts from the visit before this one, for as long as the page stays open. A visit is remembered as what the
  // list showed: each watch's number of matches ({at, seen: {name: {created, matches}}}). Not as a time alone: the
  // index stamps a match to the whole second, so a time would take a match made in the second of the visit for old.
  const previousVisit = readVisit();

  function readVisit() {
    const stored = localStorage.getItem(LAST_VISIT);
    if (!stored) return null;
    try {
      const v = JSON.parse(stored);
      if (v && typeof v === 'object' && v.seen && typeof v.seen === 'object') return v;
    } catch (e) { /* a time, as earlier versions of this page stored it */ }
    return {at: stored, seen: null};
  }

  function recordVisit(result) {
    const seen = {};
    for (const w of result.watches) seen[w.name] = {created: w.created, matches: w.matches};
    localStorage.setItem(LAST_VISIT, JSON.stringify({at: result.now, seen}));
  }

  /** How many of a watch's matches came after the last visit; its newest matches are those. */
  function freshCount(w) {
    if (!previousVisit) return 0;
    if (!previousVisit.seen) return w.new ?? 0; // a visit stored as a time: the server counts from it
    const seen = previousVisit.seen[w.name];
    // A watch the last visit did not list (or one since removed and made again) was made after it: all its matches are new.
    if (!seen || seen.created !== w.created) return w.matches;
    return Math.max(0, w.matches - seen.matches);
  }

  // The current search: the search box's text with the filters of the search view's chips (the filters are in the URL,
  // not in the box), from the view shown or, on another view, from the last search this page showed.
  function searchState(hash) {
    const state = page.parseHash ? page.parseHash(hash) : null;
    return state && state.view === 'search' ? state : null;
  }
  let lastSearch = searchState(location.hash);

  function currentSearch() {
    const text = document.getElementById('q').value;
    const commitments = document.getElementById('commitments').checked;
    const state = searchState(location.hash) || lastSearch;
    if (!state || !page.composedQuery) return {query: text, commitments};
    return {query: page.composedQuery(Object.assign({}, state, {q: text})), commitments};
  }

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
      const since = previousVisit && !previousVisit.seen ? '?' + new URLSearchParams({since: previousVisit.at}) : '';
      const result = await call('/api/watches' + since);
      recordVisit(result);
      const message = node('div', {id: 'watch-message'});
      const name = node('input', {id: 'watch-name', name: 'name', placeholder: 'name, e.g. gallium-stockpiles', required: '', 'aria-label': 'watch name'});
      const query = node('input', {id: 'watch-query', name: 'query', placeholder: 'query', required: '', 'aria-label': 'watch query'});
      const onCommitments = node('input', {id: 'watch-commitments', type: 'checkbox'});
      const search = prefill || currentSearch();
      query.value = search.query;
      onCommitments.checked = search.commitments;
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
        const fresh = freshCount(w);
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
      // Matches come oldest first: the last ones are those since the last visit (by time when it was stored as one).
      const firstNew = result.matches.length - Math.min(result.matches.length, freshCount(w));
      const isNew = (m, i) => previousVisit && !previousVisit.seen
        ? Date.parse(m.matched) > Date.parse(previousVisit.at) : i >= firstNew;
      const shown = result.matches.map((m, i) => ({m, fresh: isNew(m, i)})).reverse();
      for (const {m, fresh} of shown) {
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
    lastSearch = searchState(location.hash) || lastSearch;
    const m = location.hash.match(/^#watch\/(.+)$/);
    if (m) showMatches(decodeURIComponent(m[1]));
    else if (location.hash === '#watches') showWatches();
  }

  const style = node('link', {rel: 'stylesheet', href: 'watches.css'});
  document.head.append(style);
  const nav = document.querySelector('header nav');
  nav.append(' ', node('a', {href: '#watches', id: 'watches-link'}, 'Watches'), ' ',
    node('button', {type: 'button', id: 'watch-search', title: 'Make a watch of the current search', onclick: () => {
      const prefill = currentSearch();
      if (location.hash === '#watches') showWatches(prefill); else { history.pushState(null, '', '#watches'); showWatches(prefill); }
      setTimeout(() => document.getElementById('watch-name')?.focus(), 0);
    }}, 'Watch this search'));
  window.addEventListener('hashchange', route);
  route();
})();
