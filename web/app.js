/*
 * app.js -- the dyad web page: filters, events with their evidence, the
 * dyad timeline, the actor network, article search, quotes and the article
 * view, all over the JSON API of `dyad serve`.
 *
 * Safety: every piece of data reaches the page as a text node
 * (textContent, createTextNode) or an attribute set through the DOM;
 * nothing is ever parsed as HTML.  Links to original articles are made only
 * for http and https addresses.  The state lives in the URL fragment
 * (#/view?filters), so the back button and shared links work.
 */
(function () {
  'use strict';

  var FILTERS = ['q', 'actor', 'source', 'target', 'country', 'code', 'root', 'quad', 'from', 'to', 'lang'];
  var QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  var PAGE = 50;
  var VIEWS = ['events', 'timeline', 'network', 'articles', 'quotes', 'article'];

  var $ = function (id) { return document.getElementById(id); };
  var seq = 0; /* bumps on every navigation; stale answers are dropped */

  /* ---------------------------------------------------------------- DOM */

  /* el('a', {href: u, class: 'x'}, 'text', child...): strings become text nodes. */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'onclick') e.addEventListener('click', v);
        else if (k === 'text') e.textContent = String(v);
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function append(parent, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(parent, x); }); return; }
    parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  /* Only http(s) addresses become links: a javascript: or data: URL in the
     database stays text. */
  function safeUrl(u) {
    if (!u) return null;
    try {
      var p = new URL(u, window.location.href);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (e) { return null; }
  }

  function extLink(u, label) {
    var href = safeUrl(u);
    if (!href) return null;
    return el('a', { href: href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'ext' }, label || 'original');
  }

  /* the store writes "-" for an event type it has no PLOVER name for */
  function plover(p) { return p && p !== '-' ? p : ''; }

  function fmtNum(n) { return n === null || n === undefined ? '' : Number(n).toLocaleString('en'); }
  function fmtG(g) { return g === null || g === undefined ? '' : (g > 0 ? '+' : '') + Number(g).toFixed(1); }
  function gClass(g) { return g === null || g === undefined ? '' : g <= -5 ? 'g-neg2' : g < 0 ? 'g-neg' : g >= 5 ? 'g-pos2' : g > 0 ? 'g-pos' : 'g-zero'; }

  function actorLabel(name, code) {
    return el('span', { class: 'actor', title: code || '' }, name || code || '?',
      code && name ? el('span', { class: 'code' }, ' ' + code) : null);
  }

  /* ---------------------------------------------------------------- state */

  function parseHash() {
    var h = window.location.hash.replace(/^#\/?/, '');
    var qi = h.indexOf('?');
    var path = qi < 0 ? h : h.slice(0, qi);
    var params = new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1));
    var parts = path.split('/').filter(Boolean);
    var view = parts[0] || 'events';
    if (VIEWS.indexOf(view) < 0) view = 'events';
    return { view: view, id: parts[1] || null, params: params };
  }

  function hashFor(view, params, id) {
    var p = new URLSearchParams();
    params.forEach(function (v, k) { if (v !== '') p.set(k, v); });
    var s = p.toString();
    return '#/' + view + (id ? '/' + id : '') + (s ? '?' + s : '');
  }

  function go(view, params, id) { window.location.hash = hashFor(view, params, id); }

  function filterParams(params, names) {
    var o = {};
    (names || FILTERS).forEach(function (k) { var v = params.get(k); if (v) o[k] = v; });
    return o;
  }

  /* ---------------------------------------------------------------- API */

  function api(path, params) {
    var p = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== '' && params[k] !== null && params[k] !== undefined) p.set(k, params[k]);
    });
    var qs = p.toString();
    return fetch('api/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().catch(function () { return { error: 'the server answered ' + r.status }; })
          .then(function (j) {
            if (!r.ok) throw new Error(j && j.error ? j.error : 'the server answered ' + r.status);
            return j;
          });
      });
  }

  function showError(err) {
    var box = $('error');
    if (!err) { box.hidden = true; clear(box); return; }
    clear(box);
    append(box, [el('strong', null, 'Error: '), String(err.message || err)]);
    box.hidden = false;
  }

  /* ---------------------------------------------------------------- form */

  function fillForm(params) {
    var f = $('search');
    FILTERS.forEach(function (k) { if (f.elements[k]) f.elements[k].value = params.get(k) || ''; });
    var open = FILTERS.some(function (k) { return k !== 'q' && params.get(k); });
    if (open) setFilters(true);
  }

  function setFilters(open) {
    $('filters').hidden = !open;
    $('toggle-filters').setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function readForm() {
    var f = $('search');
    var p = new URLSearchParams();
    FILTERS.forEach(function (k) {
      var v = (f.elements[k].value || '').trim();
      if (k === 'country') v = v.toUpperCase();
      if (v) p.set(k, v);
    });
    return p;
  }

  function pager(node, j, onPage) {
    clear(node);
    if (!j || j.total <= j.limit) return;
    var from = j.offset + 1, to = Math.min(j.offset + j.limit, j.total);
    var prev = el('button', { type: 'button', class: 'secondary', disabled: j.offset === 0 }, '\u2190 Previous');
    var next = el('button', { type: 'button', class: 'secondary', disabled: to >= j.total }, 'Next \u2192');
    prev.addEventListener('click', function () { onPage(Math.max(0, j.offset - j.limit)); });
    next.addEventListener('click', function () { onPage(j.offset + j.limit); });
    append(node, [prev, el('span', { class: 'range' }, fmtNum(from) + '\u2013' + fmtNum(to) + ' of ' + fmtNum(j.total)), next]);
  }

  function withOffset(st, off) {
    var p = new URLSearchParams(st.params.toString());
    if (off) p.set('offset', String(off)); else p.delete('offset');
    p.delete('event');
    return p;
  }

  /* ---------------------------------------------------------------- events */

  function renderEvents(st, my) {
    var params = filterParams(st.params);
    params.limit = PAGE;
    params.offset = st.params.get('offset') || 0;
    var tbody = $('events-table').querySelector('tbody');
    $('events-summary').textContent = 'Loading events\u2026';
    var evId = st.params.get('event');
    if (evId) openEvidence(evId, st, my); else closeEvidence();
    return api('events', params).then(function (j) {
      if (my !== seq) return;
      clear(tbody);
      $('events-summary').textContent = j.total === 0 ? 'No events match.' :
        fmtNum(j.total) + (j.total === 1 ? ' event' : ' events') + ', newest first.';
      j.items.forEach(function (e) {
        var tr = el('tr', { tabindex: '0', 'data-id': e.id, class: String(e.id) === evId ? 'selected' : null },
          el('td', { class: 'date' }, e.date || ''),
          el('td', null, actorLabel(e.source_name, e.source)),
          el('td', { class: 'ev' }, el('span', { class: 'cameo q' + e.quad_class, title: QUAD[e.quad_class] || '' }, e.code),
            plover(e.plover) ? el('span', { class: 'plover' }, ' ' + plover(e.plover).toLowerCase().replace(/_/g, ' ')) : null),
          el('td', null, actorLabel(e.target_name, e.target)),
          el('td', { class: 'num ' + gClass(e.goldstein) }, fmtG(e.goldstein)),
          el('td', { class: 'num col-mentions' }, fmtNum(e.num_mentions)),
          el('td', { class: 'col-title' }, e.title || ''));
        var open = function () {
          var p = new URLSearchParams(st.params.toString());
          p.set('event', e.id);
          go('events', p);
        };
        tr.addEventListener('click', open);
        tr.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
        tbody.appendChild(tr);
      });
      pager($('events-pager'), j, function (off) { go('events', withOffset(st, off)); });
    });
  }

  function closeEvidence() {
    var box = $('evidence');
    box.hidden = true;
    clear(box);
    document.body.classList.remove('evidence-open');
  }

  /* The evidence sentence: the server cut it into segments marked source,
     target, trigger (or several: "source trigger"). */
  function evidenceSentence(segs) {
    var q = el('blockquote', { class: 'sentence' });
    (segs || []).forEach(function (s) {
      if (!s.mark) { append(q, s.text); return; }
      var cls = s.mark.split(' ').map(function (m) { return 'm-' + m; }).join(' ');
      append(q, el('mark', { class: cls, title: s.mark }, s.text));
    });
    return q;
  }

  function utf8Len(s) { return new TextEncoder().encode(s || '').length; }

  function openEvidence(id, st, my) {
    var box = $('evidence');
    box.hidden = false;
    document.body.classList.add('evidence-open');
    clear(box);
    append(box, el('p', { class: 'loading' }, 'Loading the evidence\u2026'));
    api('events/' + encodeURIComponent(id), { limit: 20 }).then(function (j) {
      if (my !== seq) return;
      var e = j.event;
      clear(box);
      var close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '\u00d7');
      close.addEventListener('click', function () {
        var p = new URLSearchParams(st.params.toString());
        p.delete('event');
        go('events', p);
      });
      var tl = new URLSearchParams();
      tl.set('source', e.source); tl.set('target', e.target);
      append(box, [
        close,
        el('h2', null, actorLabel(e.source_name, e.source), el('span', { class: 'arrow' }, ' \u2192 '), actorLabel(e.target_name, e.target)),
        el('dl', { class: 'facts' },
          el('dt', null, 'Event'), el('dd', null, el('span', { class: 'cameo q' + e.quad_class }, e.code), ' ', plover(e.plover), plover(e.plover) ? ' ' : '', '(', QUAD[e.quad_class] || '', ')'),
          el('dt', null, 'Date'), el('dd', null, e.date || 'unknown'),
          el('dt', null, 'Goldstein'), el('dd', { class: gClass(e.goldstein) }, fmtG(e.goldstein)),
          e.location_name ? [el('dt', null, 'Place'), el('dd', null, e.location_name, e.location_country ? ' (' + e.location_country + ')' : '')] : null,
          el('dt', null, 'Mentions'), el('dd', null, fmtNum(e.num_mentions) + ' in ' + fmtNum(e.num_articles) + (e.num_articles === 1 ? ' article' : ' articles'))),
        el('p', { class: 'legend-marks' }, el('mark', { class: 'm-source' }, 'source'), ' ', el('mark', { class: 'm-target' }, 'target'), ' ', el('mark', { class: 'm-trigger' }, 'trigger')),
      ]);
      var list = el('ol', { class: 'mentions' });
      j.mentions.forEach(function (m) {
        var ap = new URLSearchParams();
        if (m.sentence_start !== null && m.sentence_start !== undefined) {
          ap.set('s', m.sentence_start);
          ap.set('e', m.sentence_start + utf8Len(m.sentence));
        }
        list.appendChild(el('li', { class: 'mention' },
          evidenceSentence(m.evidence),
          el('p', { class: 'source-line' },
            el('a', { href: hashFor('article', ap, m.article_id), class: 'article-link' }, m.title || 'untitled article'),
            m.article_date ? el('span', { class: 'date' }, ' \u00b7 ' + m.article_date) : null,
            m.lang ? el('span', { class: 'lang' }, ' \u00b7 ' + m.lang) : null,
            m.attribution ? el('span', { class: 'attr' }, ' \u00b7 according to ' + m.attribution) : null,
            ' ', extLink(m.url))));
      });
      append(box, [el('h3', null, j.total === 1 ? 'Evidence' : 'Evidence (' + fmtNum(j.total) + ' mentions)'), list]);
      append(box, el('p', { class: 'actions' },
        el('a', { href: hashFor('timeline', tl), class: 'button secondary' }, 'Timeline of this dyad')));
      box.setAttribute('tabindex', '-1');
      if (window.matchMedia && window.matchMedia('(max-width: 760px)').matches && box.scrollIntoView) box.scrollIntoView();
    }).catch(function (err) {
      if (my !== seq) return;
      clear(box);
      append(box, el('p', { class: 'error-inline' }, String(err.message || err)));
    });
  }

  /* ---------------------------------------------------------------- timeline */

  function dyadRow(d, st) {
    var p = new URLSearchParams(st.params.toString());
    p.set('source', d.source); p.set('target', d.target); p.delete('offset');
    var bar = el('span', { class: 'quads', title: 'quad classes 1-4' });
    ['q1', 'q2', 'q3', 'q4'].forEach(function (k, i) {
      var s = el('span', { class: 'qbar q' + (i + 1) });
      s.style.width = Math.round((d[k] || 0) * 100) + '%';
      bar.appendChild(s);
    });
    var tr = el('tr', { tabindex: '0' },
      el('td', null, actorLabel(d.source_name, d.source)),
      el('td', null, actorLabel(d.target_name, d.target)),
      el('td', { class: 'num' }, fmtNum(d.events)),
      el('td', { class: 'num ' + gClass(d.goldstein) }, fmtG(d.goldstein)),
      el('td', null, bar));
    var open = function () { go('timeline', p); };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') open(); });
    return tr;
  }

  function renderTimeline(st, my) {
    var by = st.params.get('by') || 'month';
    $('timeline-by').value = by;
    var src = st.params.get('source'), tgt = st.params.get('target');
    var chart = clear($('timeline-chart'));
    /* the list of dyads to choose from: every filter but the chosen pair */
    var dyParams = filterParams(st.params);
    delete dyParams.source;
    delete dyParams.target;
    dyParams.limit = 20;
    dyParams.offset = st.params.get('offset') || 0;
    var jobs = [api('dyads', dyParams).then(function (j) {
      if (my !== seq) return;
      var tb = clear($('dyads-table').querySelector('tbody'));
      j.items.forEach(function (d) { tb.appendChild(dyadRow(d, st)); });
      pager($('dyads-pager'), j, function (off) { go('timeline', withOffset(st, off)); });
    })];
    if (!src || !tgt) {
      $('timeline-title').textContent = 'Dyad timeline';
      $('timeline-hint').textContent = 'Choose a dyad below, or give both a source and a target in the filters.';
      return Promise.all(jobs);
    }
    $('timeline-title').textContent = src + ' \u2194 ' + tgt;
    $('timeline-hint').textContent = 'Events per ' + by + ' in both directions (bars) and their mean Goldstein score (lines).';
    var tp = filterParams(st.params, ['source', 'target', 'actor', 'country', 'code', 'root', 'quad', 'from', 'to', 'lang']);
    tp.by = by;
    tp.limit = 1000;
    jobs.push(api('timeline', tp).then(function (j) {
      if (my !== seq) return;
      if (!j.items.length) { append(chart, el('p', { class: 'empty' }, 'No events between these two actors.')); return; }
      window.DyadCharts.timeline(chart, j.items, { a: src, b: tgt, by: by });
    }));
    return Promise.all(jobs);
  }

  /* ---------------------------------------------------------------- network */

  function renderNetwork(st, my) {
    var box = clear($('network-chart'));
    append(box, el('p', { class: 'loading' }, 'Drawing the network\u2026'));
    var p = filterParams(st.params);
    var narrow = box.getBoundingClientRect().width < 600;
    var dp = Object.assign({}, p, { limit: narrow ? 30 : 80 });
    /* node sizes: the actors' mentions (the actors list takes only these) */
    var ap = Object.assign(filterParams(st.params, ['actor', 'country']), { limit: 300 });
    return Promise.all([api('dyads', dp), api('actors', ap)]).then(function (r) {
      if (my !== seq) return;
      clear(box);
      if (!r[0].items.length) { append(box, el('p', { class: 'empty' }, 'No dyads match the filters.')); return; }
      window.DyadCharts.network(box, r[0].items, r[1].items, {
        onSelect: function (code) {
          var q = new URLSearchParams(st.params.toString());
          q.delete('country'); q.delete('source'); q.delete('target'); q.delete('offset');
          q.set('actor', code);
          go('events', q);
        }
      });
      var lg = clear($('network-legend'));
      window.DyadCharts.goldsteinLegend(lg);
    });
  }

  /* ---------------------------------------------------------------- articles */

  function renderArticles(st, my) {
    var list = clear($('articles-list'));
    var q = st.params.get('q');
    clear($('articles-pager'));
    if (!q) {
      $('articles-summary').textContent = 'Type words in the search box to find articles.';
      return Promise.resolve();
    }
    var p = filterParams(st.params, ['q', 'lang']);
    p.limit = 20;
    p.offset = st.params.get('offset') || 0;
    $('articles-summary').textContent = 'Searching\u2026';
    return api('search', p).then(function (j) {
      if (my !== seq) return;
      $('articles-summary').textContent = fmtNum(j.total) + (j.total === 1 ? ' article matches.' : ' articles match.');
      j.items.forEach(function (a) {
        var snip = el('p', { class: 'snippet' });
        (a.snippet_marked || []).forEach(function (s) { append(snip, s.match ? el('mark', null, s.text) : s.text); });
        list.appendChild(el('li', null,
          el('a', { href: hashFor('article', new URLSearchParams(), a.article_id), class: 'article-link' }, a.title || 'untitled article'),
          el('span', { class: 'meta' }, ' ', a.date || '', a.lang ? ' \u00b7 ' + a.lang : ''),
          snip));
      });
      pager($('articles-pager'), j, function (off) { go('articles', withOffset(st, off)); });
    });
  }

  /* ---------------------------------------------------------------- quotes */

  function renderQuotes(st, my) {
    var list = clear($('quotes-list'));
    var p = filterParams(st.params, ['actor', 'country', 'q', 'lang']);
    p.limit = PAGE;
    p.offset = st.params.get('offset') || 0;
    $('quotes-summary').textContent = 'Loading quotes\u2026';
    return api('quotes', p).then(function (j) {
      if (my !== seq) return;
      $('quotes-summary').textContent = fmtNum(j.total) + (j.total === 1 ? ' quote.' : ' quotes.');
      j.items.forEach(function (q) {
        list.appendChild(el('li', { class: 'quote' },
          el('blockquote', null, '\u201c' + (q.quote || '') + '\u201d'),
          el('p', { class: 'source-line' },
            q.speaker ? actorLabel(q.speaker_name, q.speaker) : el('span', { class: 'muted' }, 'unknown speaker'),
            ' \u00b7 ',
            el('a', { href: hashFor('article', new URLSearchParams(), q.article_id), class: 'article-link' }, q.title || 'untitled article'),
            q.date ? ' \u00b7 ' + q.date : '')));
      });
      pager($('quotes-pager'), j, function (off) { go('quotes', withOffset(st, off)); });
    });
  }

  /* ---------------------------------------------------------------- article */

  function renderArticle(st, my) {
    var box = clear($('article'));
    if (!/^[0-9]+$/.test(st.id || '')) { append(box, el('p', null, 'No such article.')); return Promise.resolve(); }
    return api('articles/' + st.id).then(function (j) {
      if (my !== seq) return;
      var a = j.article;
      var s = parseInt(st.params.get('s'), 10), e = parseInt(st.params.get('e'), 10);
      append(box, [
        el('p', { class: 'back' }, el('a', { href: '#/events', class: 'back-link' }, '\u2190 Events')),
        el('h2', { class: 'article-title' }, a.title || 'untitled article'),
        el('p', { class: 'meta' }, a.date || 'no date', a.lang ? ' \u00b7 ' + a.lang : '',
          a.events !== undefined && a.events !== null ? ' \u00b7 ' + fmtNum(a.events) + ' events' : '',
          ' ', extLink(a.url, 'original article')),
        articleBody(a.text || '', s, e)
      ]);
      var m = box.querySelector('mark.marked-sentence');
      if (m && m.scrollIntoView) m.scrollIntoView({ block: 'center' });
    });
  }

  /* The text in paragraphs, with the byte range [s, e) (the evidence
     sentence, byte offsets as the API gives them) marked. */
  function articleBody(text, s, e) {
    var div = el('div', { class: 'article-text' });
    var before = text, mid = '', after = '';
    if (s >= 0 && e > s) {
      var bytes = new TextEncoder().encode(text);
      var dec = new TextDecoder();
      if (e <= bytes.length) {
        before = dec.decode(bytes.slice(0, s));
        mid = dec.decode(bytes.slice(s, e));
        after = dec.decode(bytes.slice(e));
      }
    }
    /* paragraphs split on blank lines; the mark may sit in any of them */
    var pieces = [{ t: before, m: false }, { t: mid, m: true }, { t: after, m: false }];
    var p = el('p');
    pieces.forEach(function (pc) {
      if (!pc.t) return;
      var paras = pc.t.split(/\n\s*\n/);
      paras.forEach(function (para, i) {
        if (i > 0) { div.appendChild(p); p = el('p'); }
        if (!para) return;
        append(p, pc.m ? el('mark', { class: 'marked-sentence' }, para) : para);
      });
    });
    div.appendChild(p);
    return div;
  }

  /* ---------------------------------------------------------------- stats */

  function loadStats() {
    api('stats').then(function (s) {
      var parts = [fmtNum(s.articles) + ' articles', fmtNum(s.events) + ' events'];
      if (s.first_date && s.last_date) parts.push(s.first_date + ' \u2013 ' + s.last_date);
      $('stats').textContent = parts.join(' \u00b7 ');
    }).catch(function () { $('stats').textContent = ''; });
  }

  /* ---------------------------------------------------------------- router */

  function render() {
    var st = parseHash();
    var my = ++seq;
    showError(null);
    fillForm(st.params);
    VIEWS.forEach(function (v) { $('view-' + v).hidden = v !== st.view; });
    Array.prototype.forEach.call(document.querySelectorAll('.tabs a'), function (a) {
      var on = a.getAttribute('data-view') === st.view;
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      /* keep the filters when switching views */
      var p = new URLSearchParams(st.params.toString());
      p.delete('offset'); p.delete('event'); p.delete('s'); p.delete('e'); p.delete('by');
      a.setAttribute('href', hashFor(a.getAttribute('data-view'), p));
    });
    var fn = { events: renderEvents, timeline: renderTimeline, network: renderNetwork,
      articles: renderArticles, quotes: renderQuotes, article: renderArticle }[st.view];
    document.body.setAttribute('data-view', st.view);
    Promise.resolve(fn(st, my)).then(function () {
      if (my === seq) document.body.setAttribute('data-ready', st.view);
    }).catch(function (err) {
      if (my === seq) { showError(err); document.body.setAttribute('data-ready', st.view); }
    });
  }

  function init() {
    var root = $('root');
    for (var i = 1; i <= 20; i++) {
      var v = (i < 10 ? '0' : '') + i;
      root.appendChild(el('option', { value: v }, v));
    }
    $('search').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var st = parseHash();
      var view = st.view === 'article' ? 'events' : st.view;
      var p = readForm();
      if (view === 'timeline' && st.params.get('by')) p.set('by', st.params.get('by'));
      go(view, p);
    });
    $('toggle-filters').addEventListener('click', function () { setFilters($('filters').hidden); });
    $('clear').addEventListener('click', function () {
      var st = parseHash();
      go(st.view === 'article' ? 'events' : st.view, new URLSearchParams());
    });
    $('timeline-by').addEventListener('change', function () {
      var st = parseHash();
      var p = new URLSearchParams(st.params.toString());
      p.set('by', $('timeline-by').value);
      go('timeline', p);
    });
    window.addEventListener('hashchange', render);
    loadStats();
    render();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
