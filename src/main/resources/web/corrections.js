// accordex corrections: editing in the document view (parties, modality, action and deadline of a commitment,
// "not a commitment", a commitment from a selected sentence; a mention's type or norm, its removal, a mention from
// a selection). Loaded after app.js; document text only ever goes in as text nodes.
'use strict';
(function () {
  const USER_KEY = 'accordex.user';
  const MODALITIES = ['obligation', 'commitment', 'intent', 'recommendation'];
  const TYPES = ['PARTY', 'MINERAL', 'DEADLINE', 'INSTRUMENT'];
  let current = null;

  // The page allows no inline style: the look of corrections is a style sheet of its own.
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = 'corrections.css';
  document.head.append(sheet);

  function node(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'onclick') n.addEventListener('click', v);
      else if (k === 'value') n.value = v;
      else n.setAttribute(k, v);
    }
    for (const c of children) n.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
    return n;
  }

  const user = () => (localStorage.getItem(USER_KEY) || '').trim();
  const when = t => String(t).slice(0, 16).replace('T', ' ');

  function say(message) {
    const s = document.getElementById('correction-status');
    if (s) s.textContent = message;
  }

  // Changing requests carry X-Accordex: 1, which the server requires of its own page.
  async function send(method, url, body) {
    const response = await fetch(url, {method, headers: {'Content-Type': 'application/json', 'X-Accordex': '1'},
      body: body === undefined ? undefined : JSON.stringify(body)});
    const json = await response.json();
    if (!response.ok) throw new Error(json.error || response.statusText);
    return json;
  }

  async function reopen(start) {
    await openDocument(current.document.id, start); // app.js renders it again and tells us
  }

  async function correct(body, start) {
    if (!user()) { say('Set your name first (it is kept in this browser).'); document.getElementById('corrector-name').focus(); return; }
    try {
      const reply = await send('POST', '/api/corrections', Object.assign({document: current.document.id, author: user()}, body));
      await reopen(start);
      if (!reply.applied) say('Saved; the index is busy and will show it when its run ends.');
    } catch (e) { say(e.message); }
  }

  async function undo(id) {
    if (!user()) { say('Set your name first (it is kept in this browser).'); return; }
    try {
      await send('DELETE', '/api/corrections/' + encodeURIComponent(id) + '?' + new URLSearchParams({author: user()}));
      await reopen();
    } catch (e) { say(e.message); }
  }

  // Offsets in the document text of a point in the text pane: the pane holds the whole text, in order.
  function offsetOf(pane, container, offset) {
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t === container) return total + offset;
      total += t.data.length;
    }
    if (container === pane) return offset === 0 ? 0 : total;
    return -1;
  }

  function selection(pane) {
    const sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    if (!pane.contains(r.startContainer) || !pane.contains(r.endContainer)) return null;
    let start = offsetOf(pane, r.startContainer, r.startOffset);
    let end = offsetOf(pane, r.endContainer, r.endOffset);
    const text = current.text;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return start >= 0 && end > start ? {start, end} : null;
  }

  function partyNorms() {
    return [...new Set(current.mentions.filter(m => m.type === 'PARTY').map(m => m.norm))].sort();
  }

  function select(id, options, value) {
    const s = node('select', {id});
    for (const o of options) s.append(node('option', {value: o}, o));
    s.value = value;
    return s;
  }

  function form(anchor, ...children) {
    document.querySelectorAll('.correction-form').forEach(f => f.remove());
    const f = node('div', {class: 'correction-form'}, ...children,
      node('button', {type: 'button', onclick: () => f.remove()}, 'Cancel'));
    f.addEventListener('click', e => e.stopPropagation());
    anchor.after(f);
    return f;
  }

  const list = s => s.split(',').map(x => x.trim()).filter(Boolean).sort();
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  function commitmentForm(anchor, c) {
    const parties = node('input', {type: 'text', id: 'edit-parties', list: 'party-norms', value: c.parties.join(', ')});
    const modality = select('edit-modality', MODALITIES, c.modality);
    const action = node('input', {type: 'text', id: 'edit-action', value: c.action});
    const deadline = node('input', {type: 'text', id: 'edit-deadline', placeholder: 'P6M, 2030, 2026-06-30; empty: none',
      value: c.deadline ? c.deadline.norm : ''});
    form(anchor,
      node('label', {}, 'Parties (norms, comma-separated) ', parties),
      node('label', {}, 'Modality ', modality),
      node('label', {}, 'Action ', action),
      node('label', {}, 'Deadline ', deadline),
      node('button', {type: 'button', id: 'save-commitment', onclick: () => {
        const body = {kind: 'commitment', start: c.start, end: c.end};
        if (!same(list(parties.value), c.parties)) body.parties = list(parties.value);
        if (modality.value !== c.modality) body.modality = modality.value;
        if (action.value.trim() !== c.action) body.action = action.value.trim();
        if (deadline.value.trim() !== (c.deadline ? c.deadline.norm : '')) body.deadline = deadline.value.trim();
        if (Object.keys(body).length === 3) { say('Nothing changed.'); return; }
        correct(body, c.start);
      }}, 'Save'),
      node('button', {type: 'button', id: 'not-commitment', onclick: () =>
        correct({kind: 'not-commitment', start: c.start, end: c.end})}, 'Not a commitment'));
  }

  function mentionForm(anchor, m) {
    const type = select('edit-type', TYPES, m.type);
    const norm = node('input', {type: 'text', id: 'edit-norm', value: m.norm});
    form(anchor,
      node('p', {}, `“${m.text}” [${m.start}, ${m.end})`),
      node('label', {}, 'Type ', type),
      node('label', {}, 'Norm ', norm),
      node('button', {type: 'button', id: 'save-mention', onclick: () => {
        const body = {kind: 'mention', start: m.start, end: m.end};
        if (type.value !== m.type) body.type = type.value;
        if (norm.value.trim() !== m.norm) body.norm = norm.value.trim();
        if (Object.keys(body).length === 3) { say('Nothing changed.'); return; }
        correct(body);
      }}, 'Save'),
      node('button', {type: 'button', id: 'remove-mention', onclick: () =>
        correct({kind: 'remove-mention', start: m.start, end: m.end})}, 'Remove'));
  }

  function addForm(anchor, pane, kind) {
    const span = selection(pane);
    if (!span) { say('Select the text first.'); return; }
    const quoted = node('p', {}, `“${current.text.slice(span.start, span.end)}”`);
    if (kind === 'add-commitment') {
      const parties = node('input', {type: 'text', id: 'add-parties', list: 'party-norms'});
      const modality = select('add-modality', MODALITIES, 'commitment');
      const action = node('input', {type: 'text', id: 'add-action'});
      form(anchor, quoted, node('label', {}, 'Parties ', parties), node('label', {}, 'Modality ', modality),
        node('label', {}, 'Action ', action),
        node('button', {type: 'button', id: 'save-added', onclick: () => correct({kind, start: span.start, end: span.end,
          parties: list(parties.value), modality: modality.value, action: action.value.trim()}, span.start)}, 'Add commitment'));
    } else {
      const type = select('add-type', TYPES, 'PARTY');
      const norm = node('input', {type: 'text', id: 'add-norm'});
      form(anchor, quoted, node('label', {}, 'Type ', type), node('label', {}, 'Norm ', norm),
        node('button', {type: 'button', id: 'save-added', onclick: () =>
          correct({kind, start: span.start, end: span.end, type: type.value, norm: norm.value.trim()})}, 'Add mention'));
    }
  }

  function describeCorrection(c) {
    const parts = [];
    if (c.parties) parts.push('parties → ' + c.parties.join(', '));
    if (c.modality) parts.push('modality → ' + c.modality);
    if (c.action !== undefined) parts.push('action → ' + c.action);
    if (c.deadline !== undefined) parts.push('deadline → ' + (c.deadline || 'none'));
    if (c.type) parts.push('type → ' + c.type);
    if (c.norm) parts.push('norm → ' + c.norm);
    return `${c.kind} “${c.text.length > 60 ? c.text.slice(0, 57) + '…' : c.text}” ${parts.join('; ')} — ${c.author}, ${when(c.time)}`;
  }

  async function showLog(side) {
    const box = node('div', {id: 'corrections-log'});
    side.append(box);
    try {
      const result = await (await fetch('/api/corrections?' + new URLSearchParams({document: current.document.id}))).json();
      const active = (result.corrections || []).filter(c => c.kind !== 'undo' && !c.undone);
      if (!active.length) return;
      const ul = node('ul', {id: 'corrections-list'});
      for (const c of active) {
        ul.append(node('li', {'data-id': c.id}, describeCorrection(c), ' ',
          node('button', {type: 'button', class: 'undo-correction', onclick: () => undo(c.id)}, 'Undo')));
      }
      box.append(node('h3', {}, `${active.length} correction${active.length === 1 ? '' : 's'}`), ul);
    } catch (e) { say(e.message); }
  }

  function enhance(doc) {
    current = doc;
    const pane = document.getElementById('text');
    const side = document.querySelector('.side');
    const layout = document.querySelector('.doc');
    if (!pane || !side || !layout || typeof doc.text !== 'string') return; // an upload not in the index: nothing to correct
    const name = node('input', {type: 'text', id: 'corrector-name', placeholder: 'your name', value: user()});
    name.addEventListener('change', () => { localStorage.setItem(USER_KEY, name.value.trim()); say(''); });
    const datalist = node('datalist', {id: 'party-norms'});
    partyNorms().forEach(p => datalist.append(node('option', {value: p})));
    const bar = node('div', {id: 'corrections-bar'}, node('label', {}, 'Corrections by ', name), datalist,
      node('button', {type: 'button', id: 'add-commitment', onclick: () => addForm(bar, pane, 'add-commitment')},
        'Add commitment from selection'),
      node('button', {type: 'button', id: 'add-mention', onclick: () => addForm(bar, pane, 'add-mention')},
        'Add mention from selection'),
      node('span', {id: 'correction-status'}));
    layout.before(bar);

    for (const c of doc.commitments) {
      const item = side.querySelector(`.commitment[data-start="${c.start}"]`);
      if (!item) continue;
      if (c.corrected) {
        item.classList.add('corrected');
        item.append(node('span', {class: 'corrected-note'}, `corrected by ${c.correctedBy}, ${when(c.correctedAt)}`));
      }
      item.append(node('button', {type: 'button', class: 'edit-commitment', onclick: e => {
        e.stopPropagation();
        commitmentForm(item, c);
      }}, 'Edit'));
    }

    const byStart = new Map(doc.mentions.map(m => [m.start, m]));
    for (const mark of pane.querySelectorAll('mark')) {
      const start = offsetOf(pane, mark.firstChild, 0);
      const m = byStart.get(start);
      if (!m) continue;
      mark.dataset.start = m.start;
      if (m.corrected) {
        mark.classList.add('corrected');
        mark.title += ` · corrected by ${m.correctedBy}, ${when(m.correctedAt)}`;
      }
      mark.addEventListener('click', e => { e.stopPropagation(); mentionForm(side.firstChild, m); });
    }
    showLog(side);
  }

  document.addEventListener('accordex:document', e => enhance(e.detail));
})();
