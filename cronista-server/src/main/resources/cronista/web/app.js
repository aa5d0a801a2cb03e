'use strict';
// Cronista's web page: one script, no framework. Views are chosen by the URL's hash (#code, #explore,
// #dyads?a=RUS&b=PRK, #tension, #network, #map, #article/ID); every number comes from the JSON API.

const $ = (s, root = document) => root.querySelector(s);
const $$ = (s, root = document) => Array.from(root.querySelectorAll(s));
const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
const QUAD_COLOURS = {1: '#81c784', 2: '#2e7d32', 3: '#ef9a9a', 4: '#c62828'};
let codebook = {cameo: {}, countries: {}, plover: [], languages: []};
const charts = {};

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path, options) {
  const r = await fetch(path, options);
  const body = await r.json().catch(() => ({error: r.statusText}));
  if (!r.ok) { throw new Error(body.error || r.statusText); }
  return body;
}

function showError(e) { $('#error').textContent = e ? String(e.message || e) : ''; }

function formParams(form) {
  const p = new URLSearchParams();
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') { if (el.checked) p.set(el.name, 'true'); }
    else if (el.value.trim() !== '') p.set(el.name, el.value.trim());
  }
  return p;
}

function fillForm(form, params) {
  for (const el of form.elements) {
    if (!el.name || !params.has(el.name)) continue;
    if (el.type === 'checkbox') el.checked = params.get(el.name) === 'true'; else el.value = params.get(el.name);
  }
}

function actorLabel(code) {
  if (!code) return '—';
  const country = codebook.countries[code.slice(0, 3)];
  return country ? `${code} (${country})` : code;
}

function cameoName(code) { return (codebook.cameo[code] || {}).name || ''; }

function chart(id) {
  if (!charts[id]) { charts[id] = echarts.init(document.getElementById(id)); window.addEventListener('resize', () => charts[id].resize()); }
  return charts[id];
}

// ---- routing
const views = {code: showCode, explore: showExplore, dyads: showDyads, tension: showTension, network: showNetwork, map: showMap};

function route() {
  showError(null);
  const hash = location.hash.slice(1) || 'code';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  let name = path.split('/')[0];
  if (name === 'article') name = 'code';
  if (!views[name]) name = 'code';
  $$('.view').forEach(v => v.classList.toggle('active', v.id === 'view-' + name));
  $$('nav a[data-view]').forEach(a => a.classList.toggle('active', a.dataset.view === name));
  views[name](params, path).catch(showError);
}

function go(view, params) { location.hash = view + (params && [...params].length ? '?' + params : ''); }

// ---- code an article
function spansOf(events) {
  const spans = [];
  events.forEach((e, i) => {
    const tip = `${e.cameo} ${e.event || cameoName(e.cameo)} · ${e.plover || '-'} · Goldstein ${e.goldstein}`;
    if (e.source && e.source.start != null) spans.push({start: e.source.start, end: e.source.end, cls: 'actor', ev: i, tip: `${e.source.code}: ${e.source.name || ''}`});
    if (e.target && e.target.start != null) spans.push({start: e.target.start, end: e.target.end, cls: 'actor', ev: i, tip: `${e.target.code}: ${e.target.name || ''}`});
    (e.mentions || []).forEach(m => spans.push({start: m.trigger.start, end: m.trigger.end, cls: 'trigger' + (e.negated ? ' negated' : ''), ev: i, tip, rule: m.rule}));
  });
  return spans;
}

function highlight(text, spans) {
  const sorted = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '', at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    html += esc(text.slice(at, s.start));
    html += `<span class="${s.cls}" data-ev="${s.ev}" title="${esc(s.tip + (s.rule ? ' · rule ' + s.rule : ''))}">${esc(text.slice(s.start, s.end))}</span>`;
    at = s.end;
  }
  return html + esc(text.slice(at));
}

function eventCard(e, i) {
  const m = (e.mentions || [])[0] || {};
  const arrow = e.symmetric ? '↔' : '→';
  return `<div class="event q${e.quad_class}" data-ev="${i}">
    <div class="dyad">${esc(actorLabel(e.source && e.source.code))} ${arrow} ${esc(actorLabel(e.target && e.target.code))}</div>
    <div>${esc(e.event || cameoName(e.cameo))}${e.negated ? ' <b>(' + esc(e.status) + ')</b>' : ''}</div>
    <div class="codes">CAMEO ${esc(e.cameo)} · PLOVER ${esc(e.plover || '-')} · Goldstein ${esc(e.goldstein)} · QuadClass ${esc(e.quad_class)} (${esc(QUAD[e.quad_class])})</div>
    ${e.location ? `<div class="codes">at ${esc(e.location)}</div>` : ''}${e.date ? `<div class="codes">on ${esc(e.date)}</div>` : ''}
    <div class="rule">rule <code>${esc(m.rule || e.rule || '')}</code>${m.source_rule ? ' · source ' + esc(m.source_rule) : ''}${m.target_rule ? ' · target ' + esc(m.target_rule) : ''}</div>
    ${m.text ? `<div class="sentence">“${esc(m.text)}”</div>` : ''}
  </div>`;
}

function renderCoded(text, events, title) {
  $('#code-article').innerHTML = (title ? `<h2>${esc(title)}</h2>` : '') + highlight(text, spansOf(events));
  $('#code-events').innerHTML = events.length
    ? `<p class="count">${events.length} event${events.length === 1 ? '' : 's'}</p>` + events.map(eventCard).join('')
    : '<p class="muted">No event found in this text.</p>';
  $$('#code-events .event').forEach(card => card.addEventListener('click', () => {
    $$('#code-article span.flash').forEach(s => s.classList.remove('flash'));
    const hits = $$(`#code-article span[data-ev="${card.dataset.ev}"]`);
    hits.forEach(s => s.classList.add('flash'));
    if (hits[0]) hits[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }));
}

async function codeText() {
  const form = $('#code-form');
  const text = $('#code-text').value;
  if (!text.trim()) { showError('Paste an article first.'); return; }
  const p = new URLSearchParams({lang: form.lang.value});
  if (form.date.value) p.set('date', form.date.value);
  $('#code-events').innerHTML = '<p class="muted">Coding…</p>';
  const events = await api('/api/code?' + p, {method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: text});
  renderCoded(text, events);
}

// A stored article's mentions become events shaped like those of /api/code.
function storedEvents(a) {
  const byKey = new Map();
  for (const m of a.mentions) {
    const key = m.event != null ? 'e' + m.event : `m${m.sentence}-${m.trigger_start}`;
    const cb = codebook.cameo[m.cameo] || {};
    if (!byKey.has(key)) {
      byKey.set(key, {source: {code: m.source, start: m.source_start, end: m.source_end},
        target: m.target ? {code: m.target, start: m.target_start, end: m.target_end} : null,
        cameo: m.cameo, event: cb.name, plover: cb.plover, goldstein: cb.goldstein, quad_class: cb.quad_class,
        negated: m.status !== 'ASSERTED', status: m.status.toLowerCase(), symmetric: false, mentions: [], id: m.event});
    }
    const sentenceStart = Math.max(a.text.lastIndexOf('\n', m.trigger_start), a.text.lastIndexOf('. ', m.trigger_start) + 1);
    const end = a.text.indexOf('.', m.trigger_end);
    byKey.get(key).mentions.push({trigger: {start: m.trigger_start, end: m.trigger_end}, rule: m.rule,
      text: a.text.slice(Math.max(0, sentenceStart), end < 0 ? a.text.length : end + 1).trim()});
  }
  return [...byKey.values()];
}

async function openArticle(key) {
  const a = await api('/api/article?' + new URLSearchParams({key}));
  $('#article-key').value = a.id;
  renderCoded(a.text, storedEvents(a), `${a.outlet || ''} ${a.published} · ${a.language}${a.url ? ' · ' + a.url : ''}`);
}

async function showCode(params, path) {
  if (path.startsWith('article/')) await openArticle(decodeURIComponent(path.slice('article/'.length)));
}

// ---- explore
let explore = {sort: 'date', order: 'desc', offset: 0, limit: 50};

async function showExplore(params) {
  fillForm($('#explore-form'), params);
  explore.sort = params.get('sort') || 'date';
  explore.order = params.get('order') || 'desc';
  explore.offset = Number(params.get('offset') || 0);
  const p = formParams($('#explore-form'));
  p.set('sort', explore.sort); p.set('order', explore.order); p.set('offset', explore.offset); p.set('limit', explore.limit);
  const page = await api('/api/events?' + p);
  $$('#explore-table th[data-sort]').forEach(th => {
    th.classList.toggle('sorted', th.dataset.sort === explore.sort);
    th.dataset.dir = explore.order === 'desc' ? ' ▼' : ' ▲';
  });
  $('#explore-count').textContent = `${page.capped ? 'more than ' : ''}${page.total.toLocaleString()} events`;
  $('#explore-table tbody').innerHTML = page.items.map(e => `<tr data-id="${e.id}">
    <td>${esc(e.date)}</td><td>${esc(e.source.code)}</td><td>${e.symmetric ? '↔' : '→'}</td><td>${esc(e.target ? e.target.code : '—')}</td>
    <td>${esc(e.cameo)}</td><td>${esc(cameoName(e.cameo))}</td><td>${esc(e.plover || '')}</td><td>${esc(e.goldstein)}</td>
    <td>${esc(e.quad_class)}</td><td>${esc(e.place ? e.place.name : '')}</td><td>${esc(e.num_mentions)}</td>
    <td><a href="#article/${encodeURIComponent(e.article)}">article</a></td></tr>`).join('');
  $$('#explore-table tbody tr').forEach(tr => tr.addEventListener('click', ev => { if (ev.target.tagName !== 'A') showEvent(tr.dataset.id).catch(showError); }));
  const pages = Math.max(1, Math.ceil(page.total / explore.limit));
  $('#page-info').textContent = `page ${Math.floor(explore.offset / explore.limit) + 1} of ${pages}${page.capped ? '+' : ''}`;
  $('#page-prev').disabled = explore.offset === 0;
  $('#page-next').disabled = page.items.length < explore.limit;
}

function exploreGo(change) {
  const p = formParams($('#explore-form'));
  const s = Object.assign({}, explore, change);
  p.set('sort', s.sort); p.set('order', s.order); if (s.offset) p.set('offset', s.offset);
  go('explore', p);
}

async function showEvent(id) {
  const d = await api('/api/events/' + id);
  const e = d.event;
  $('#event-detail').innerHTML = `<h3>${esc(actorLabel(e.source.code))} ${e.symmetric ? '↔' : '→'} ${esc(actorLabel(e.target && e.target.code))}:
      ${esc(e.cameo)} ${esc(cameoName(e.cameo))} on ${esc(e.date)}</h3>
    <p>${esc(e.num_mentions)} mentions in ${esc(e.num_articles)} articles from ${esc(e.num_sources)} sources${e.place ? ' · at ' + esc(e.place.name) : ''}</p>
    <ul>${d.mentions.map(m => `<li><a href="#article/${encodeURIComponent(m.article)}">${esc(m.outlet || m.doc)} ${esc(m.published)}</a>
      (${esc(m.language)}, rule <code>${esc(m.rule)}</code>): “${esc(m.snippet)}”</li>`).join('')}</ul>`;
  $('#event-detail').scrollIntoView({behavior: 'smooth'});
}

// ---- dyads over time
async function showDyads(params) {
  const form = $('#dyads-form');
  fillForm(form, params);
  if (!params.get('a') || !params.get('b')) { $('#dyads-summary').textContent = 'Choose two actors, such as RUS and PRK.'; return; }
  const s = await api('/api/dyads/timeline?' + formParams(form));
  const pts = s.points;
  const total = pts.reduce((n, p) => n + p.verbal_cooperation + p.material_cooperation + p.verbal_conflict + p.material_conflict, 0);
  $('#dyads-summary').textContent = `${total} events between ${actorLabel(s.a)} and ${actorLabel(s.b)}${s.directed ? ' (A → B only)' : ''}, per ${s.period.toLowerCase()}`;
  const key = {1: 'verbal_cooperation', 2: 'material_cooperation', 3: 'verbal_conflict', 4: 'material_conflict'};
  chart('dyads-chart').setOption({
    animation: false,
    tooltip: {trigger: 'axis'}, legend: {top: 0},
    grid: {left: 50, right: 60, top: 40, bottom: 60},
    dataZoom: [{type: 'slider', bottom: 10}],
    xAxis: {type: 'category', data: pts.map(p => p.start)},
    yAxis: [{type: 'value', name: 'events', minInterval: 1}, {type: 'value', name: 'Goldstein sum'}],
    series: [1, 2, 3, 4].map(q => ({name: QUAD[q], type: 'bar', stack: 'q', itemStyle: {color: QUAD_COLOURS[q]}, data: pts.map(p => p[key[q]])}))
      .concat([{name: 'Goldstein sum', type: 'line', yAxisIndex: 1, itemStyle: {color: '#1e63c6'}, data: pts.map(p => p.goldstein)}]),
  }, true);
  document.getElementById('dyads-chart').dataset.points = pts.length;
}

// ---- tension and alerts
function sparkline(values) {
  const w = 120, h = 24, max = Math.max(1, ...values);
  const pts = values.map((v, i) => `${(i * w / Math.max(1, values.length - 1)).toFixed(1)},${(h - v / max * h).toFixed(1)}`).join(' ');
  return `<svg width="${w}" height="${h}"><polyline fill="none" stroke="#c62828" stroke-width="1.5" points="${pts}"/></svg>`;
}

async function showTension(params) {
  const form = $('#tension-form');
  fillForm(form, params);
  const p = formParams(form);
  const [alerts, report] = await Promise.all([api('/api/alerts?' + p), api('/api/tension?' + p)]);
  $('#alerts').innerHTML = alerts.alerts.length ? alerts.alerts.map(a => {
    const t = a.tension;
    return `<div class="alert"><b>${esc(actorLabel(t.a))} – ${esc(actorLabel(t.b))}</b>: conflict score ${t.score}
      (${t.events} events) from ${esc(alerts.start)} to ${esc(alerts.end)}, against a mean of ${t.mean} (sd ${t.sd}): z = ${t.z}
      · <a href="#dyads?a=${encodeURIComponent(t.a)}&b=${encodeURIComponent(t.b)}">timeline</a>
      <ul>${a.events.map(e => `<li>${esc(e.date)} ${esc(e.source.code)} → ${esc(e.target ? e.target.code : '—')}: ${esc(e.cameo)}
        ${esc(cameoName(e.cameo))} (Goldstein ${esc(e.goldstein)}) <a href="#article/${encodeURIComponent(e.article)}">article</a></li>`).join('')}</ul></div>`;
  }).join('') : `<p class="muted">No alert for the period from ${esc(alerts.start)} to ${esc(alerts.end)}.</p>`;
  $('#tension-table tbody').innerHTML = report.dyads.map(t => `<tr onclick="location.hash='#dyads?a=${encodeURIComponent(t.a)}&b=${encodeURIComponent(t.b)}'">
    <td>${esc(actorLabel(t.a))} – ${esc(actorLabel(t.b))}${t.alert ? ' ⚠' : ''}</td><td>${t.score}</td><td>${t.events}</td><td>${t.mean}</td>
    <td>${t.sd}</td><td>${t.z}</td><td>${sparkline(t.history)}</td></tr>`).join('');
}

// ---- network
let cy;
async function showNetwork(params) {
  const form = $('#network-form');
  fillForm(form, params);
  const g = await api('/api/network?' + formParams(form));
  const maxNode = Math.max(1, ...g.nodes.map(n => n.events));
  const maxEdge = Math.max(1, ...g.edges.map(e => e.events));
  const elements = g.nodes.map(n => ({data: {id: n.id, label: codebook.countries[n.id] ? `${n.id} ${codebook.countries[n.id]}` : n.id,
      size: 14 + 40 * Math.sqrt(n.events / maxNode)}}))
    .concat(g.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target, events: e.events,
      width: 1 + 9 * e.events / maxEdge, colour: e.conflict > e.cooperation ? '#c62828' : '#2e7d32'}})));
  if (cy) cy.destroy();
  cy = cytoscape({container: document.getElementById('network-graph'), elements,
    layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000},
    style: [
      {selector: 'node', style: {label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1f2a36', 'font-size': 11}},
      {selector: 'edge', style: {width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.75}}]});
  cy.on('tap', 'edge', ev => { const d = ev.target.data(); go('explore', new URLSearchParams({source: d.source, target: d.target})); });
  document.getElementById('network-graph').dataset.nodes = g.nodes.length;
  document.getElementById('network-graph').dataset.edges = g.edges.length;
}

// ---- map
let worldReady;
function loadWorld() {
  worldReady = worldReady || fetch('/vendor/world-atlas/countries-110m.json').then(r => r.json()).then(topo => {
    echarts.registerMap('world', topojson.feature(topo, topo.objects.countries));
  });
  return worldReady;
}

async function showMap(params) {
  const form = $('#map-form');
  fillForm(form, params);
  await loadWorld();
  const places = await api('/api/map?' + formParams(form));
  const max = Math.max(1, ...places.map(p => p.events));
  chart('map-chart').setOption({
    animation: false,
    tooltip: {formatter: p => p.data ? `${esc(p.data.name)}<br>${p.data.value[2]} events (${p.data.coop} cooperation, ${p.data.conf} conflict)<br>mean Goldstein ${p.data.g}` : ''},
    geo: {map: 'world', roam: true, itemStyle: {areaColor: '#eceff1', borderColor: '#90a4ae'}, emphasis: {disabled: true}},
    series: [{type: 'scatter', coordinateSystem: 'geo',
      data: places.map(p => ({name: p.name, value: [p.lon, p.lat, p.events], coop: p.cooperation, conf: p.conflict, g: p.goldstein,
        itemStyle: {color: p.conflict > p.cooperation ? '#c62828' : '#2e7d32'}})),
      symbolSize: v => 4 + 22 * Math.sqrt(v[2] / max), itemStyle: {opacity: 0.75}}]}, true);
  document.getElementById('map-chart').dataset.places = places.length;
}

// ---- start
async function start() {
  const cb = await api('/api/codebook');
  cb.cameo.forEach(c => { codebook.cameo[c.code] = c; });
  codebook.countries = cb.countries; codebook.plover = cb.plover; codebook.languages = cb.languages;
  $('#explore-form').plover.innerHTML += cb.plover.map(p => `<option value="${p}">${p}</option>`).join('');
  $('#explore-form').lang.innerHTML += cb.languages.map(l => `<option value="${l}">${l}</option>`).join('');
  $('#code-form').lang.innerHTML += cb.languages.map(l => `<option value="${l}">${l}</option>`).join('');
  $('#code-form').date.value = new Date().toISOString().slice(0, 10);
  api('/api/health').then(h => { $('#status').textContent = `${h.events.toLocaleString()} events · ${h.articles.toLocaleString()} articles${h.read_only ? '' : ' · ingest allowed'}`; }).catch(() => {});
  $('#code-form').addEventListener('submit', ev => { ev.preventDefault(); showError(null); codeText().catch(showError); });
  $('#article-open').addEventListener('click', () => { const k = $('#article-key').value.trim(); if (k) location.hash = 'article/' + encodeURIComponent(k); });
  $('#explore-form').addEventListener('submit', ev => { ev.preventDefault(); exploreGo({offset: 0}); });
  $$('#explore-table th[data-sort]').forEach(th => th.addEventListener('click', () =>
    exploreGo({sort: th.dataset.sort, order: explore.sort === th.dataset.sort && explore.order === 'desc' ? 'asc' : 'desc', offset: 0})));
  $('#page-prev').addEventListener('click', () => exploreGo({offset: Math.max(0, explore.offset - explore.limit)}));
  $('#page-next').addEventListener('click', () => exploreGo({offset: explore.offset + explore.limit}));
  for (const v of ['dyads', 'tension', 'network', 'map']) {
    $(`#${v}-form`).addEventListener('submit', ev => { ev.preventDefault(); go(v, formParams(ev.target)); });
  }
  window.addEventListener('hashchange', route);
  route();
}

start().catch(showError);
