// dom.js: the dashboard's small toolkit: DOM building without markup strings (every text from the
// data becomes a text node), number and time formatting, the JSON client of /api/v1, and the
// highlighter that marks byte ranges (UTF-8 offsets from the API) in a text.
'use strict';

const NF = {};

// el('a', {href: '#/x', class: 'c', dataset: {k: 'v'}, onclick: fn}, 'text', node, [more])
// Strings and numbers become text nodes; null/undefined/false children are skipped.
NF.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  NF.setAttrs(node, attrs);
  NF.append(node, children);
  return node;
};

NF.svg = function (tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  NF.setAttrs(node, attrs);
  NF.append(node, children);
  return node;
};

NF.setAttrs = function (node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) {
        if (dv !== null && dv !== undefined) node.dataset[dk] = String(dv);
      }
    } else if (k.startsWith('on') && typeof v === 'function') {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
};

NF.append = function (node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
};

NF.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

// '#/facts?entity=Nvidia&sort=-value' -> {path: ['facts'], params: URLSearchParams}
NF.parseHash = function (hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = (q < 0 ? h : h.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
  return {path, params: new URLSearchParams(q < 0 ? '' : h.slice(q + 1))};
};

NF.hashOf = function (path, params) {
  const p = '#/' + path.map(encodeURIComponent).join('/');
  const clean = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') clean.set(k, v);
  }
  const qs = clean.toString();
  return qs ? p + '?' + qs : p;
};

// ---- formatting -------------------------------------------------------------------------

const kNumber = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});

NF.fmtNumber = function (v) {
  return typeof v === 'number' && isFinite(v) ? kNumber.format(v) : '–';
};

NF.isCurrency = function (unit) {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
};

// 12e9 USD -> "12 bn USD"; 80 % -> "80 %"; 230000 chip -> "230,000 chip".
NF.fmtValue = function (value, unit, kind) {
  if (typeof value !== 'number' || !isFinite(value)) return '–';
  if (unit === '%' || kind === 'percent') return kNumber.format(value) + ' %';
  const abs = Math.abs(value);
  let text;
  if (abs >= 1e12) text = kNumber.format(value / 1e12) + ' tn';
  else if (abs >= 1e9) text = kNumber.format(value / 1e9) + ' bn';
  else if (abs >= 1e6 && (NF.isCurrency(unit) || kind === 'money')) {
    text = kNumber.format(value / 1e6) + ' m';
  } else if (abs >= 1e7) text = kNumber.format(value / 1e6) + ' m';
  else text = kNumber.format(value);
  return unit ? text + ' ' + unit : text;
};

// RFC 3339 -> "2025-01-22 07:30 UTC" (the API's times are UTC).
NF.fmtTime = function (iso) {
  if (!iso) return '–';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? m[1] + ' ' + m[2] + ' UTC' : String(iso);
};

// A stable hue per label (metrics get their own highlight colour).
NF.hue = function (label) {
  let h = 0;
  for (const ch of String(label || '')) h = (h * 31 + ch.codePointAt(0)) % 360;
  return (h * 7) % 360;
};

// ---- API --------------------------------------------------------------------------------

// The bearer token of a server started with --token: opened once as /?access_token=TOKEN, kept
// for the tab (sessionStorage) and taken out of the address bar.
NF.token = (() => {
  const params = new URLSearchParams(location.search);
  let token = params.get('access_token') || '';
  try {
    if (token) sessionStorage.setItem('newsfacts_token', token);
    else token = sessionStorage.getItem('newsfacts_token') || '';
  } catch (e) { /* storage disabled: the token lives as long as the page */ }
  if (params.has('access_token')) {
    params.delete('access_token');
    const qs = params.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
  }
  return token;
})();

// fetch() with the token, if any.
NF.fetch = function (url, headers) {
  const h = Object.assign({}, headers || {});
  if (NF.token) h.Authorization = 'Bearer ' + NF.token;
  return fetch(url, {headers: h});
};

// An SSE URL with the token (EventSource cannot send headers).
NF.streamUrl = function (url) {
  if (!NF.token) return url;
  return url + (url.includes('?') ? '&' : '?') + 'access_token=' + encodeURIComponent(NF.token);
};

NF.ApiError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
};

// GET a JSON document; errors of the API ({"error": {"code", "message"}}) become ApiError.
NF.getJSON = async function (url) {
  const r = await NF.fetch(url, {Accept: 'application/json'});
  const text = await r.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    if (r.ok) throw new NF.ApiError(r.status, 'bad_json', 'invalid JSON from ' + url);
  }
  if (!r.ok) {
    const err = body && body.error ? body.error : {};
    let message = err.message || r.status + ' ' + r.statusText;
    if (r.status === 401) {
      message += ' (this server needs a token: open the dashboard as /?access_token=TOKEN)';
    }
    throw new NF.ApiError(r.status, err.code || 'http_' + r.status, message);
  }
  return body;
};

NF.api = function (path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') qs.set(k, v);
  }
  const s = qs.toString();
  return NF.getJSON('/api/v1/' + path + (s ? '?' + s : ''));
};

// The rows of a listing response, whatever the envelope is called.
NF.rows = function (body, ...names) {
  if (Array.isArray(body)) return body;
  if (!body || typeof body !== 'object') return [];
  for (const n of [...names, 'items', 'data', 'results']) {
    if (Array.isArray(body[n])) return body[n];
  }
  return [];
};

// ---- highlighting -----------------------------------------------------------------------

const kEncoder = new TextEncoder();
const kDecoder = new TextDecoder();

// Splits `text` at the UTF-8 byte ranges of `spans` ({start, end, mark: fn(node) -> node}) and
// returns a fragment: plain text nodes, and each piece covered by spans wrapped by their
// `mark` functions (outermost first). Overlapping spans nest on the shared piece.
NF.highlight = function (text, spans) {
  const bytes = kEncoder.encode(text || '');
  const cuts = new Set([0, bytes.length]);
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) &&
                                    s.start >= 0 && s.end <= bytes.length && s.start < s.end);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; ++i) {
    const a = points[i], b = points[i + 1];
    let node = document.createTextNode(kDecoder.decode(bytes.subarray(a, b)));
    for (const s of valid) {
      if (s.start <= a && s.end >= b) node = s.mark(node);
    }
    frag.append(node);
  }
  return frag;
};

// Byte range of the first occurrence of `needle` in `text` (for marking a figure's surface in
// its evidence sentence), or null.
NF.findBytes = function (text, needle) {
  if (!text || !needle) return null;
  const i = text.indexOf(needle);
  if (i < 0) return null;
  const start = kEncoder.encode(text.slice(0, i)).length;
  return {start, end: start + kEncoder.encode(needle).length};
};
