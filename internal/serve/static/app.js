// apologylint's page: lints the draft as it is typed and shows the findings three ways (a
// highlight under the words, a note in the side list, the structure check-list).
//
// Offsets: the API reports byte offsets into the draft's UTF-8, as every apologylint format does,
// and also the same ranges in UTF-16 code units, which is how a JavaScript string is indexed. The
// page uses only the UTF-16 ones, so a highlight after an emoji or an accent lies exactly on its
// words.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const draft = $('draft');
  const backdrop = $('backdrop');
  const format = $('format');
  const maxWords = $('max-words');
  const wordCount = $('word-count');
  const status = $('status');
  const checklist = $('checklist');
  const partDetail = $('part-detail');
  const list = $('findings');
  const count = $('findings-count');
  const noFindings = $('no-findings');
  const dialog = $('rule-doc');

  const DEBOUNCE_MS = 250;
  const RANK = { error: 3, warning: 2, info: 1 };
  // Each part of the check-list: its label, what it asks for, and what to say when it is missing.
  const PARTS = {
    acknowledge: ['Acknowledge', 'names what went wrong', 'nothing names what went wrong.'],
    apologise: ['Apologise', 'says sorry in the first person', 'nobody says sorry in the first person.'],
    remedy: ['Remedy', 'says how the harm is put right', 'nothing says how the harm is put right.'],
    prevention: ['Prevention', 'says what keeps it from happening again', 'nothing says what keeps it from happening again.'],
    contact: ['Contact', 'gives a way to reach a person', 'no way to reach a person.'],
    signed: ['Signed', 'a named person signs it', 'no named person signs it.'],
  };

  const rules = new Map();
  // The draft as last linted and what the API said about it: findings with their UTF-16 ranges.
  let state = { text: null, findings: [], parts: [] };
  let active = -1; // the finding selected in the list or by the cursor
  let activePart = null;
  let timer = 0;
  let inflight = null;

  function setStatus(msg, isError) {
    status.textContent = msg;
    status.classList.toggle('error', Boolean(isError));
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  }

  // fit grows the text area to its content, so that it never scrolls apart from its backdrop.
  function fit() {
    draft.style.height = 'auto';
    const border = draft.offsetHeight - draft.clientHeight;
    draft.style.height = (draft.scrollHeight + border) + 'px';
  }

  // The body's data-fresh says whether what the page shows is about the text as it stands.
  function stale() {
    document.body.dataset.fresh = 'false';
  }

  function schedule() {
    stale();
    fit();
    clearTimeout(timer);
    timer = setTimeout(lint, DEBOUNCE_MS);
  }

  async function lint() {
    clearTimeout(timer);
    stale();
    const text = draft.value;
    const body = { text, format: format.value };
    const limit = parseInt(maxWords.value, 10);
    if (limit > 0) body.max_words = limit;
    if (inflight) inflight.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    setStatus('Checking…');
    let res, data;
    try {
      res = await fetch('api/lint', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: ctrl.signal,
      });
      data = await res.json();
    } catch (e) {
      if (e.name !== 'AbortError') setStatus('Could not reach apologylint: ' + e.message, true);
      return;
    } finally {
      if (inflight === ctrl) inflight = null;
    }
    if (!res.ok) {
      setStatus(data.error || res.statusText, true);
      return;
    }
    if (draft.value !== text) return; // typed since: a newer request is on its way
    render(text, data);
  }

  function render(text, data) {
    const file = data.files[0];
    if (!file) {
      state = { text, findings: [], parts: [] };
      setStatus(data.errors.map((e) => e.message).join('; '), true);
      renderAll(data);
      return;
    }
    state = {
      text,
      findings: file.findings.map((f, i) => ({ ...f, index: i, range: data.spans[i] })),
      parts: data.parts,
    };
    const n = state.findings.length;
    setStatus(n === 0 ? 'No findings.' : `${n} finding${n === 1 ? '' : 's'}.`);
    renderAll(data);
  }

  function renderAll(data) {
    if (active >= state.findings.length) active = -1;
    renderWords(data.words || 0, data.max_words);
    renderMarks();
    renderList();
    renderChecklist();
    document.body.dataset.fresh = String(state.text === draft.value);
  }

  function renderWords(words, limit) {
    if (!maxWords.value) maxWords.placeholder = String(limit);
    wordCount.textContent = `${words} / ${limit} words`;
    wordCount.classList.toggle('over', words > limit);
  }

  // renderMarks rebuilds the backdrop: the draft's text, with a mark around every stretch that a
  // finding (or the part shown from the check-list) covers. Overlapping findings split the text
  // at every boundary, and each stretch takes the colour of its most severe finding.
  function renderMarks() {
    const text = state.text || '';
    const items = [];
    for (const f of state.findings) {
      if (f.range && f.range.utf16_end_offset > f.range.utf16_offset) {
        items.push({ start: f.range.utf16_offset, end: f.range.utf16_end_offset, f });
      }
    }
    let part = null;
    if (activePart) {
      const p = state.parts.find((q) => q.name === activePart);
      if (p && p.span) part = { start: p.span.utf16_offset, end: p.span.utf16_end_offset };
    }
    const cuts = new Set([0, text.length]);
    for (const it of items) { cuts.add(it.start); cuts.add(it.end); }
    if (part) { cuts.add(part.start); cuts.add(part.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const piece = text.slice(a, b);
      const over = items.filter((it) => it.start <= a && it.end >= b);
      const inPart = part && part.start <= a && part.end >= b;
      if (over.length === 0 && !inPart) {
        frag.append(piece);
        continue;
      }
      const m = el('mark', { text: piece });
      if (over.length > 0) {
        const top = over.reduce((x, y) => (RANK[y.f.severity] > RANK[x.f.severity] ? y : x));
        m.classList.add('sev-' + top.f.severity);
        m.dataset.findings = over.map((it) => it.f.index).join(' ');
        if (over.some((it) => it.f.index === active)) m.classList.add('active');
      } else {
        m.classList.add('part');
      }
      frag.append(m);
    }
    // A final newline needs a character after it to take up its line.
    frag.append('\u200b');
    backdrop.replaceChildren(frag);
  }

  function renderList() {
    list.replaceChildren();
    const n = state.findings.length;
    count.textContent = `(${n})`;
    noFindings.hidden = n > 0 || state.text === null;
    for (const f of state.findings) {
      const li = el('li', { class: 'sev-' + f.severity, id: 'finding-' + f.index });
      li.dataset.index = f.index;
      li.dataset.rule = f.rule;
      if (f.index === active) li.classList.add('active');
      const where = f.line ? `line ${f.line}, column ${f.column}` : 'whole draft';
      li.append(el('div', { class: 'head' },
        el('span', { class: 'severity', text: f.severity }),
        el('span', { class: 'where', text: where })));
      const msg = el('button', { type: 'button', class: 'message', text: f.message });
      if (f.range) {
        msg.title = 'Show these words in the draft';
        msg.addEventListener('click', () => show(f.index));
        msg.addEventListener('mouseenter', () => highlight(f.index));
        msg.addEventListener('mouseleave', () => highlight(active));
        msg.addEventListener('focus', () => highlight(f.index));
        msg.addEventListener('blur', () => highlight(active));
      } else {
        msg.disabled = true;
      }
      li.append(msg);
      if (f.suggestion) li.append(el('p', { class: 'suggestion', text: 'Suggestion: ' + f.suggestion }));
      const actions = el('div', { class: 'actions' });
      if (f.range && f.range.fix) {
        const apply = el('button', { type: 'button', class: 'apply', text: 'Apply fix' });
        apply.setAttribute('aria-label', `Apply fix: replace with “${f.fix.text}”`);
        apply.title = `Replace with “${f.fix.text}”`;
        apply.addEventListener('click', () => applyFix(f));
        actions.append(apply);
      }
      const explain = el('button', { type: 'button', class: 'rule', text: f.rule });
      explain.setAttribute('aria-label', `Explain rule ${f.rule}`);
      explain.title = 'What this rule looks for, with examples';
      explain.addEventListener('click', () => openRule(f.rule, explain));
      actions.append(explain);
      li.append(actions);
      list.append(li);
    }
  }

  function renderChecklist() {
    checklist.replaceChildren();
    if (state.parts.length === 0) {
      partDetail.textContent = state.text ? 'The draft has no prose to judge yet.' : '';
      return;
    }
    if (activePart && !state.parts.some((p) => p.name === activePart)) activePart = null;
    for (const p of state.parts) {
      const [label, what] = PARTS[p.name] || [p.name, ''];
      const li = el('li');
      li.dataset.part = p.name;
      li.dataset.present = String(p.present);
      const b = el('button', { type: 'button', 'aria-pressed': String(activePart === p.name) },
        el('span', { class: 'mark', 'aria-hidden': 'true', text: p.present ? '✓' : '✗' }),
        el('span', { text: label }),
        el('span', { class: 'visually-hidden', text: p.present ? ' (present)' : ' (missing)' }));
      b.title = `${label}: ${what}`;
      b.addEventListener('mouseenter', () => describePart(p.name));
      b.addEventListener('focus', () => describePart(p.name));
      b.addEventListener('click', () => togglePart(p.name));
      li.append(b);
      checklist.append(li);
    }
    describePart(activePart || (partDetail.dataset.part && state.parts.some((p) => p.name === partDetail.dataset.part) ? partDetail.dataset.part : null));
  }

  // describePart says what a part needs and quotes the sentence of the draft that has it.
  function describePart(name) {
    partDetail.replaceChildren();
    partDetail.dataset.part = name || '';
    const p = state.parts.find((q) => q.name === name);
    if (!p) return;
    const [label, , missing] = PARTS[p.name] || [p.name, '', 'missing.'];
    if (!p.present) {
      partDetail.append(el('strong', { text: `${label} is missing: ` }), missing);
      return;
    }
    const s = p.sentence;
    const quote = state.text.slice(s.utf16_offset, s.utf16_end_offset).trim();
    partDetail.append(el('strong', { text: `${label}, line ${p.line}: ` }), el('q', { text: quote }));
  }

  function togglePart(name) {
    activePart = activePart === name ? null : name;
    for (const b of checklist.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.parentElement.dataset.part === activePart));
    }
    describePart(name);
    renderMarks();
    const p = state.parts.find((q) => q.name === activePart);
    if (p && p.span) scrollToMark(backdrop.querySelector('mark.part'));
  }

  // highlight outlines the marks of finding i, and only those.
  function highlight(i) {
    for (const m of backdrop.querySelectorAll('mark[data-findings]')) {
      m.classList.toggle('active', m.dataset.findings.split(' ').includes(String(i)));
    }
  }

  function select(i) {
    active = i;
    highlight(i);
    for (const li of list.children) li.classList.toggle('active', Number(li.dataset.index) === i);
  }

  function scrollToMark(m) {
    if (!m) return;
    const r = m.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      window.scrollBy({ top: r.top - window.innerHeight / 3, behavior: 'smooth' });
    }
  }

  // show selects finding i and its words in the draft, without moving focus from the list.
  function show(i) {
    select(i);
    const f = state.findings[i];
    if (!f || !f.range) return;
    draft.setSelectionRange(f.range.utf16_offset, f.range.utf16_end_offset);
    scrollToMark(backdrop.querySelector('mark.active'));
  }

  // onCaret selects the finding under the cursor and brings its note into view.
  function onCaret() {
    if (state.text !== draft.value) return;
    const pos = draft.selectionStart;
    const hit = state.findings.find((f) => f.range && f.range.utf16_offset <= pos && pos <= f.range.utf16_end_offset);
    if (!hit) return;
    select(hit.index);
    const li = $('finding-' + hit.index);
    if (li) li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  function applyFix(f) {
    if (state.text !== draft.value) {
      setStatus('The draft changed since it was checked; try again in a moment.', true);
      schedule();
      return;
    }
    const { utf16_offset: start, utf16_end_offset: end } = f.range.fix;
    draft.focus();
    draft.setSelectionRange(start, end);
    // insertText keeps the change on the undo stack; setRangeText is the fallback.
    if (!document.execCommand('insertText', false, f.fix.text)) {
      draft.setRangeText(f.fix.text, start, end, 'end');
    }
    setStatus(`Applied: “${f.fix.text}”.`);
    active = -1;
    fit();
    lint();
  }

  function openRule(id, opener) {
    const r = rules.get(id);
    $('rule-id').textContent = id;
    $('rule-summary').textContent = r ? r.summary : '';
    $('rule-meta').textContent = r ? `Default severity: ${r.severity}. Scope: ${r.scope === 'document' ? 'the whole draft' : 'a phrase'}.` : '';
    $('rule-explain').textContent = r ? r.explain : 'No description of this rule was found.';
    $('rule-bad').textContent = r ? r.bad : '';
    $('rule-good').textContent = r ? r.good : '';
    dialog.returnFocus = opener;
    dialog.showModal();
  }

  $('rule-close').addEventListener('click', (e) => {
    e.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnFocus) dialog.returnFocus.focus();
  });

  draft.addEventListener('input', schedule);
  format.addEventListener('change', () => { stale(); lint(); });
  maxWords.addEventListener('input', schedule);
  draft.addEventListener('click', onCaret);
  draft.addEventListener('keyup', (e) => {
    if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') onCaret();
  });
  window.addEventListener('resize', fit);

  async function start() {
    try {
      const res = await fetch('api/rules');
      const data = await res.json();
      for (const r of data.rules) rules.set(r.id, r);
    } catch (e) {
      setStatus('Could not load the rules: ' + e.message, true);
    }
    fit();
    await lint();
    document.body.dataset.ready = 'true';
  }
  start();
})();
