// app.js: the dashboard's pages (hash routes) and its live feeds.
//   #/indicators           live indicator cards (SSE /api/v1/indicators/stream)
//   #/alerts?rule=&...     alert feed, newest first (SSE /api/v1/alerts/stream)
//   #/facts?entity=&...    fact browser: filters, sorting, cursor paging, evidence rows
//   #/article/ID?fact=N    an article with every figure marked by metric, entities underlined
//   #/entity/NAME          what we know about one entity
//   #/ops                  rate, lag per partition, dead letters
// All text from the data goes into text nodes (NF.el), never through an HTML parser.
'use strict';

const {el, svg} = NF;

const state = {
  indicators: new Map(),  // key -> indicator record (latest value of one series key)
  history: new Map(),     // key -> [values seen] (sparkline)
  alerts: [],             // newest first
  alertIds: new Set(),
  unseenAlerts: 0,
  page: null,             // {name, onIndicator(rec), onAlert(alert)}
  indicatorsLoaded: null, // Promise
  alertsLoaded: null,     // Promise
};

const view = document.getElementById('view');

// ---- records from the API ----------------------------------------------------------------

function seriesKey(r) {
  return [r.indicator, r.entity || '', r.period || ''].join('\u001f');
}

function cardKey(r) {
  return [r.indicator, r.entity || ''].join('\u001f');
}

// An indicator record of /api/v1/indicators or of one stream event.
function normIndicator(r) {
  if (!r || typeof r !== 'object') return null;
  const rec = Object.assign({}, r);
  rec.indicator = r.indicator || r.name;
  rec.time = r.time || r.published_at;
  rec.sentence = r.sentence || (typeof r.evidence === 'string' ? r.evidence : '');
  if (typeof rec.value !== 'number' && r.latest && typeof r.latest === 'object') {
    rec.value = r.latest.value;
  }
  if (rec.previous && typeof rec.previous === 'object') rec.previous = rec.previous.value;
  if (rec.previous === undefined && typeof r.old === 'number') rec.previous = r.old;
  if (typeof rec.value !== 'number' || !rec.indicator) return null;
  return rec;
}

function normAlert(a) {
  if (!a || typeof a !== 'object' || !a.id) return null;
  const ev = a.evidence && typeof a.evidence === 'object' ? a.evidence : {};
  const num = (...xs) => xs.find((x) => typeof x === 'number');
  return Object.assign({}, a, {
    article_id: a.article_id || ev.article_id || '',
    sentence: ev.sentence || (typeof a.evidence === 'string' ? a.evidence : '') || a.sentence || '',
    time: a.time || a.published_at || '',
    newValue: num(a.new, a.new_value, a.value),
    oldValue: num(a.old, a.old_value),
  });
}

// Mention counts (unit "articles", names mentions_1h / _24h / _7d) are not cards: a large
// store has one per entity and window.
function isMentionCount(rec) {
  return rec.unit === 'articles' || /^mentions(_|$)/.test(rec.indicator);
}

// Stores a record; returns true when it is new or its value changed (what the page shows).
function putIndicator(rec) {
  const key = seriesKey(rec);
  const before = state.indicators.get(key);
  state.indicators.set(key, rec);
  const changed = !before || before.value !== rec.value || before.previous !== rec.previous ||
                  before.article_id !== rec.article_id;
  const h = state.history.get(key) || [];
  if (!before && typeof rec.previous === 'number') h.push(rec.previous);
  if (!h.length || h[h.length - 1] !== rec.value || (before && before.value !== rec.value)) {
    h.push(rec.value);
  }
  state.history.set(key, h.slice(-40));
  return changed;
}

function addAlert(a, live) {
  if (!a || state.alertIds.has(a.id)) return false;
  state.alertIds.add(a.id);
  state.alerts.push(a);
  state.alerts.sort(compareAlerts);
  if (live && (!state.page || state.page.name !== 'alerts')) {
    state.unseenAlerts += 1;
    showBadge();
  }
  return true;
}

// Newest first by event time, then detection time, then id.
function compareAlerts(a, b) {
  return (b.time || '').localeCompare(a.time || '') ||
         (b.detected_at || '').localeCompare(a.detected_at || '') || b.id.localeCompare(a.id);
}

function showBadge() {
  const b = document.getElementById('alert-badge');
  b.hidden = state.unseenAlerts === 0;
  b.textContent = String(state.unseenAlerts);
}

// ---- live feeds (server-sent events) -----------------------------------------------------

const live = {indicators: 'connecting', alerts: 'connecting'};

function showLive() {
  const node = document.getElementById('live');
  const ok = live.indicators === 'open' && live.alerts === 'open';
  node.textContent = ok ? 'live' : 'reconnecting…';
  node.className = 'live ' + (ok ? 'ok' : 'down');
  node.dataset.state = ok ? 'open' : 'down';
}

function parseEventData(ev) {
  try {
    return JSON.parse(ev.data);
  } catch (e) {
    return null;
  }
}

function openStream(name, url, handle) {
  const es = new EventSource(NF.streamUrl(url));
  es.onopen = () => {
    live[name] = 'open';
    showLive();
  };
  es.onerror = () => {
    live[name] = 'down';  // EventSource reconnects by itself (sending Last-Event-ID)
    showLive();
  };
  const onEvent = (ev) => {
    const data = parseEventData(ev);
    if (data === null) return;
    for (const item of Array.isArray(data) ? data : [data]) handle(item);
  };
  // Unnamed events and the names the API may give its events.
  for (const type of ['message', 'indicator', 'indicators', 'change', 'update', 'alert']) {
    es.addEventListener(type, onEvent);
  }
  return es;
}

function startLive() {
  openStream('indicators', '/api/v1/indicators/stream', (item) => {
    const rec = normIndicator(item);
    if (!rec || isMentionCount(rec)) return;
    // The stream starts with a snapshot of every value: only real changes reach the page.
    if (putIndicator(rec) && state.page && state.page.onIndicator) state.page.onIndicator(rec);
  });
  // The alert stream resumes after the newest alert of the initial load (the stream's order
  // is detection time, then id), so nothing raised between the load and the connect is lost.
  const openAlerts = () => {
    let newest = null;
    for (const a of state.alerts) {
      if (!newest || (a.detected_at || '') > (newest.detected_at || '') ||
          ((a.detected_at || '') === (newest.detected_at || '') && a.id > newest.id)) {
        newest = a;
      }
    }
    const url = '/api/v1/alerts/stream' +
                (newest ? '?last_event_id=' + encodeURIComponent(newest.id) : '');
    openStream('alerts', url, (item) => {
      const a = normAlert(item);
      if (a && addAlert(a, true) && state.page && state.page.onAlert) state.page.onAlert(a);
    });
  };
  state.alertsLoaded.then(openAlerts, openAlerts);
}

// The latest-value indicators, one request per indicator (the mention counts are left out:
// tens of thousands of rows on a large store). Others arrive through the stream.
async function loadIndicators() {
  const bodies = await Promise.all(
      Object.keys(kIndicatorTitles).map((name) => NF.api('indicators', {name})));
  for (const body of bodies) {
    for (const r of NF.rows(body, 'indicators')) {
      const rec = normIndicator(r);
      if (rec && !isMentionCount(rec)) putIndicator(rec);
    }
  }
}

async function loadAlerts() {
  const body = await NF.api('alerts', {limit: 100});  // = the alert page's first page
  for (const a of NF.rows(body, 'alerts').map(normAlert)) addAlert(a, false);
}

// ---- page scaffolding --------------------------------------------------------------------

function errorBox(err) {
  const msg = err instanceof NF.ApiError ? `${err.code}: ${err.message}` : String(err);
  return el('p', {class: 'error', role: 'alert'}, msg);
}

function pageHeader(title, ...extra) {
  return el('div', {class: 'page-head'}, el('h1', null, title), ...extra);
}

function entityLink(name) {
  if (!name) return el('span', {class: 'muted'}, 'market-wide');
  return el('a', {href: NF.hashOf(['entity', name]), class: 'entity'}, name);
}

function articleLink(id, label, params) {
  return el('a', {href: NF.hashOf(['article', id], params || {}), class: 'article-link'},
            label || id);
}

// ---- 1. indicators -----------------------------------------------------------------------

const kIndicatorTitles = {
  ai_budget_usd: 'AI budgets (USD)',
  ai_spend_usd: 'AI spend and investment (USD)',
  chip_orders: 'Chip orders by buyer',
  chip_purchases: 'Chip purchases by buyer',
  chip_shipments: 'Chip shipments',
  chip_units_by_supplier: 'Chip units by supplier',
  market_share: 'Market shares',
  ai_server_shipments: 'AI-server shipments',
  market_size_usd: 'Market size (USD)',
};

function sparkline(values) {
  const w = 120, h = 32, pad = 3;
  const node = svg('svg', {class: 'spark', width: w, height: h, viewBox: `0 0 ${w} ${h}`,
                           role: 'img', 'aria-label': 'trend'});
  if (!values.length) return node;
  const min = Math.min(...values), max = Math.max(...values);
  const span = max - min || 1;
  const step = values.length > 1 ? (w - 2 * pad) / (values.length - 1) : 0;
  const pts = values.map((v, i) => {
    const x = values.length > 1 ? pad + i * step : w - pad;
    const y = max === min ? h / 2 : h - pad - ((v - min) / span) * (h - 2 * pad);
    return [x, y];
  });
  node.append(svg('line', {class: 'base', x1: pad, y1: h - 1, x2: w - pad, y2: h - 1}));
  if (pts.length > 1) {
    node.append(svg('polyline', {points: pts.map((p) => p.join(',')).join(' ')}));
  }
  const last = pts[pts.length - 1];
  node.append(svg('circle', {cx: last[0], cy: last[1], r: 2.5}));
  return node;
}

// One card per (indicator, entity): the newest period's latest value, the value before it
// (the series' previous report, else the preceding period), an arrow and a sparkline over
// the periods and the updates seen live.
function indicatorCard(recs) {
  const sorted = [...recs].sort((a, b) => (a.period || '').localeCompare(b.period || ''));
  const dated = sorted.filter((r) => r.period);
  const series = dated.length ? dated : sorted;
  const head = series[series.length - 1];
  let previous = typeof head.previous === 'number' ? head.previous : null;
  let previousLabel = 'previous report';
  if (previous === null && series.length > 1) {
    const before = series[series.length - 2];
    previous = before.value;
    previousLabel = before.period || 'undated';
  }
  const values = [];
  for (const r of series) values.push(...(state.history.get(seriesKey(r)) || [r.value]));
  let arrow = '→', trend = 'flat';
  if (previous !== null && head.value > previous) [arrow, trend] = ['▲', 'up'];
  if (previous !== null && head.value < previous) [arrow, trend] = ['▼', 'down'];
  if (previous === null) [arrow, trend] = ['•', 'new'];
  return el('article', {
    class: 'card',
    dataset: {card: cardKey(head), indicator: head.indicator, entity: head.entity || '',
              period: head.period || '', value: head.value,
              previous: previous === null ? '' : previous},
  },
    el('header', null, entityLink(head.entity),
       el('span', {class: 'period'}, head.period || 'undated')),
    el('div', {class: 'value-row'},
       el('span', {class: 'value'}, NF.fmtValue(head.value, head.unit)),
       el('span', {class: 'arrow ' + trend, title: trend}, arrow)),
    el('div', {class: 'previous'},
       previous === null ? 'first report'
                         : `${previousLabel}: ${NF.fmtValue(previous, head.unit)}`),
    sparkline(values),
    el('footer', null,
       head.article_id ? articleLink(head.article_id, 'evidence', {sentence: head.sentence}) : null,
       el('span', {class: 'muted'}, NF.fmtTime(head.time))));
}

const kCardsShown = 12;

// The record a card headlines: the newest dated period's (else the only one).
function latestOf(recs) {
  const dated = recs.filter((r) => r.period).sort((a, b) => a.period.localeCompare(b.period));
  return dated.length ? dated[dated.length - 1] : recs[recs.length - 1];
}

function cardsByIndicator() {
  const groups = new Map();  // indicator -> Map(cardKey -> [recs])
  for (const rec of state.indicators.values()) {
    if (!groups.has(rec.indicator)) groups.set(rec.indicator, new Map());
    const cards = groups.get(rec.indicator);
    const k = cardKey(rec);
    if (!cards.has(k)) cards.set(k, []);
    cards.get(k).push(rec);
  }
  return groups;
}

async function pageIndicators(route) {
  const filter = route.params.get('q') || '';
  const input = el('input', {type: 'search', placeholder: 'filter entities', value: filter,
                             'aria-label': 'filter entities'});
  const body = el('div', {id: 'indicator-sections'});
  const recent = el('ol', {class: 'alerts compact', id: 'recent-alerts'});
  view.append(pageHeader('Live indicators', input),
              el('div', {class: 'with-aside'}, body,
                 el('aside', null, el('h2', null, 'Latest alerts ',
                                      el('a', {href: '#/alerts', class: 'muted'}, 'all →')),
                    recent)));
  const renderRecent = () => {
    NF.clear(recent);
    for (const a of state.alerts.slice(0, 8)) recent.append(alertRow(a, true));
    if (!recent.firstChild) recent.append(el('p', {class: 'muted'}, 'No alerts yet.'));
  };

  // What the typed text names beyond its spelling: the API's resolver (GET
  // /api/v1/resolve?name=, the entity summary's resolver without reading a fact) gives the
  // series keys the name feeds and every name it is stored under, so "Deutschland" or
  // "Alemania" finds the Germany card. Asked once per text, after a pause in typing; until it
  // answers (and for a name it does not know: empty) the box matches the cards' names as typed.
  // Only answers are remembered: a failed request (server error, network, expired token) is
  // asked again at the next pause, not taken for "resolves to nothing".
  const resolved = new Map();  // lower-cased text -> Set of lower-cased names
  let pendingResolve = null;
  const resolve = () => {
    const typed = input.value.trim();
    const q = typed.toLowerCase();
    if (!q || resolved.has(q)) return;
    clearTimeout(pendingResolve);
    pendingResolve = setTimeout(async () => {
      try {
        const r = await NF.api('resolve', {name: typed});
        const names = [...(r.series || []), ...(r.names || [])].map((n) => n.toLowerCase());
        resolved.set(q, new Set(names));
      } catch (err) {
        return;  // unavailable: the cards' names as typed, asked again at the next pause
      }
      if (input.value.trim().toLowerCase() === q) render();
    }, 250);
  };
  const matches = (entity, q) => {
    const e = (entity || '').toLowerCase();
    return !q || e.includes(q) || (resolved.get(q) || new Set()).has(e);
  };

  const render = () => {
    NF.clear(body);
    const q = input.value.trim().toLowerCase();
    const groups = cardsByIndicator();
    const names = [...groups.keys()].sort((a, b) => {
      const order = Object.keys(kIndicatorTitles);
      const ia = order.indexOf(a), ib = order.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    for (const name of names) {
      // Largest first; a long list shows its top cards until expanded (the filter searches
      // all of them).
      const groupsOf = [...groups.get(name).values()]
                           .filter((recs) => matches(recs[0].entity, q))
                           .sort((a, b) => latestOf(b).value - latestOf(a).value);
      if (!groupsOf.length) continue;
      const all = expanded.has(name) || q;
      const shown = all ? groupsOf : groupsOf.slice(0, kCardsShown);
      const more = groupsOf.length - shown.length;
      body.append(el('section', {class: 'indicator', dataset: {indicator: name}},
                     el('h2', null, kIndicatorTitles[name] || name,
                        el('code', {class: 'muted'}, name)),
                     el('div', {class: 'cards'}, shown.map(indicatorCard)),
                     more > 0 ? el('button', {type: 'button', class: 'more', onclick: () => {
                       expanded.add(name);
                       render();
                     }}, `show ${more} more`) : null));
    }
    if (!body.firstChild) body.append(el('p', {class: 'muted'}, 'No indicator values yet.'));
  };
  const expanded = new Set();
  input.addEventListener('input', () => {
    render();
    resolve();
  });

  try {
    await state.indicatorsLoaded;
  } catch (err) {
    body.append(errorBox(err));
    return;
  }
  render();
  resolve();
  await state.alertsLoaded.catch((err) => recent.append(errorBox(err)));
  renderRecent();
  state.page.onAlert = (a) => {
    renderRecent();
    const row = [...recent.children].find((li) => li.dataset.id === a.id);
    if (row) row.classList.add('changed');
  };
  let pendingRender = null;
  state.page.onIndicator = (rec) => {
    const k = cardKey(rec);
    const recs = [...state.indicators.values()].filter((r) => cardKey(r) === k);
    const old = [...body.querySelectorAll('.card')].find((c) => c.dataset.card === k);
    if (!old) {
      clearTimeout(pendingRender);  // a burst of new keys renders once
      pendingRender = setTimeout(() => {
        render();
        const added = [...body.querySelectorAll('.card')].find((c) => c.dataset.card === k);
        if (added) added.classList.add('changed');
      }, 100);
      return;
    }
    const card = indicatorCard(recs);
    card.classList.add('changed');
    card.dataset.updates = String(Number(old.dataset.updates || 0) + 1);
    old.replaceWith(card);
  };
}

// ---- 2. alerts ---------------------------------------------------------------------------

function alertRow(a, compact) {
  const change = typeof a.oldValue === 'number'
                     ? `${NF.fmtValue(a.oldValue, a.unit)} → ${NF.fmtValue(a.newValue, a.unit)}`
                     : NF.fmtValue(a.newValue, a.unit);
  return el('li', {class: 'alert sev-' + (a.severity || 'info'), dataset: {id: a.id, rule: a.rule}},
    el('div', {class: 'alert-head'},
       el('span', {class: 'severity'}, a.severity || 'info'),
       el('span', {class: 'rule'}, a.rule),
       entityLink(a.entity),
       el('span', {class: 'indicator-name'}, a.indicator || ''),
       a.period ? el('span', {class: 'period'}, a.period) : null,
       el('span', {class: 'change'}, change),
       el('time', {class: 'muted', datetime: a.time || ''}, NF.fmtTime(a.time))),
    a.sentence && !compact ? el('blockquote', null, a.sentence) : null,
    a.article_id ? articleLink(a.article_id, 'evidence: ' + a.article_id, {sentence: a.sentence})
                 : null);
}

async function pageAlerts(route) {
  state.unseenAlerts = 0;
  showBadge();
  const p = route.params;
  const form = el('form', {class: 'filters'},
    el('label', null, 'rule ', el('input', {name: 'rule', value: p.get('rule') || ''})),
    el('label', null, 'entity ', el('input', {name: 'entity', value: p.get('entity') || ''})),
    el('label', null, 'severity ',
       el('select', {name: 'severity'},
          ['', 'info', 'warning', 'critical'].map(
              (s) => el('option', {value: s, selected: s === (p.get('severity') || '')},
                        s || 'any')))),
    el('label', null, 'since ', el('input', {name: 'since', placeholder: '2025-01-01',
                                             value: p.get('since') || ''})),
    el('button', {type: 'submit'}, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = NF.hashOf(['alerts'], Object.fromEntries(f.entries()));
  });
  const list = el('ol', {class: 'alerts', id: 'alert-list'});
  const status = el('p', {class: 'muted'});
  view.append(pageHeader('Alerts', form), status, list);

  const filters = {rule: p.get('rule'), entity: p.get('entity'), severity: p.get('severity'),
                   since: p.get('since')};
  const filtered = Object.values(filters).some(Boolean);
  const errors = el('div');
  const older = el('div', {class: 'pager'});
  view.append(errors, older);
  // Unfiltered, the list mirrors state.alerts (the live feed merged in); filtered, it holds
  // the API's pages.
  const renderAll = () => {
    NF.clear(list);
    for (const a of state.alerts) list.append(alertRow(a));
  };
  const loadPage = async (cursor) => {
    NF.clear(older);
    let body;
    try {
      body = await NF.api('alerts', Object.assign({limit: 100, cursor}, filters));
    } catch (err) {
      errors.append(errorBox(err));
      return;
    }
    for (const a of NF.rows(body, 'alerts').map(normAlert)) {
      if (!a) continue;
      addAlert(a, false);
      if (filtered) list.append(alertRow(a));
    }
    if (!filtered) renderAll();
    if (body && body.next_cursor) {
      older.append(el('button', {type: 'button', class: 'more', id: 'older-alerts',
                                 onclick: () => loadPage(body.next_cursor)}, 'older alerts'));
    }
    status.textContent = list.firstChild ? (filtered ? 'filtered: live alerts appear on the ' +
                                                       'unfiltered feed' : '')
                                         : 'No alerts.';
  };
  if (!filtered) await state.alertsLoaded.catch(() => {});  // the same first page
  await loadPage('');
  state.page.onAlert = (a) => {
    if (filtered) return;
    const row = alertRow(a);
    row.classList.add('changed');
    const next = list.children[state.alerts.indexOf(a)];
    list.insertBefore(row, next || null);
    status.textContent = '';
  };
}

// ---- 3. facts ----------------------------------------------------------------------------

const kFactColumns = [
  ['published_at', 'published'], ['entity', 'entity'], ['metric', 'metric'],
  ['value', 'value'], ['period', 'period'], ['kind', 'kind'], ['lang', 'lang'],
];

function factValue(f) {
  return NF.fmtValue(f.value, f.unit, f.kind) +
         (typeof f.value_high === 'number' ? ' – ' + NF.fmtValue(f.value_high, f.unit, f.kind)
                                           : '');
}

function evidenceOf(f) {
  if (typeof f.evidence === 'string') return f.evidence;
  if (f.evidence && typeof f.evidence === 'object') return f.evidence.sentence || '';
  return f.sentence || '';
}

// The evidence sentence with the figure's surface marked.
function evidenceNode(f) {
  const sentence = evidenceOf(f);
  const range = NF.findBytes(sentence, f.surface);
  const spans = range ? [Object.assign(range, {
    mark: (n) => el('mark', {class: 'figure', style: `--hue:${NF.hue(f.metric)}`}, n),
  })] : [];
  return el('blockquote', {class: 'evidence'}, NF.highlight(sentence, spans));
}

async function pageFacts(route) {
  const p = route.params;
  const field = (name, attrs) =>
      el('label', null, name + ' ',
         el('input', Object.assign({name, value: p.get(name) || ''}, attrs || {})));
  const form = el('form', {class: 'filters'},
    field('entity', {placeholder: 'Nvidia'}),
    // A maker's facts include its products' unless this is checked (API exact_entity).
    el('label', null,
       el('input', {type: 'checkbox', name: 'exact_entity', value: 'true',
                    checked: p.get('exact_entity') === 'true'}),
       ' without products'),
    field('metric', {placeholder: 'budget'}),
    el('label', null, 'kind ',
       el('select', {name: 'kind'},
          ['', 'money', 'percent', 'count', 'quantity'].map(
              (k) => el('option', {value: k, selected: k === (p.get('kind') || '')},
                        k || 'any')))),
    field('period', {placeholder: '2024-Q3', size: 8}),
    field('lang', {placeholder: 'de', size: 3}),
    field('published_since', {placeholder: '2024-01-01', size: 10}),
    el('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = Object.fromEntries(new FormData(form).entries());
    f.sort = p.get('sort') || '';
    location.hash = NF.hashOf(['facts'], f);
  });
  const table = el('table', {class: 'facts', id: 'fact-table'});
  const pager = el('div', {class: 'pager'});
  const status = el('p', {class: 'muted'});
  view.append(pageHeader('Facts', form), status, table, pager);

  const sort = p.get('sort') || '-published_at';
  const params = {};
  for (const k of ['entity', 'metric', 'kind', 'period', 'lang', 'published_since',
                   'published_until', 'has_entity']) {
    if (p.get(k)) params[k] = p.get(k);
  }
  if (params.entity && p.get('exact_entity') === 'true') params.exact_entity = 'true';
  const limit = Number(p.get('limit')) || 25;
  // The cursors of the pages before this one ('' = the first page), for "previous".
  let cursors = [];
  try {
    cursors = JSON.parse(p.get('trail') || '[]');
  } catch (err) { cursors = []; }
  if (!Array.isArray(cursors)) cursors = [];

  const head = el('tr', null, kFactColumns.map(([key, label]) => {
    const active = sort.replace(/^-/, '') === key;
    const nextSort = active && !sort.startsWith('-') ? '-' + key : key;
    const link = el('a', {href: NF.hashOf(['facts'], Object.assign({}, params, {sort: nextSort}))},
                    label, active ? (sort.startsWith('-') ? ' ▼' : ' ▲') : '');
    return el('th', {dataset: {sort: key}}, link);
  }), el('th', null, 'article'));
  table.append(el('thead', null, head));
  const tbody = el('tbody');
  table.append(tbody);

  let body;
  try {
    body = await NF.api('facts', Object.assign({}, params, {sort, limit, cursor: p.get('cursor')}));
  } catch (err) {
    status.append(errorBox(err));
    return;
  }
  const facts = NF.rows(body, 'facts');
  facts.forEach((f, i) => {
    const row = el('tr', {class: 'fact', tabindex: 0, dataset: {
      row: i, key: `${f.article_id}#${f.index}`, entity: f.entity || '', value: f.value}},
      el('td', null, NF.fmtTime(f.published_at)),
      el('td', null, f.entity ? entityLink(f.entity) : el('span', {class: 'muted'}, '–')),
      el('td', null, el('span', {class: 'metric', style: `--hue:${NF.hue(f.metric)}`},
                        f.metric || '–')),
      el('td', {class: 'num'}, factValue(f)),
      el('td', null, f.period || '–'),
      el('td', null, f.kind || ''),
      el('td', null, f.lang || ''),
      el('td', null, f.article_id ? articleLink(f.article_id, 'open', {
        sentence: evidenceOf(f), start: f.start, end: f.end, field: f.field,
      }) : ''));
    const detail = el('tr', {class: 'detail', hidden: true},
                      el('td', {colspan: kFactColumns.length + 1}, evidenceNode(f),
                         f.qualifier && f.qualifier !== 'exact'
                             ? el('span', {class: 'muted'}, 'qualifier: ' + f.qualifier) : null));
    const toggle = (ev) => {
      if (ev.target.closest('a')) return;  // links navigate
      detail.hidden = !detail.hidden;
      row.classList.toggle('open', !detail.hidden);
    };
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') toggle(ev); });
    tbody.append(row, detail);
  });
  status.textContent = facts.length ? `${facts.length} facts on this page · click a row for its evidence`
                                    : 'No facts match.';
  const next = body && (body.next_cursor || body.cursor || body.next);
  const base = Object.assign({}, params, {sort, limit: p.get('limit')});
  if (cursors.length) {
    pager.append(el('a', {class: 'button', id: 'previous-page', href: NF.hashOf(['facts'],
      Object.assign({}, base, {cursor: String(cursors[cursors.length - 1] || ''),
                               trail: cursors.length > 1 ? JSON.stringify(cursors.slice(0, -1)) : ''}))},
      '← previous'));
  }
  if (next) {
    pager.append(el('a', {class: 'button', id: 'next-page', href: NF.hashOf(['facts'],
      Object.assign({}, base, {cursor: next,
                               trail: JSON.stringify([...cursors, p.get('cursor') || ''])}))},
      'next →'));
  }
  pager.append(el('span', {class: 'muted'}, `page ${cursors.length + 1}`));
}

// ---- article -----------------------------------------------------------------------------

function figureMark(f) {
  return (n) => el('mark', {class: 'figure', style: `--hue:${NF.hue(f.metric)}`,
                            title: [f.metric || 'no metric', f.entity || '', f.period || '']
                                       .filter(Boolean).join(' · ')}, n);
}

function entityMark(m) {
  return (n) => el('u', {class: 'mention', title: [m.entity || m.name || '', m.type || '']
                                                       .filter(Boolean).join(' · ')}, n);
}

async function pageArticle(route) {
  const id = route.path[1] || '';
  view.append(pageHeader('Article'));
  let a;
  try {
    a = await NF.api('articles/' + encodeURIComponent(id));
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  a = a && a.article ? Object.assign({}, a.article, a) : a;
  const figures = NF.rows(a.figures || a.facts || []);
  const mentions = NF.rows(a.entities || a.mentions || a.entity_mentions || []);
  const spansFor = (field) => [
    ...figures.filter((f) => (f.field || 'body') === field)
        .map((f) => ({start: f.start, end: f.end, mark: figureMark(f)})),
    ...mentions.filter((m) => (m.field || 'body') === field)
        .map((m) => ({start: m.start, end: m.end, mark: entityMark(m)})),
  ];
  const meta = el('dl', {class: 'meta'},
    ['id', 'source', 'lang', 'published_at', 'ingested_at', 'url'].map((k) =>
        a[k] ? [el('dt', null, k), el('dd', null, k.endsWith('_at') ? NF.fmtTime(a[k]) : a[k])]
             : null));
  const legend = el('p', {class: 'legend'},
    [...new Set(figures.map((f) => f.metric).filter(Boolean))].sort().map(
        (m) => el('mark', {class: 'figure', style: `--hue:${NF.hue(m)}`}, m)),
    el('u', {class: 'mention'}, 'entity mention'));
  const title = el('h2', {class: 'article-title'}, NF.highlight(a.title || '', spansFor('title')));
  const bodyNode = el('div', {class: 'article-body', id: 'article-body'},
                      NF.highlight(a.body || '', spansFor('body')));
  view.append(title, meta, legend, bodyNode);
  // Scroll to the evidence the link came from.
  const sentence = route.params.get('sentence');
  if (sentence) {
    const marks = [...bodyNode.querySelectorAll('mark')];
    const hit = marks.find((m) => sentence.includes(m.textContent)) || null;
    if (hit) {
      hit.classList.add('focus');
      hit.scrollIntoView({block: 'center'});
    }
  }
  if (figures.length) {
    view.append(el('h3', null, 'Figures'), el('table', {class: 'facts'},
      el('tr', null, ['surface', 'metric', 'entity', 'value', 'period'].map((h) => el('th', null, h))),
      figures.map((f) => el('tr', null,
        el('td', null, f.surface || ''),
        el('td', null, f.metric || '–'),
        el('td', null, f.entity ? entityLink(f.entity) : '–'),
        el('td', {class: 'num'}, factValue(f)),
        el('td', null, f.period || '–')))));
  }
}

// ---- 4. entity ---------------------------------------------------------------------------

// Facts as a table: metric, value, period, entity, published, evidence link.
function factTable(facts) {
  return el('table', {class: 'facts'},
    el('tr', null, ['metric', 'value', 'period', 'entity', 'published', 'source'].map(
        (h) => el('th', null, h))),
    facts.map((f) => el('tr', {dataset: {metric: f.metric || ''}},
      el('td', null, el('span', {class: 'metric', style: `--hue:${NF.hue(f.metric)}`},
                        f.metric || '–')),
      el('td', {class: 'num'}, factValue(f)),
      el('td', null, f.period || '–'),
      el('td', null, [f.entity || '–', f.product ? ' · ' + f.product : '']),
      el('td', null, NF.fmtTime(f.published_at)),
      el('td', null, f.article_id ? articleLink(f.article_id, f.source || 'article', {
        sentence: evidenceOf(f)}) : '–'))));
}

function timelineChart(points) {
  const w = 640, h = 70;
  const node = svg('svg', {class: 'timeline', width: w, height: h + 18,
                           viewBox: `0 0 ${w} ${h + 18}`, role: 'img',
                           'aria-label': 'facts and mentions per day'});
  const count = (p) => Number(p.facts || 0) + Number(p.mentions || 0) + Number(p.count || 0);
  const max = Math.max(1, ...points.map(count));
  const bw = Math.max(3, Math.min(24, Math.floor(w / Math.max(1, points.length)) - 2));
  points.forEach((p, i) => {
    const bh = Math.max(1, Math.round((count(p) / max) * h));
    node.append(svg('rect', {x: i * (bw + 2), y: h - bh, width: bw, height: bh},
                    svg('title', null, `${p.date || ''}: ${p.facts || 0} facts, ` +
                                       `${p.mentions || 0} mentions`)));
  });
  if (points.length) {
    node.append(svg('text', {x: 0, y: h + 14}, points[0].date || ''));
    node.append(svg('text', {x: w, y: h + 14, 'text-anchor': 'end'},
                    points[points.length - 1].date || ''));
  }
  return node;
}

async function pageEntity(route) {
  const name = route.path[1] || '';
  const input = el('input', {type: 'search', list: 'entity-options', placeholder: 'Nvidia',
                             value: name, 'aria-label': 'entity'});
  const options = el('datalist', {id: 'entity-options'});
  const form = el('form', {class: 'filters'}, input, options, el('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) location.hash = NF.hashOf(['entity', input.value.trim()]);
  });
  let pending = 0;
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++pending;
    if (q.length < 2) return;
    try {
      const body = await NF.api('entities', {q, limit: 10});
      if (mine !== pending) return;
      NF.clear(options);
      for (const e of NF.rows(body, 'entities')) {
        options.append(el('option', {value: typeof e === 'string' ? e : (e.entity || e.name)},
                          e.maker ? 'product of ' + e.maker : (e.entity_type || '')));
      }
    } catch (err) { /* suggestions are optional */ }
  });
  view.append(pageHeader(name ? 'What we know about ' + name : 'Entities', form));
  if (!name) {
    view.append(el('p', {class: 'muted'}, 'Type a name, an alias or a product.'));
    return;
  }
  let e;
  try {
    e = await NF.api('entities/' + encodeURIComponent(name));
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  const canonical = e.entity || e.name || name;
  const card = el('section', {class: 'entity-summary', id: 'entity-summary',
                              dataset: {entity: canonical}});
  const list = (xs) => (Array.isArray(xs) && xs.length ? xs.join(', ') : '–');
  card.append(el('dl', {class: 'meta'},
    el('dt', null, 'entity'), el('dd', null, canonical),
    el('dt', null, 'type'), el('dd', null, e.entity_type || '–'),
    e.parent ? [el('dt', null, 'parent'), el('dd', null, entityLink(e.parent))] : null,
    el('dt', null, 'aliases'), el('dd', null, list(e.aliases)),
    el('dt', null, 'products'), el('dd', null, list(e.products)),
    el('dt', null, 'stored'), el('dd', null, `${NF.fmtNumber(e.facts)} facts in ` +
                                             `${NF.fmtNumber(e.articles)} articles`)),
    el('p', null,
       el('a', {href: NF.hashOf(['facts'], {entity: canonical})}, 'all facts →'), ' ',
       el('a', {href: NF.hashOf(['alerts'], {entity: canonical})}, 'alerts →')));
  // This entity's indicator cards (live state).
  const mine = [...state.indicators.values()].filter(
      (r) => (r.entity || '').toLowerCase() === canonical.toLowerCase());
  if (mine.length) {
    const groups = new Map();
    for (const r of mine) {
      if (!groups.has(cardKey(r))) groups.set(cardKey(r), []);
      groups.get(cardKey(r)).push(r);
    }
    card.append(el('h2', null, 'Indicators'),
                el('div', {class: 'cards'}, [...groups.values()].map((recs) => {
                  const c = indicatorCard(recs);
                  c.prepend(el('div', {class: 'muted'}, kIndicatorTitles[recs[0].indicator] ||
                                                            recs[0].indicator));
                  return c;
                })));
  }
  const latest = NF.rows(e.latest || []);
  card.append(el('h2', null, 'Latest value per metric'),
              latest.length ? factTable(latest) : el('p', {class: 'muted'}, 'No facts.'));
  const conflicts = NF.rows(e.conflicts || []);
  if (conflicts.length) {
    card.append(el('h2', null, 'Conflicting values'),
                el('div', {class: 'conflicts'}, conflicts.map((c) => el('div', {class: 'conflict'},
                  el('h3', null, [c.metric || '–', c.period ? ' · ' + c.period : '',
                                  c.unit ? ' · ' + c.unit : '']),
                  el('div', {class: 'side-by-side'}, NF.rows(c.values || []).map((f) =>
                    el('div', {class: 'card small'},
                       el('div', {class: 'value'}, factValue(f)),
                       el('div', {class: 'muted'}, NF.fmtTime(f.published_at)),
                       evidenceNode(f),
                       f.article_id ? articleLink(f.article_id, f.source || 'article',
                                                  {sentence: evidenceOf(f)}) : null)))))));
  }
  const timeline = NF.rows(e.timeline || []);
  if (timeline.length) {
    card.append(el('h2', null, 'Mentions and facts over time'), timelineChart(timeline));
  }
  view.append(card);
}

// ---- 5. operations -----------------------------------------------------------------------

// Prometheus text -> [{name, labels: {}, value}]
function parsePrometheus(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels = {};
    for (const lm of (m[3] || '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[lm[1]] = lm[2];
    out.push({name: m[1], labels, value: Number(m[4])});
  }
  return out;
}

async function scrape() {
  const r = await NF.fetch('/metrics');
  if (!r.ok) throw new NF.ApiError(r.status, 'metrics', '/metrics: ' + r.status);
  return {at: performance.now(), samples: parsePrometheus(await r.text())};
}

function sample(s, name) {
  const x = s.samples.find((v) => v.name === name);
  return x ? x.value : null;
}

async function pageOps() {
  const health = el('p', {class: 'health'});
  const rates = el('div', {class: 'cards', id: 'ops-rates'});
  const lag = el('div', {id: 'ops-lag'});
  const dead = el('div', {id: 'dead-letters'});
  view.append(pageHeader('Operations'), health, el('h2', null, 'Rate'), rates,
              el('h2', null, 'Lag per partition'), lag, el('h2', null, 'Dead letters'), dead);

  for (const path of ['/healthz', '/readyz']) {
    NF.fetch(path).then((r) => health.append(
        el('span', {class: 'pill ' + (r.ok ? 'ok' : 'down')}, `${path}: ${r.status}`)))
        .catch(() => health.append(el('span', {class: 'pill down'}, `${path}: unreachable`)));
  }

  let prev = null;
  const stat = (label, value) => el('article', {class: 'card small', dataset: {stat: label}},
                                    el('header', null, label), el('div', {class: 'value'}, value));
  // Without ingest metrics (`newsfacts serve` has no ingest of its own): the rate at which
  // facts arrive in the store, from the facts count of the aggregate route.
  const storeTick = async () => {
    const body = await NF.api('facts/aggregate', {group_by: 'kind', agg: 'count'});
    const facts = NF.rows(body).reduce((n, r) => n + Number(r.count || 0), 0);
    const cur = {at: performance.now(), facts};
    const dt = prev ? (cur.at - prev.at) / 1000 : 0;
    NF.clear(rates).append(
        stat('facts stored', NF.fmtNumber(facts)),
        stat('facts rate', dt > 0 ? NF.fmtNumber((facts - prev.facts) / dt) + ' /s' : '…'),
        el('p', {class: 'muted'}, 'This process serves a store without ingesting into it ' +
                                  '(newsfacts serve): run the daemon with --http for ' +
                                  'ingest rates and consumer lag.'));
    NF.clear(lag).append(el('p', {class: 'muted'}, 'No consumer in this process.'));
    prev = cur;
  };
  let storeOnly = false;
  const tick = async () => {
    if (storeOnly) return storeTick().catch((err) => NF.clear(rates).append(errorBox(err)));
    let cur;
    try {
      cur = await scrape();
    } catch (err) {
      if (err instanceof NF.ApiError && err.status === 404) {
        storeOnly = true;
        return tick();
      }
      NF.clear(rates).append(errorBox(err));
      return;
    }
    const dt = prev ? (cur.at - prev.at) / 1000 : 0;
    const rate = (name) => {
      const a = sample(cur, name), b = prev ? sample(prev, name) : null;
      return a !== null && b !== null && dt > 0 ? NF.fmtNumber((a - b) / dt) + ' /s' : '…';
    };
    NF.clear(rates).append(
        stat('articles', NF.fmtNumber(sample(cur, 'newsfacts_articles_total'))),
        stat('articles rate', rate('newsfacts_articles_total')),
        stat('facts rate', rate('newsfacts_facts_total')),
        stat('dead letters', NF.fmtNumber(sample(cur, 'newsfacts_dead_letters_total'))),
        stat('brokers down', sample(cur, 'newsfacts_kafka_brokers_down') ? 'yes' : 'no'));
    const lags = cur.samples.filter((s) => s.name === 'newsfacts_consumer_lag');
    NF.clear(lag).append(lags.length
        ? el('table', {class: 'facts'}, el('tr', null, el('th', null, 'topic'),
                                         el('th', null, 'partition'), el('th', null, 'lag')),
             lags.map((s) => el('tr', null, el('td', null, s.labels.topic || ''),
                                el('td', null, s.labels.partition || ''),
                                el('td', {class: 'num'}, NF.fmtNumber(s.value)))))
        : el('p', {class: 'muted'}, 'No partitions assigned (file ingest).'));
    prev = cur;
  };
  await tick();
  const timer = setInterval(tick, 3000);
  state.page.leave = () => clearInterval(timer);

  try {
    const body = await NF.api('dead-letters', {limit: 50});
    const rows = NF.rows(body, 'dead_letters', 'dead-letters');
    if (!rows.length) {
      dead.append(el('p', {class: 'muted'}, 'No dead letters.'));
      return;
    }
    dead.append(el('table', {class: 'facts', id: 'dead-letter-table'},
      el('tr', null, ['position', 'reason', 'rejected', 'bytes', 'payload'].map(
          (h) => el('th', null, h))),
      rows.map((d) => {
        const position = [d.source || d.topic, d.partition, d.offset]
                             .filter((x) => x !== undefined && x !== null).join(' / ');
        let payload = d.payload_preview || d.payload || '';
        if (!payload && d.payload_base64) {
          try {
            payload = new TextDecoder().decode(Uint8Array.from(atob(d.payload_base64),
                                                               (c) => c.charCodeAt(0)));
          } catch (err) { payload = '(binary)'; }
        }
        return el('tr', {class: 'dead-letter'}, el('td', null, String(position)),
                  el('td', null, d.reason || ''),
                  el('td', null, NF.fmtTime(d.rejected_at || d.time)),
                  el('td', {class: 'num'}, NF.fmtNumber(d.payload_bytes)),
                  el('td', null, el('code', {class: 'payload'}, String(payload).slice(0, 240))));
      })));
  } catch (err) {
    dead.append(errorBox(err));
  }
}

// ---- router ------------------------------------------------------------------------------

const kPages = {
  indicators: pageIndicators, alerts: pageAlerts, facts: pageFacts, article: pageArticle,
  entity: pageEntity, ops: pageOps,
};

async function route() {
  const r = NF.parseHash(location.hash);
  const name = kPages[r.path[0]] ? r.path[0] : 'indicators';
  if (state.page && state.page.leave) state.page.leave();
  state.page = {name};
  const page = state.page;
  NF.clear(view);
  view.dataset.page = name;
  view.dataset.ready = '0';
  view.dataset.route = location.hash;  // with `ready`: which route finished rendering
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.page === (name === 'article' ? 'facts' : name));
  }
  document.title = 'newsfacts · ' + name;
  try {
    await kPages[name](r);
  } catch (err) {
    view.append(errorBox(err));
  }
  if (state.page === page) view.dataset.ready = '1';  // tests wait for it
}

window.addEventListener('hashchange', route);
state.indicatorsLoaded = loadIndicators();
state.alertsLoaded = loadAlerts();
startLive();  // after the loads started: the alert stream resumes from their result
showLive();
route();
