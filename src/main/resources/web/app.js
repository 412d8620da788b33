// accordex page: plain DOM code; document text only ever goes in as text nodes, never parsed as HTML.
// The view is the URL (#/search?…, #/doc/ID?s=START, #/deadlines?…, #/party/NORM, #/mineral/NORM): every link
// and control changes the hash, and route() draws whatever the hash says, so Back, Forward and reload just work.
// Other scripts hook in through window.accordex (views.register, hooks.commitment, el, api, state helpers).
'use strict';

const accordex = window.accordex = window.accordex || {};

/* ---------- DOM and API helpers ---------- */

const view = document.getElementById('view');
const facetsPane = document.getElementById('facets');
const q = document.getElementById('q');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'onclick') node.addEventListener('click', v);
    else if (k === 'onchange') node.addEventListener('change', v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(url, options) {
  // A request that changes something carries the header only this page's script can send; the server refuses it without.
  const init = {...options};
  if (init.method && init.method !== 'GET') init.headers = {'X-Accordex': '1', ...init.headers};
  const response = await fetch(url, init);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  remember(body.labels);
  return body;
}

/** Announces a short status line to screen readers (and shows it). */
function announce(message) {
  document.getElementById('status').textContent = message;
}

function showError(e) {
  const message = e.message || String(e);
  document.getElementById('alert').textContent = message;
  view.replaceChildren(el('p', {class: 'error', id: 'error'}, message));
}

function clearError() {
  document.getElementById('alert').textContent = '';
}

/* ---------- Names: a party's label with its norm, "Japan (JP)" ---------- */

const labels = new Map();

function remember(list) {
  for (const entry of list || []) if (entry && entry.norm && entry.label) labels.set(entry.norm, entry.label);
}

/** "Japan (JP)" for a code, the name alone when the norm is already a name ("U.S. Department of Energy"). */
function nameOf(norm) {
  const label = labels.get(norm);
  return label && label !== norm ? `${label} (${norm})` : norm;
}

/* ---------- The view's state in the URL ---------- */

const FACET_FIELDS = {party: 'party', mineral: 'mineral', instrument: 'instrument', modality: 'modality',
  year: 'date', due_year: 'due', due_month: 'due'};
const DIMENSION_NAMES = {party: 'party', mineral: 'mineral', instrument: 'instrument', modality: 'modality',
  year: 'year', due_year: 'due year', due_month: 'due month'};
const PAGE_SIZES = [10, 20, 50, 100];

/** A filter is "dim:value", or "-dim:value" to exclude it. */
function parseFilter(text) {
  const not = text.startsWith('-');
  const body = not ? text.slice(1) : text;
  const colon = body.indexOf(':');
  return {dim: body.slice(0, colon), value: body.slice(colon + 1), not};
}

function filterText(f) {
  return `${f.not ? '-' : ''}${f.dim}:${f.value}`;
}

function lastDayOf(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The filter in query syntax: exact fields quoted, years and months as date ranges. */
function clauseOf(f) {
  const field = FACET_FIELDS[f.dim] || f.dim;
  if (f.dim === 'year' || f.dim === 'due_year') return `${field}:[${f.value}-01-01 TO ${f.value}-12-31]`;
  if (f.dim === 'due_month') return `${field}:[${f.value}-01 TO ${lastDayOf(f.value)}]`;
  return `${field}:"${f.value.replace(/(["\\])/g, '\\$1')}"`;
}

/** The typed query and the filters as one query string, the one every API call of the view uses. */
function composedQuery(state) {
  const parts = [];
  if (state.q && state.q.trim()) parts.push(state.filters.length ? `(${state.q.trim()})` : state.q.trim());
  for (const f of state.filters) parts.push((f.not ? 'NOT ' : '') + clauseOf(f));
  return parts.join(' AND ');
}

function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  // Links from before the view was the URL: #doc/ID and #deadlines.
  const question = raw.indexOf('?');
  const path = question < 0 ? raw : raw.slice(0, question);
  const params = new URLSearchParams(question < 0 ? '' : raw.slice(question + 1));
  const [name, ...rest] = path.split('/');
  const arg = rest.map(decodeURIComponent).join('/');
  const state = {
    view: name || 'search',
    arg,
    q: params.get('q') || '',
    filters: params.getAll('f').filter(f => f.includes(':')).map(parseFilter),
    mode: params.get('mode') === 'commitments' ? 'commitments' : 'documents',
    sort: ['relevance', 'date', 'due'].includes(params.get('sort')) ? params.get('sort') : 'relevance',
    page: Math.max(1, parseInt(params.get('page'), 10) || 1),
    size: PAGE_SIZES.includes(parseInt(params.get('size'), 10)) ? parseInt(params.get('size'), 10) : 20,
    tab: params.get('tab') === 'charts' ? 'charts' : 'results',
    params,
  };
  return state;
}

/** The hash of a search view; only what differs from the defaults is written. */
function searchHash(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of state.filters) params.append('f', filterText(f));
  if (state.mode === 'commitments') params.set('mode', 'commitments');
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', state.page);
  if (state.size && state.size !== 20) params.set('size', state.size);
  if (state.tab === 'charts') params.set('tab', 'charts');
  const query = params.toString();
  return '#/search' + (query ? '?' + query : '');
}

function withChanges(state, changes) {
  return Object.assign({}, state, {view: 'search', page: 1}, changes);
}

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function docHash(id, start) {
  return `#/doc/${id}` + (start !== undefined && start !== null ? `?s=${start}` : '');
}

function profileHash(dim, norm) {
  return `#/${dim}/${encodeURIComponent(norm)}`;
}

/* ---------- Text without file syntax ---------- */

/** A snippet as a reader wants it: no YAML front matter, no Markdown heading, emphasis or link syntax. */
function plainSnippet(text) {
  return String(text)
    .replace(/(^|…\s*)---\s+(?:[\w-]+\s*:[\s\S]*?)\s---(?=\s|$)/g, '$1')
    .replace(/(^|\s)#{1,6}[ \t]+/g, '$1')
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, '$2')
    .trim();
}

/** Snippets come from the highlighter with « » around matches; turn those into <b> safely. */
function highlighted(text, cls) {
  const node = el('div', {class: cls});
  let bold = false;
  for (const part of plainSnippet(text).split(/([«»])/)) {
    if (part === '«') { bold = true; continue; }
    if (part === '»') { bold = false; continue; }
    node.append(bold ? el('b', {}, part) : document.createTextNode(part));
  }
  return node;
}

/** Where a document's text is file syntax rather than prose: front matter, and Markdown heading lines. */
function fileSyntax(text, source) {
  const blocks = [];
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (front) blocks.push({start: 0, end: front[0].length, kind: 'front-matter'});
  if (/\.(md|markdown)$/i.test(source || '') || front) {
    const heading = /^(#{1,6})[ \t]+(.*)$/gm;
    let m;
    while ((m = heading.exec(text))) {
      if (front && m.index < front[0].length) continue;
      const markerEnd = m.index + m[0].length - m[2].length;
      blocks.push({start: m.index, end: markerEnd, kind: 'md-syntax'});
      blocks.push({start: markerEnd, end: m.index + m[0].length, kind: 'md-heading', level: m[1].length});
    }
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/* ---------- Commitments ---------- */

function partyLink(norm) {
  return el('a', {href: profileHash('party', norm), class: 'party-link'}, nameOf(norm));
}

function mineralLink(norm) {
  return el('a', {href: profileHash('mineral', norm), class: 'mineral-link'}, norm);
}

function joined(nodes) {
  const out = [];
  nodes.forEach((n, i) => { if (i) out.push(', '); out.push(n); });
  return out;
}

/**
 * A commitment: its parties (links to their pages), its modality as a word, and its action as the link to its
 * sentence; then minerals, instruments, deadline, page and the same pledge elsewhere.
 */
function commitmentItem(c, documentId, extra) {
  const item = el('div', {class: 'commitment', 'data-start': c.start});
  item.append(el('span', {class: 'parties'}, '[', joined(c.parties.map(n => partyLink(n))), '] '),
    el('span', {class: 'modality m-' + c.modality}, c.modality), ': ',
    el('a', {class: 'go', href: docHash(documentId, c.start)}, c.action || c.text || 'sentence'));
  if (c.minerals.length) item.append(' · ', ...joined(c.minerals.map(n => mineralLink(n))));
  if (c.instruments.length) item.append(' · ' + c.instruments.join(', '));
  if (c.deadline) item.append(' · ' + c.deadline.text + (c.deadline.due ? ` (due ${c.deadline.due})` : ''));
  if (c.page) item.append(` · p. ${c.page}`);
  if (c.alsoIn) item.append(` · also in ${c.alsoIn.documents} document${c.alsoIn.documents === 1 ? '' : 's'}`);
  if (extra) item.append(extra);
  for (const hook of accordex.hooks.commitment) hook(item, c, documentId);
  return item;
}

/* ---------- Search: facets, chips, results, paging, exports ---------- */

function facetEntries(result) {
  if (result.facetValues) return result.facetValues;
  const out = {};
  for (const [dim, counts] of Object.entries(result.facets || {})) {
    out[dim] = Object.entries(counts).map(([norm, count]) => ({norm, label: norm, count}));
  }
  return out;
}

function facetLabel(dim, norm) {
  return dim === 'party' ? nameOf(norm) : norm;
}

function renderFacets(state, result) {
  facetsPane.replaceChildren();
  for (const [dim, values] of Object.entries(facetEntries(result))) {
    if (!values.length) continue;
    const list = el('ul', {class: 'facet-list'});
    for (const v of values) {
      remember([{norm: v.norm, label: v.label}]);
      const f = {dim, value: v.norm, not: false};
      const text = facetLabel(dim, v.norm);
      const active = state.filters.some(x => x.dim === dim && x.value === v.norm && !x.not);
      // An active value's link removes its filter again.
      const filters = active ? state.filters.filter(x => !(x.dim === dim && x.value === v.norm)) : state.filters.concat([f]);
      list.append(el('li', {},
        el('a', {class: 'facet', href: searchHash(withChanges(state, {filters})),
          'data-clause': clauseOf(f), 'data-norm': v.norm, 'aria-current': active ? 'true' : null},
        text, ' ', el('span', {class: 'count'}, `(${v.count})`)),
        ' ',
        el('a', {class: 'exclude', href: searchHash(withChanges(state, {filters: state.filters.concat([{dim, value: v.norm, not: true}])})),
          'aria-label': `exclude ${text}`, title: `exclude ${text}`}, 'not')));
    }
    facetsPane.append(el('h3', {}, DIMENSION_NAMES[dim] || dim), list);
  }
}

function chips(state) {
  if (!state.filters.length) return null;
  const bar = el('div', {class: 'chips', id: 'chips'}, el('span', {class: 'meta'}, 'Filters: '));
  state.filters.forEach((f, i) => {
    const text = `${f.not ? 'not ' : ''}${DIMENSION_NAMES[f.dim] || f.dim}: ${facetLabel(f.dim, f.value)}`;
    const rest = state.filters.filter((_, j) => j !== i);
    bar.append(el('a', {class: 'chip' + (f.not ? ' not' : ''), href: searchHash(withChanges(state, {filters: rest})),
      'aria-label': `remove filter ${text}`, 'data-filter': filterText(f)}, text, el('span', {'aria-hidden': 'true'}, ' ×')));
  });
  bar.append(el('a', {class: 'chip clear', href: searchHash(withChanges(state, {filters: []}))}, 'clear all'));
  return bar;
}

function exportLinks(query) {
  const link = (format, text) => el('a', {class: 'export', href: '/api/export?' + new URLSearchParams({q: query, format}),
    download: `commitments.${format}`, 'data-format': format}, text);
  return el('span', {class: 'exports'}, 'Export commitments: ', link('csv', 'CSV'), ' ', link('jsonl', 'JSON Lines'), ' ',
    link('ics', 'calendar (ICS)'));
}

function pager(state, total) {
  const pages = Math.max(1, Math.ceil(total / state.size));
  const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
  const link = (page, text, attrs) => el('a', Object.assign({href: searchHash(Object.assign({}, state, {page}))}, attrs || {}), text);
  if (state.page > 1) nav.append(link(state.page - 1, '‹ previous', {rel: 'prev', class: 'prev'}));
  const shown = new Set([1, pages]);
  for (let p = state.page - 2; p <= state.page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p > last + 1) nav.append(el('span', {class: 'gap'}, '…'));
    nav.append(p === state.page ? el('span', {class: 'current', 'aria-current': 'page'}, String(p))
      : link(p, String(p), {class: 'page', 'aria-label': `page ${p}`}));
    last = p;
  }
  if (state.page < pages) nav.append(link(state.page + 1, 'next ›', {rel: 'next', class: 'next'}));
  return nav;
}

function pageSizeChoice(state) {
  const select = el('select', {id: 'page-size', 'aria-label': 'hits per page', onchange: e => {
    go(searchHash(withChanges(state, {size: parseInt(e.target.value, 10)})));
  }}, PAGE_SIZES.map(n => el('option', {value: n, selected: n === state.size}, `${n} per page`)));
  return select;
}

function tabs(state) {
  const tab = (name, text) => el('a', {href: searchHash(Object.assign({}, state, {tab: name})), class: 'tab',
    id: 'tab-' + name, 'aria-current': state.tab === name ? 'page' : null}, text);
  return el('nav', {class: 'tabs', 'aria-label': 'results or charts'}, tab('results', 'Results'), tab('charts', 'Charts'));
}

function hitItem(hit, state) {
  const title = el('a', {href: docHash(hit.id), class: 'title'}, hit.title || hit.source);
  const item = el('article', {class: 'hit'}, el('h2', {}, title),
    el('div', {class: 'meta'}, `${hit.source}${hit.date ? ' · ' + hit.date : ''} · score ${hit.score.toFixed(2)}`));
  if (state.mode === 'documents') for (const s of hit.snippets) item.append(highlighted(s, 'snippet'));
  for (const c of hit.commitments) {
    item.append(commitmentItem(c, hit.id, state.mode === 'commitments' && hit.snippets[0]
      ? highlighted(hit.snippets[0], 'snippet sentence-snippet') : null));
  }
  return item;
}

async function showSearch(state) {
  q.value = state.q;
  document.getElementById('commitments').checked = state.mode === 'commitments';
  document.getElementById('sort').value = state.sort;
  const query = composedQuery(state);
  const params = new URLSearchParams({q: query, facets: 'true', sort: state.sort, offset: (state.page - 1) * state.size,
    limit: state.size, commitments: state.mode === 'commitments'});
  const result = await api('/api/search?' + params);
  renderFacets(state, result);
  const noun = state.mode === 'commitments' ? 'commitments' : 'documents';
  const pages = Math.max(1, Math.ceil(result.total / state.size));
  const first = result.total ? (state.page - 1) * state.size + 1 : 0;
  const lastHit = Math.min(result.total, state.page * state.size);
  const head = el('div', {class: 'toolbar'},
    el('p', {class: 'meta', id: 'total'}, `${result.total} ${noun}` + (result.total ? ` · ${first}–${lastHit}, page ${state.page} of ${pages}` : '')),
    pageSizeChoice(state), exportLinks(query));
  const body = el('div', {id: 'results', 'data-query': query});
  if (state.tab === 'charts') {
    body.append(await chartsPanel(state, query));
  } else {
    if (!result.hits.length) body.append(el('p', {}, 'Nothing matches.'));
    result.hits.forEach((hit, i) => {
      const item = hitItem(hit, state);
      item.setAttribute('data-rank', first + i);
      body.append(item);
    });
    if (result.total > state.size) body.append(pager(state, result.total));
  }
  view.replaceChildren(head, chips(state) || '', tabs(state), body);
  announce(`${result.total} ${noun}` + (state.tab === 'charts' ? ', charts' : `, page ${state.page} of ${pages}`));
}

/* ---------- Charts (ECharts from the jar; each with its counts as a table) ---------- */

const MODALITIES = ['obligation', 'commitment', 'intent', 'recommendation'];
const charts = [];

function disposeCharts() {
  while (charts.length) charts.pop().dispose();
}

/** Draws an ECharts option into a new box; clicking an element calls onPick with its data. */
function chartBox(id, description, option, onPick) {
  const box = el('div', {class: 'chart', id, role: 'img', 'aria-label': description});
  if (!window.echarts) {
    box.append(el('p', {class: 'meta'}, 'Charts are not available; the table below has the counts.'));
    return box;
  }
  requestAnimationFrame(() => {
    const chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption(Object.assign({animation: false, aria: {enabled: true, decal: {show: true}},
      tooltip: {}, textStyle: {fontFamily: 'system-ui, sans-serif'}}, option));
    chart.on('click', onPick);
    charts.push(chart);
  });
  return box;
}

/** The counts as a table: the chart's text alternative; a count is a link that narrows like a click on the chart. */
function countsTable(caption, columns, rows, hrefOf) {
  const table = el('table', {class: 'counts'}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, columns[0]), columns.slice(1).map(c => el('th', {scope: 'col'}, c)))));
  const tbody = el('tbody');
  for (const row of rows) {
    tbody.append(el('tr', {}, el('th', {scope: 'row'}, row.label),
      row.values.map((v, i) => el('td', {}, v && hrefOf ? el('a', {href: hrefOf(row, i)}, String(v)) : String(v || 0)))));
  }
  table.append(tbody);
  return el('details', {class: 'table-alternative'}, el('summary', {}, `${caption}: table`), table);
}

function narrowed(state, filters) {
  return searchHash(withChanges(state, {filters: state.filters.concat(filters), mode: 'commitments', tab: 'results'}));
}

function yearChart(state, data, id) {
  const years = data.byYear.map(r => r.year);
  const section = el('section', {class: 'chart-section'}, el('h3', {}, 'Commitments per year, by modality'));
  if (!years.length) return section.append(el('p', {class: 'meta'}, 'No dated commitments.')), section;
  section.append(chartBox(id || 'chart-years', `Stacked bars: commitments per year by modality, ${years[0]} to ${years[years.length - 1]}`, {
    legend: {top: 0},
    grid: {left: 40, right: 10, top: 30, bottom: 30},
    xAxis: {type: 'category', data: years},
    yAxis: {type: 'value', minInterval: 1},
    series: MODALITIES.map(m => ({name: m, type: 'bar', stack: 'all', data: data.byYear.map(r => r[m] || 0)})),
  }, p => go(narrowed(state, [{dim: 'year', value: p.name, not: false}, {dim: 'modality', value: p.seriesName, not: false}]))));
  section.append(countsTable('Commitments per year by modality', ['year'].concat(MODALITIES),
    data.byYear.map(r => ({label: r.year, values: MODALITIES.map(m => r[m] || 0)})),
    (row, i) => narrowed(state, [{dim: 'year', value: row.label, not: false}, {dim: 'modality', value: MODALITIES[i], not: false}])));
  return section;
}

function deadlineChart(state, data) {
  const months = data.deadlinesByMonth.map(r => r.month);
  const section = el('section', {class: 'chart-section'}, el('h3', {}, `Deadlines per month, a year back to two years ahead (today ${data.today})`));
  if (!months.length) return section.append(el('p', {class: 'meta'}, 'No commitment due in these months; the deadlines view has them all.')), section;
  section.append(chartBox('chart-deadlines', `Bars: commitments due per month, overdue and upcoming, ${months[0]} to ${months[months.length - 1]}`, {
    legend: {top: 0},
    grid: {left: 40, right: 10, top: 30, bottom: 50},
    xAxis: {type: 'category', data: months, axisLabel: {rotate: 45}},
    yAxis: {type: 'value', minInterval: 1},
    color: ['#b00020', '#0b6b2e'],
    series: ['overdue', 'upcoming'].map(s => ({name: s, type: 'bar', stack: 'all', data: data.deadlinesByMonth.map(r => r[s] || 0)})),
  }, p => go(narrowed(state, [{dim: 'due_month', value: p.name, not: false}]))));
  section.append(countsTable('Deadlines per month', ['month', 'overdue', 'upcoming'],
    data.deadlinesByMonth.map(r => ({label: r.month, values: [r.overdue || 0, r.upcoming || 0]})),
    row => narrowed(state, [{dim: 'due_month', value: row.label, not: false}])));
  return section;
}

function matrixChart(state, data) {
  const m = data.matrix;
  const section = el('section', {class: 'chart-section'}, el('h3', {}, 'Parties × minerals (commitments)'));
  if (!m.parties.length || !m.minerals.length) return section.append(el('p', {class: 'meta'}, 'No commitment names both a party and a mineral.')), section;
  const cells = [];
  let max = 1;
  m.counts.forEach((row, y) => row.forEach((v, x) => { cells.push([x, y, v]); max = Math.max(max, v); }));
  const partyNames = m.parties.map(p => nameOf(p.norm));
  section.append(chartBox('chart-matrix', `Heat map: commitments of ${m.parties.length} parties on ${m.minerals.length} minerals`, {
    grid: {left: 180, right: 10, top: 10, bottom: 90},
    xAxis: {type: 'category', data: m.minerals.map(x => x.norm), axisLabel: {rotate: 45}},
    yAxis: {type: 'category', data: partyNames, inverse: true},
    aria: {enabled: true, decal: {show: false}}, // the numbers are on the cells
    visualMap: {min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, show: false},
    series: [{type: 'heatmap', data: cells, label: {show: true}}],
  }, p => go(narrowed(state, [{dim: 'party', value: m.parties[p.data[1]].norm, not: false},
    {dim: 'mineral', value: m.minerals[p.data[0]].norm, not: false}]))));
  section.append(countsTable('Commitments by party and mineral', ['party'].concat(m.minerals.map(x => x.norm)),
    m.parties.map((p, y) => ({label: nameOf(p.norm), norm: p.norm, values: m.counts[y]})),
    (row, i) => narrowed(state, [{dim: 'party', value: row.norm, not: false}, {dim: 'mineral', value: m.minerals[i].norm, not: false}])));
  return section;
}

async function chartsPanel(state, query) {
  const data = await api('/api/charts?' + new URLSearchParams({q: query}));
  return el('div', {id: 'charts'}, el('p', {class: 'meta'}, `Counts of the commitments matching the query (${data.total}).`),
    yearChart(state, data), deadlineChart(state, data), matrixChart(state, data));
}

/* ---------- Document view ---------- */

let shownDocument = null;

function renderDocument(doc) {
  const d = doc.document;
  const text = doc.text || d.text || '';
  const pane = el('div', {class: 'text', id: 'text', tabindex: '0', 'aria-label': 'document text'});
  const sentences = doc.commitments.map(c => ({start: c.start, end: c.end})).sort((a, b) => a.start - b.start);
  const mentions = doc.mentions.slice().sort((a, b) => a.start - b.start);
  const blocks = fileSyntax(text, d.source);
  const boundaries = new Set([0, text.length]);
  for (const list of [sentences, mentions, blocks]) list.forEach(s => { boundaries.add(s.start); boundaries.add(s.end); });
  const cuts = [...boundaries].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  // One pass over the pieces between cuts: each piece lies in at most one block, sentence and mention.
  let si = 0, mi = 0, bi = 0;
  let blockNode = pane, blockOf = null, sentenceNode = null, sentenceOf = null;
  const seen = new Set();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i], to = cuts[i + 1];
    while (bi < blocks.length && blocks[bi].end <= from) bi++;
    const b = blocks[bi] && blocks[bi].start <= from && to <= blocks[bi].end ? blocks[bi] : null;
    while (si < sentences.length && sentences[si].end <= from) si++;
    const s = sentences[si] && sentences[si].start <= from && to <= sentences[si].end ? sentences[si] : null;
    while (mi < mentions.length && mentions[mi].end <= from) mi++;
    const m = mentions[mi] && mentions[mi].start <= from && to <= mentions[mi].end ? mentions[mi] : null;
    if (b !== blockOf) {
      blockOf = b;
      sentenceOf = null;
      blockNode = !b ? pane : el('span', b.kind === 'md-heading'
        ? {class: `md-heading md-h${b.level}`, role: 'heading', 'aria-level': Math.min(6, b.level + 2)}
        : b.kind === 'md-syntax' ? {class: 'md-syntax', 'aria-hidden': 'true'} : {class: 'front-matter', 'aria-label': 'file metadata'});
      if (b) pane.append(blockNode);
    }
    if (s !== sentenceOf) {
      sentenceOf = s;
      if (s) {
        sentenceNode = el('span', {class: 'sentence', 'data-start': s.start, id: seen.has(s.start) ? null : 'sentence-' + s.start});
        seen.add(s.start);
        blockNode.append(sentenceNode);
      }
    }
    const container = s ? sentenceNode : blockNode;
    const piece = text.slice(from, to);
    if (m) {
      const norm = m.type === 'PARTY' ? nameOf(m.norm) : m.norm;
      container.append(el('mark', {class: m.type, 'data-type': m.type.toLowerCase(),
        title: `${m.type.toLowerCase()}: ${norm}${m.due ? ' (due ' + m.due + ')' : ''}`}, piece));
    } else {
      container.append(document.createTextNode(piece));
    }
  }
  const hasFront = blocks.some(b => b.kind === 'front-matter');
  const side = el('div', {class: 'side'},
    el('p', {class: 'legend'}, 'Mentions: ', el('mark', {class: 'PARTY'}, 'party'), el('mark', {class: 'MINERAL'}, 'mineral'),
      el('mark', {class: 'INSTRUMENT'}, 'instrument'), el('mark', {class: 'DEADLINE'}, 'deadline')),
    el('h3', {}, `${doc.commitments.length} commitments`));
  const docId = d.id;
  for (const c of doc.commitments) side.append(commitmentItem(c, docId));
  const toggle = hasFront ? el('button', {type: 'button', id: 'front-matter-toggle', 'aria-pressed': 'false', onclick: e => {
    const on = pane.classList.toggle('show-front-matter');
    e.target.setAttribute('aria-pressed', String(on));
  }}, 'show file metadata') : null;
  view.replaceChildren(el('h2', {id: 'doc-title'}, d.title || d.source),
    el('p', {class: 'meta'}, `${d.source}${d.date ? ' · ' + d.date : ''} · ${d.language}`, toggle ? ' · ' : '', toggle || ''),
    el('div', {class: 'doc'}, pane, side));
  document.dispatchEvent(new CustomEvent('accordex:document', {detail: doc})); // corrections.js adds its editing
}

function focusSentence(start) {
  document.querySelectorAll('.sentence.active').forEach(n => n.classList.remove('active'));
  const pieces = document.querySelectorAll(`.sentence[data-start="${start}"]`);
  pieces.forEach(n => n.classList.add('active'));
  const pane = document.getElementById('text');
  if (pieces.length && pane) {
    // Scroll the text pane, not the whole page, so the header and the commitments stay in view.
    const r = pieces[0].getBoundingClientRect(), p = pane.getBoundingClientRect();
    pane.scrollTop += r.top - p.top - pane.clientHeight / 3;
  }
  document.querySelectorAll('.side .commitment').forEach(n => n.classList.toggle('active', n.dataset.start === String(start)));
}

async function showDocument(state) {
  const id = state.arg;
  const start = state.params.get('s');
  facetsPane.replaceChildren();
  if (!(shownDocument === id && document.getElementById('text'))) {
    const doc = await api('/api/documents/' + encodeURIComponent(id));
    renderDocument(doc);
    shownDocument = id;
    announce(`document ${doc.document.title || doc.document.source}, ${doc.commitments.length} commitments`);
  }
  if (start !== null) focusSentence(start);
}

/** Draws a document again (after a correction, say) and opens a sentence; for scripts written against openDocument. */
async function openDocument(id, start) {
  shownDocument = null;
  try {
    await showDocument({arg: id, params: new URLSearchParams(start !== undefined && start !== null ? {s: start} : {})});
  } catch (e) { showError(e); }
}

/* ---------- Deadlines view ---------- */

function deadlinesHash(params) {
  const p = new URLSearchParams();
  for (const k of ['from', 'to', 'status', 'q']) if (params[k]) p.set(k, params[k]);
  const s = p.toString();
  return '#/deadlines' + (s ? '?' + s : '');
}

function monthName(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', {month: 'long', year: 'numeric', timeZone: 'UTC'});
}

function deadlineEntry(c) {
  const marker = c.status === 'overdue' ? '⚠ overdue' : '◷ upcoming';
  const link = el('a', {class: 'go', href: docHash(c.document.id, c.start)}, c.action || c.text);
  return el('li', {class: 'deadline ' + c.status},
    el('span', {class: 'due'}, c.deadline.due), ' ', el('span', {class: 'status-word'}, marker), ' · ',
    el('span', {class: 'parties'}, joined(c.parties.map(n => partyLink(n)))), ' ', el('span', {class: 'modality m-' + c.modality}, c.modality),
    ': ', link, ' — ', el('span', {class: 'meta'}, c.document.title || c.document.source));
}

async function showDeadlines(state) {
  const p = state.params;
  const params = {from: p.get('from') || '', to: p.get('to') || '', status: p.get('status') || 'all', q: p.get('q') || ''};
  const api_params = new URLSearchParams({q: params.q, status: params.status});
  if (params.from) api_params.set('from', params.from);
  if (params.to) api_params.set('to', params.to);
  const result = await api('/api/deadlines?' + api_params);
  const list = result.commitments.filter(c => params.status === 'all' || c.status === params.status);
  const form = el('form', {id: 'deadlines-form', class: 'window'},
    el('label', {}, 'from ', el('input', {type: 'date', id: 'from', name: 'from', value: params.from})), ' ',
    el('label', {}, 'to ', el('input', {type: 'date', id: 'to', name: 'to', value: params.to})), ' ',
    el('label', {}, 'show ', el('select', {id: 'deadline-status', name: 'status'},
      ['all', 'overdue', 'upcoming'].map(s => el('option', {value: s, selected: s === params.status}, s)))), ' ',
    el('label', {}, 'query ', el('input', {type: 'search', id: 'deadline-q', name: 'q', value: params.q})), ' ',
    el('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData(form);
    go(deadlinesHash({from: data.get('from'), to: data.get('to'), status: data.get('status') === 'all' ? '' : data.get('status'), q: data.get('q')}));
  });
  const overdue = list.filter(c => c.status === 'overdue').length;
  const root = el('div', {id: 'deadlines'}, el('h2', {}, 'Deadlines'), form,
    el('p', {class: 'meta', id: 'deadline-total'}, `${list.length} commitments with a due date (${overdue} overdue, ${list.length - overdue} upcoming; today ${result.today})`));
  let month = '', ul = null;
  for (const c of list) {
    const due = c.deadline.due;
    if (due.slice(0, 7) !== month) {
      month = due.slice(0, 7);
      const count = list.filter(x => x.deadline.due.startsWith(month)).length;
      root.append(el('h3', {class: 'month', 'data-month': month}, `${monthName(month)} (${count})`));
      ul = el('ul', {class: 'deadline-list'});
      root.append(ul);
    }
    ul.append(deadlineEntry(c));
  }
  view.replaceChildren(root);
  facetsPane.replaceChildren();
  announce(`${list.length} deadlines`);
}

/* ---------- A party's or a mineral's record ---------- */

function countList(id, entries, linkOf) {
  const ul = el('ul', {class: 'count-list', id});
  for (const e of entries) ul.append(el('li', {}, el('a', {href: linkOf(e.norm)}, e.text || e.norm), ` (${e.count})`));
  if (!entries.length) ul.append(el('li', {class: 'meta'}, 'none'));
  return ul;
}

async function showProfile(state) {
  const dim = state.view;
  const norm = state.arg;
  const filter = {dim, value: norm, not: false};
  const query = clauseOf(filter);
  const page = state.page;
  const size = 20;
  const [found, charts, deadlines] = await Promise.all([
    api('/api/search?' + new URLSearchParams({q: query, commitments: 'true', facets: 'true', sort: 'date',
      offset: (page - 1) * size, limit: size})),
    api('/api/charts?' + new URLSearchParams({q: query})),
    api('/api/deadlines?' + new URLSearchParams({q: query}))]);
  const title = dim === 'party' ? nameOf(norm) : norm;
  const facets = facetEntries(found);
  const label = e => ({norm: e.norm, count: e.count, text: facetLabel('party', e.norm)});
  const others = (facets.party || []).filter(e => e.norm !== norm).map(label);
  const searchState = {view: 'search', q: '', filters: [filter], mode: 'commitments', sort: 'date', page: 1, size: 20, tab: 'results'};
  const root = el('div', {id: 'profile', 'data-kind': dim},
    el('h2', {id: 'profile-title'}, title),
    el('p', {class: 'meta'}, `${found.total} commitments · `, el('a', {href: searchHash(searchState)}, 'search them'), ' · ',
      el('a', {href: searchHash(Object.assign({}, searchState, {tab: 'charts'}))}, 'all charts'), ' · ', exportLinks(query)));
  const grid = el('div', {class: 'profile-grid'});
  grid.append(el('section', {}, el('h3', {}, dim === 'party' ? 'Commits with' : 'Parties'),
    countList('profile-parties', dim === 'party' ? others : (facets.party || []).map(label), n => profileHash('party', n))));
  if (dim === 'party') {
    grid.append(el('section', {}, el('h3', {}, 'Minerals'), countList('profile-minerals',
      (facets.mineral || []).map(e => ({norm: e.norm, count: e.count})), n => profileHash('mineral', n))));
  }
  grid.append(el('section', {}, el('h3', {}, 'Instruments'), countList('profile-instruments',
    (facets.instrument || []).map(e => ({norm: e.norm, count: e.count})),
    n => searchHash(Object.assign({}, searchState, {filters: [filter, {dim: 'instrument', value: n, not: false}]})))));
  grid.append(el('section', {}, el('h3', {}, 'Modality'), countList('profile-modality',
    (facets.modality || []).map(e => ({norm: e.norm, count: e.count})),
    n => searchHash(Object.assign({}, searchState, {filters: [filter, {dim: 'modality', value: n, not: false}]})))));
  root.append(grid);
  root.append(yearChart(Object.assign({}, searchState, {filters: [filter]}), charts, 'chart-profile-years'));
  const overdue = deadlines.commitments.filter(c => c.status === 'overdue');
  const upcoming = deadlines.commitments.filter(c => c.status === 'upcoming');
  const dl = (id, list, cap) => {
    const ul = el('ul', {class: 'deadline-list', id});
    list.slice(0, cap).forEach(c => ul.append(deadlineEntry(c)));
    if (!list.length) ul.append(el('li', {class: 'meta'}, 'none'));
    return ul;
  };
  root.append(el('section', {class: 'profile-deadlines'}, el('h3', {}, `Deadlines: ${overdue.length} overdue, ${upcoming.length} upcoming`),
    el('h4', {}, 'Upcoming'), dl('profile-upcoming', upcoming, 20),
    el('h4', {}, 'Overdue (latest first)'), dl('profile-overdue', overdue.slice().reverse(), 20),
    el('p', {}, el('a', {href: deadlinesHash({q: query})}, 'all in the deadlines view'))));
  const list = el('section', {id: 'profile-commitments'}, el('h3', {}, 'Commitments, newest first'));
  for (const hit of found.hits) {
    for (const c of hit.commitments) {
      list.append(commitmentItem(c, hit.id, el('span', {class: 'meta'}, ` — ${hit.date || 'undated'}, ${hit.title || hit.source}`)));
    }
  }
  if (found.total > size) {
    const pages = Math.ceil(found.total / size);
    const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
    const href = p => `#/${dim}/${encodeURIComponent(norm)}?page=${p}`;
    if (page > 1) nav.append(el('a', {href: href(page - 1), rel: 'prev', class: 'prev'}, '‹ previous'));
    nav.append(el('span', {class: 'current'}, `page ${page} of ${pages}`));
    if (page < pages) nav.append(el('a', {href: href(page + 1), rel: 'next', class: 'next'}, 'next ›'));
    list.append(nav);
  }
  root.append(list);
  view.replaceChildren(root);
  facetsPane.replaceChildren();
  announce(`${title}: ${found.total} commitments`);
}

/* ---------- Upload ---------- */

let lastUpload = null;

async function annotateFile(file) {
  clearError();
  const index = document.getElementById('add-to-index').checked;
  announce(`annotating ${file.name}…`);
  try {
    const params = new URLSearchParams({name: file.name, include_text: 'true'});
    if (index) params.set('index', 'true');
    const doc = await api('/api/annotate?' + params, {method: 'POST', body: file});
    lastUpload = doc;
    if (doc.indexed) {
      shownDocument = null;
      go(docHash(doc.document.id));
      announce(`${file.name} is in the index`);
    } else {
      shownDocument = null;
      history.pushState(null, '', '#/upload');
      renderDocument(doc);
      facetsPane.replaceChildren();
      announce(`${file.name}: ${doc.commitments.length} commitments`);
    }
  } catch (e) { showError(e); }
}

function showUpload() {
  if (lastUpload) renderDocument(lastUpload);
  else view.replaceChildren(el('p', {}, 'An annotated file is shown only until the page is left; add it to the index to keep it.'));
}

/* ---------- Router ---------- */

accordex.hooks = accordex.hooks || {commitment: []};
accordex.views = {
  search: showSearch,
  doc: showDocument,
  deadlines: showDeadlines,
  party: showProfile,
  mineral: showProfile,
  upload: showUpload,
  /** Lets another script add a view at #/NAME; render(state) draws into accordex.view. */
  register(name, render) { this[name] = render; },
};
Object.assign(accordex, {el, api, go, announce, showError, nameOf, remember, parseHash, searchHash, composedQuery, docHash,
  view, facetsPane});

async function route() {
  const state = parseHash(location.hash);
  if (state.view === 'doc' && !state.arg && location.hash.startsWith('#doc/')) state.arg = location.hash.slice(5);
  const render = accordex.views[state.view];
  if (!render || state.view === 'register') return; // another script's view (#watches, #watch/ID) draws itself
  if (state.view !== 'doc') shownDocument = null;
  disposeCharts();
  clearError();
  try {
    await render(state);
  } catch (e) { showError(e); }
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const state = parseHash(location.hash);
  const filters = state.view === 'search' ? state.filters : [];
  go(searchHash({q: q.value.trim(), filters, mode: document.getElementById('commitments').checked ? 'commitments' : 'documents',
    sort: document.getElementById('sort').value, page: 1, size: state.size, tab: state.view === 'search' ? state.tab : 'results'}));
});

const drop = document.getElementById('drop');
const fileInput = document.getElementById('file');
// A <button>: Enter and Space open the chooser like a click.
drop.addEventListener('click', () => fileInput.click());
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) annotateFile(e.dataTransfer.files[0]); });
fileInput.addEventListener('change', () => { if (fileInput.files[0]) annotateFile(fileInput.files[0]); fileInput.value = ''; });
window.addEventListener('hashchange', route);
// The skip link moves focus without changing the view's URL.
document.querySelector('a.skip').addEventListener('click', e => { e.preventDefault(); view.focus(); });
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
route();
