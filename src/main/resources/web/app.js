// accordex page: plain DOM code; document text only ever goes in as text nodes, never parsed as HTML.
'use strict';

const view = document.getElementById('view');
const facetsPane = document.getElementById('facets');
const q = document.getElementById('q');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'onclick') node.addEventListener('click', v); else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
  return node;
}

async function api(url, options) {
  // A request that changes something carries the header only this page's script can send; the server refuses it without.
  const init = {...options};
  if (init.method && init.method !== 'GET') init.headers = {'X-Accordex': '1', ...init.headers};
  const response = await fetch(url, init);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function showError(e) {
  view.replaceChildren(el('p', {class: 'error', id: 'error'}, e.message));
}

// Snippets come from the highlighter with « » around matches; turn those into <b> safely.
function highlighted(text, cls) {
  const node = el('div', {class: cls});
  const parts = String(text).split(/([«»])/);
  let bold = false;
  for (const part of parts) {
    if (part === '«') { bold = true; continue; }
    if (part === '»') { bold = false; continue; }
    node.append(bold ? el('b', {}, part) : document.createTextNode(part));
  }
  return node;
}

async function search(offset = 0) {
  const params = new URLSearchParams({q: q.value, facets: 'true', sort: document.getElementById('sort').value,
    offset, limit: 20, commitments: document.getElementById('commitments').checked});
  try {
    const result = await api('/api/search?' + params);
    renderFacets(result.facets || {});
    const list = el('div', {id: 'results'}, el('p', {class: 'meta', id: 'total'}, `${result.total} hits`));
    for (const hit of result.hits) {
      const title = el('a', {href: '#doc/' + hit.id, class: 'title'}, hit.title || hit.source);
      const item = el('div', {class: 'hit'}, el('h2', {}, title),
        el('div', {class: 'meta'}, `${hit.source}${hit.date ? ' · ' + hit.date : ''} · score ${hit.score.toFixed(2)}`));
      for (const s of hit.snippets) item.append(highlighted(s, 'snippet'));
      for (const c of hit.commitments) {
        item.append(el('div', {class: 'commitment', onclick: () => openDocument(hit.id, c.start)}, c.summary));
      }
      list.append(item);
    }
    view.replaceChildren(list);
  } catch (e) { showError(e); }
}

function renderFacets(facets) {
  facetsPane.replaceChildren();
  for (const [dim, counts] of Object.entries(facets)) {
    const entries = Object.entries(counts);
    if (!entries.length) continue;
    facetsPane.append(el('h3', {}, dim.replace('_', ' ')));
    const field = dim === 'year' ? 'date' : dim === 'due_year' ? 'due' : dim;
    for (const [value, count] of entries) {
      const clause = dim.endsWith('year') ? `${field}:[${value}-01-01 TO ${value}-12-31]` : `${field}:"${value}"`;
      facetsPane.append(el('a', {class: 'facet', 'data-clause': clause, onclick: () => {
        q.value = q.value.trim() ? `(${q.value.trim()}) AND ${clause}` : clause;
        search();
      }}, `${value} (${count})`));
    }
  }
}

function renderDocument(doc) {
  const text = doc.text || doc.document.text || '';
  const pane = el('div', {class: 'text', id: 'text'});
  // Sentence spans of commitments, then mentions inside them, laid out in one pass over the text.
  const sentences = doc.commitments.map(c => ({start: c.start, end: c.end}));
  const mentions = doc.mentions.slice().sort((a, b) => a.start - b.start);
  let container = pane;
  let sentenceIndex = 0;
  let mentionIndex = 0;
  const boundaries = new Set([0, text.length]);
  sentences.forEach(s => { boundaries.add(s.start); boundaries.add(s.end); });
  mentions.forEach(m => { boundaries.add(m.start); boundaries.add(m.end); });
  const cuts = [...boundaries].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i], to = cuts[i + 1];
    while (sentenceIndex < sentences.length && sentences[sentenceIndex].end <= from) sentenceIndex++;
    const s = sentences[sentenceIndex];
    if (s && s.start === from) {
      container = el('span', {class: 'sentence', id: 'sentence-' + s.start});
      pane.append(container);
    } else if (!s || from >= s.end || from < s.start) {
      container = pane;
    }
    while (mentionIndex < mentions.length && mentions[mentionIndex].end <= from) mentionIndex++;
    const m = mentions[mentionIndex];
    const piece = text.slice(from, to);
    if (m && m.start <= from && to <= m.end) {
      container.append(el('mark', {class: m.type, title: `${m.type}: ${m.norm}${m.due ? ' (due ' + m.due + ')' : ''}`}, piece));
    } else {
      container.append(document.createTextNode(piece));
    }
  }
  const side = el('div', {class: 'side'},
    el('p', {class: 'legend'}, el('mark', {class: 'PARTY'}, 'party'), el('mark', {class: 'MINERAL'}, 'mineral'),
      el('mark', {class: 'INSTRUMENT'}, 'instrument'), el('mark', {class: 'DEADLINE'}, 'deadline')),
    el('h3', {}, `${doc.commitments.length} commitments`));
  for (const c of doc.commitments) {
    side.append(el('div', {class: 'commitment', 'data-start': c.start, onclick: () => focusSentence(c.start)}, c.summary));
  }
  const d = doc.document;
  view.replaceChildren(el('h2', {id: 'doc-title'}, d.title || d.source),
    el('p', {class: 'meta'}, `${d.source}${d.date ? ' · ' + d.date : ''} · ${d.language}`),
    el('div', {class: 'doc'}, pane, side));
  document.dispatchEvent(new CustomEvent('accordex:document', {detail: doc})); // corrections.js adds its editing
}

function focusSentence(start) {
  document.querySelectorAll('.sentence.active').forEach(n => n.classList.remove('active'));
  const node = document.getElementById('sentence-' + start);
  if (node) {
    node.classList.add('active');
    node.scrollIntoView({block: 'center'});
  }
}

async function openDocument(id, start) {
  try {
    renderDocument(await api('/api/documents/' + encodeURIComponent(id)));
    facetsPane.replaceChildren();
    if (start !== undefined) focusSentence(start);
  } catch (e) { showError(e); }
}

async function showDeadlines() {
  try {
    const result = await api('/api/deadlines?' + new URLSearchParams({q: q.value}));
    const list = el('div', {id: 'deadlines'}, el('h2', {}, `${result.total} commitments with a due date (today ${result.today})`));
    let month = '';
    for (const c of result.commitments) {
      const due = c.deadline.due;
      if (due.slice(0, 7) !== month) { month = due.slice(0, 7); list.append(el('h3', {}, month)); }
      list.append(el('div', {class: 'commitment ' + c.status, onclick: () => openDocument(c.document.id, c.start)},
        `${due} ${c.status} · ${c.summary} — ${c.document.title}`));
    }
    view.replaceChildren(list);
  } catch (e) { showError(e); }
}

async function annotateFile(file) {
  try {
    const doc = await api('/api/annotate?' + new URLSearchParams({name: file.name, include_text: 'true'}), {method: 'POST', body: file});
    renderDocument(doc);
  } catch (e) { showError(e); }
}

document.getElementById('search-form').addEventListener('submit', e => { e.preventDefault(); location.hash = ''; search(); });
document.getElementById('deadlines-link').addEventListener('click', e => { e.preventDefault(); showDeadlines(); });
const drop = document.getElementById('drop');
const fileInput = document.getElementById('file');
drop.addEventListener('click', () => fileInput.click());
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) annotateFile(e.dataTransfer.files[0]); });
fileInput.addEventListener('change', () => { if (fileInput.files[0]) annotateFile(fileInput.files[0]); });
window.addEventListener('hashchange', route);
function route() {
  const m = location.hash.match(/^#doc\/([0-9a-f]{64})$/);
  if (m) openDocument(m[1]);
  else if (location.hash === '#deadlines') showDeadlines();
}
route();
