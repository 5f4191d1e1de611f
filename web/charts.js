/*
 * charts.js -- the two drawings of the dyad page, in plain SVG: the dyad
 * timeline (events per period in both directions, and their mean Goldstein
 * score) and the actor network (a force-directed layout of the busiest
 * dyads).  No library: the drawings are small, and this keeps the page free
 * of third-party code.  Text goes in through textContent only.
 *
 * window.DyadCharts.timeline(container, rows, {a, b, by})
 * window.DyadCharts.network(container, dyads, actors, {onSelect(code)})
 * window.DyadCharts.goldsteinLegend(container)
 */
(function () {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';
  var COLOR_AB = '#2b6cb0', COLOR_BA = '#dd6b20';

  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function tip(node, text) { node.appendChild(svg('title', null, text)); return node; }

  function fmtG(g) { return (g > 0 ? '+' : '') + Number(g).toFixed(1); }

  /* Goldstein -10..10 to a colour: red through grey to blue. */
  function goldsteinColor(g) {
    var neg = [197, 48, 48], mid = [160, 168, 180], pos = [43, 108, 176];
    var t = Math.max(-1, Math.min(1, (g || 0) / 10));
    var end = t < 0 ? neg : pos, u = Math.abs(t);
    var c = mid.map(function (x, i) { return Math.round(x + (end[i] - x) * u); });
    return 'rgb(' + c.join(',') + ')';
  }

  function width(container) { return Math.max(320, Math.floor(container.getBoundingClientRect().width || 640)); }

  /* ------------------------------------------------------------ timeline */

  function timeline(container, rows, opt) {
    var periods = [], seen = {};
    var ab = {}, ba = {};
    rows.forEach(function (r) {
      if (!seen[r.period]) { seen[r.period] = 1; periods.push(r.period); }
      (r.direction === 'ba' ? ba : ab)[r.period] = r;
    });
    periods.sort();
    var W = width(container), H = 380;
    var m = { l: 46, r: 14, t: 30, b: 44 };
    var plotW = W - m.l - m.r;
    var barsH = 170, gap = 26, lineH = H - m.t - m.b - barsH - gap;
    var mid = m.t + barsH / 2;
    var maxN = 1;
    periods.forEach(function (p) {
      maxN = Math.max(maxN, ab[p] ? ab[p].events : 0, ba[p] ? ba[p].events : 0);
    });
    var band = plotW / periods.length;
    var bw = Math.max(1, Math.min(28, band * 0.7));
    var x = function (i) { return m.l + band * i + band / 2; };
    var yN = function (n) { return (barsH / 2 - 4) * n / maxN; };
    var gTop = m.t + barsH + gap;
    var yG = function (g) { return gTop + lineH / 2 - (lineH / 2) * g / 10; };

    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, class: 'timeline', role: 'img',
      'aria-label': 'Timeline of ' + opt.a + ' and ' + opt.b });
    /* legend */
    var lg = svg('g', { class: 'legend' });
    lg.appendChild(svg('rect', { x: m.l, y: 8, width: 12, height: 12, fill: COLOR_AB }));
    var label1 = opt.a + ' \u2192 ' + opt.b;
    lg.appendChild(svg('text', { x: m.l + 16, y: 18 }, label1));
    var off = m.l + 16 + 8 * label1.length + 24;
    lg.appendChild(svg('rect', { x: off, y: 8, width: 12, height: 12, fill: COLOR_BA }));
    lg.appendChild(svg('text', { x: off + 16, y: 18 }, opt.b + ' \u2192 ' + opt.a));
    root.appendChild(lg);

    /* bars: one direction up, the other down */
    var axis = svg('g', { class: 'axis' });
    axis.appendChild(svg('line', { x1: m.l, x2: W - m.r, y1: mid, y2: mid }));
    axis.appendChild(svg('text', { x: m.l - 6, y: m.t + 8, 'text-anchor': 'end' }, maxN));
    axis.appendChild(svg('text', { x: m.l - 6, y: mid + 4, 'text-anchor': 'end' }, 0));
    axis.appendChild(svg('text', { x: m.l - 6, y: m.t + barsH, 'text-anchor': 'end' }, maxN));
    axis.appendChild(svg('text', { x: 4, y: m.t + barsH / 2 - 20, class: 'axis-title' }, 'events'));
    root.appendChild(axis);
    var bars = svg('g', { class: 'bars' });
    periods.forEach(function (p, i) {
      if (ab[p]) {
        var h = yN(ab[p].events);
        bars.appendChild(tip(svg('rect', { x: x(i) - bw / 2, y: mid - h, width: bw, height: Math.max(1, h), fill: COLOR_AB, class: 'bar bar-ab' }),
          p + '  ' + opt.a + ' \u2192 ' + opt.b + ': ' + ab[p].events + ' events, mean Goldstein ' + fmtG(ab[p].goldstein)));
      }
      if (ba[p]) {
        var h2 = yN(ba[p].events);
        bars.appendChild(tip(svg('rect', { x: x(i) - bw / 2, y: mid, width: bw, height: Math.max(1, h2), fill: COLOR_BA, class: 'bar bar-ba' }),
          p + '  ' + opt.b + ' \u2192 ' + opt.a + ': ' + ba[p].events + ' events, mean Goldstein ' + fmtG(ba[p].goldstein)));
      }
    });
    root.appendChild(bars);

    /* mean Goldstein: one line per direction, broken where a period has none */
    var ga = svg('g', { class: 'axis' });
    [-10, 0, 10].forEach(function (g) {
      ga.appendChild(svg('line', { x1: m.l, x2: W - m.r, y1: yG(g), y2: yG(g), class: g === 0 ? 'zero' : 'grid' }));
      ga.appendChild(svg('text', { x: m.l - 6, y: yG(g) + 4, 'text-anchor': 'end' }, g > 0 ? '+' + g : g));
    });
    ga.appendChild(svg('text', { x: 4, y: gTop - 8, class: 'axis-title' }, 'mean Goldstein'));
    root.appendChild(ga);
    [[ab, COLOR_AB, 'ab'], [ba, COLOR_BA, 'ba']].forEach(function (d) {
      var path = '', open = false;
      var dots = svg('g', { class: 'dots dots-' + d[2] });
      periods.forEach(function (p, i) {
        var r = d[0][p];
        if (!r) { open = false; return; }
        path += (open ? 'L' : 'M') + x(i).toFixed(1) + ',' + yG(r.goldstein).toFixed(1);
        open = true;
        dots.appendChild(tip(svg('circle', { cx: x(i), cy: yG(r.goldstein), r: 3, fill: d[1] }),
          p + ': mean Goldstein ' + fmtG(r.goldstein) + ' over ' + r.events + ' events'));
      });
      if (path) root.appendChild(svg('path', { d: path, fill: 'none', stroke: d[1], 'stroke-width': 2, class: 'gline gline-' + d[2] }));
      root.appendChild(dots);
    });

    /* period labels, thinned to fit */
    var every = Math.max(1, Math.ceil(62 / band));
    var xl = svg('g', { class: 'axis xlabels' });
    periods.forEach(function (p, i) {
      if (i % every) return;
      xl.appendChild(svg('text', { x: x(i), y: H - m.b + 18, 'text-anchor': 'middle' }, p));
    });
    root.appendChild(xl);
    container.appendChild(root);
    return root;
  }

  /* ------------------------------------------------------------ network */

  function network(container, dyads, actors, opt) {
    var nodes = [], byCode = {};
    function node(code, name) {
      if (!byCode[code]) { byCode[code] = { code: code, name: name || code, w: 0, events: 0 }; nodes.push(byCode[code]); }
      return byCode[code];
    }
    var edges = [], byPair = {};
    dyads.forEach(function (d) {
      var a = node(d.source, d.source_name), b = node(d.target, d.target_name);
      a.events += d.events; b.events += d.events;
      if (a === b) return;
      var key = a.code < b.code ? a.code + '\u0000' + b.code : b.code + '\u0000' + a.code;
      var e = byPair[key];
      if (!e) { e = byPair[key] = { a: a, b: b, events: 0, gsum: 0, parts: [] }; edges.push(e); }
      e.events += d.events;
      e.gsum += (d.goldstein || 0) * d.events;
      e.parts.push(d.source + ' \u2192 ' + d.target + ': ' + d.events + ' events, mean Goldstein ' + fmtG(d.goldstein || 0));
    });
    var mentions = {};
    (actors || []).forEach(function (a) { mentions[a.code] = a.mentions; });
    nodes.forEach(function (n) { n.w = mentions[n.code] || n.events; });
    /* several codes may share a name (RUS, RUSGOV, RUSMIL): add the code */
    var names = {};
    nodes.forEach(function (n) { names[n.name] = (names[n.name] || 0) + 1; });
    nodes.forEach(function (n) { n.label = names[n.name] > 1 && n.name !== n.code ? n.name + ' ' + n.code : n.name; });
    nodes.sort(function (p, q) { return q.w - p.w; });

    var W = width(container), small = W < 600;
    var H = small ? Math.round(W * 1.3) : Math.round(Math.min(680, Math.max(380, W * 0.62)));
    var maxW = Math.max.apply(null, nodes.map(function (n) { return n.w; }).concat([1]));
    var rmax = small ? 12 : 20, labels = small ? 14 : 45; /* the heaviest get a label */
    nodes.forEach(function (n, i) {
      n.r = (small ? 3 : 5) + rmax * Math.sqrt(n.w / maxW);
      n.showLabel = i < labels;
      /* deterministic start: a spiral, heaviest in the middle */
      var ang = i * 2.399963, rad = 18 * Math.sqrt(i + 1);
      n.x = W / 2 + rad * Math.cos(ang);
      n.y = H / 2 + rad * Math.sin(ang);
    });
    layout(nodes, edges, W, H);

    var maxE = Math.max.apply(null, edges.map(function (e) { return e.events; }).concat([1]));
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, class: 'network', role: 'img',
      'aria-label': 'Network of ' + nodes.length + ' actors' });
    var ge = svg('g', { class: 'edges' });
    edges.forEach(function (e) {
      var g = e.gsum / e.events;
      e.el = tip(svg('line', { x1: e.a.x.toFixed(1), y1: e.a.y.toFixed(1), x2: e.b.x.toFixed(1), y2: e.b.y.toFixed(1),
        stroke: goldsteinColor(g), 'stroke-width': (1 + 5 * Math.log(1 + e.events) / Math.log(1 + maxE)).toFixed(2),
        class: 'edge', 'data-g': g.toFixed(2) }), e.parts.join('\n'));
      ge.appendChild(e.el);
    });
    root.appendChild(ge);
    var gn = svg('g', { class: 'nodes' });
    nodes.forEach(function (n) {
      var g = svg('g', { class: 'node', tabindex: 0, role: 'button', 'data-code': n.code,
        transform: 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')', 'aria-label': n.name + ' (' + n.code + ')' });
      tip(g, n.name + ' (' + n.code + '): ' + n.w + ' mentions; click to filter');
      g.appendChild(svg('circle', { r: n.r.toFixed(1) }));
      if (n.showLabel) g.appendChild(svg('text', { y: (n.r + 12).toFixed(1), 'text-anchor': 'middle', class: 'label' }, n.label));
      var pick = function () { if (opt && opt.onSelect) opt.onSelect(n.code); };
      g.addEventListener('click', pick);
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
      g.addEventListener('mouseenter', function () { focusNode(root, edges, n, true); });
      g.addEventListener('mouseleave', function () { focusNode(root, edges, n, false); });
      gn.appendChild(g);
    });
    root.appendChild(gn);
    container.appendChild(root);
    return root;
  }

  function focusNode(root, edges, n, on) {
    root.classList.toggle('focused', on);
    edges.forEach(function (e) { e.el.classList.toggle('near', on && (e.a === n || e.b === n)); });
  }

  /* Fruchterman-Reingold with gravity, a fixed number of rounds (the result
     is the same on every load).  The gravity balances the repulsion of n
     nodes at about 0.4 of the width and height from the middle, so loose
     pairs stay in the picture instead of piling up at the edges. */
  function layout(nodes, edges, W, H) {
    var n = nodes.length;
    if (n === 0) return;
    var padX = 60, padY = 24;
    var k = 0.8 * Math.sqrt((W * H) / n);
    var rx = 0.42 * (W - 2 * padX), ry = 0.40 * (H - 2 * padY);
    var gx = 0.6 * n * k * k / (rx * rx * rx), gy = 0.6 * n * k * k / (ry * ry * ry);
    var t = W / 10;
    var rounds = n > 120 ? 250 : 400;
    for (var it = 0; it < rounds; it++) {
      var i, j, a, b, dx, dy, d, f;
      for (i = 0; i < n; i++) { nodes[i].dx = 0; nodes[i].dy = 0; }
      for (i = 0; i < n; i++) {
        a = nodes[i];
        for (j = i + 1; j < n; j++) {
          b = nodes[j];
          dx = a.x - b.x; dy = a.y - b.y;
          d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          f = (k * k) / d;
          if (d < a.r + b.r + 24) f *= 4; /* keep the discs and labels apart */
          a.dx += dx / d * f; a.dy += dy / d * f;
          b.dx -= dx / d * f; b.dy -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var ddx = e.a.x - e.b.x, ddy = e.a.y - e.b.y;
        var dd = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        var ff = (dd * dd) / k * (0.5 + 0.15 * Math.log(1 + e.events));
        e.a.dx -= ddx / dd * ff; e.a.dy -= ddy / dd * ff;
        e.b.dx += ddx / dd * ff; e.b.dy += ddy / dd * ff;
      });
      for (i = 0; i < n; i++) {
        a = nodes[i];
        /* gravity grows with the square of the distance from the middle */
        var ox = a.x - W / 2, oy = a.y - H / 2;
        a.dx -= gx * ox * Math.abs(ox) * 1.0;
        a.dy -= gy * oy * Math.abs(oy) * 1.0;
        d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 0.01;
        a.x += a.dx / d * Math.min(d, t);
        a.y += a.dy / d * Math.min(d, t);
        a.x = Math.max(padX, Math.min(W - padX, a.x));
        a.y = Math.max(padY + a.r, Math.min(H - padY - a.r - 12, a.y));
      }
      t = Math.max(0.5, t * 0.985);
    }
  }

  function goldsteinLegend(container) {
    var W = 240, root = svg('svg', { viewBox: '0 0 ' + W + ' 34', width: W, height: 34, class: 'glegend' });
    var defs = svg('defs');
    var grad = svg('linearGradient', { id: 'gl-grad', x1: 0, x2: 1, y1: 0, y2: 0 });
    [-10, 0, 10].forEach(function (g, i) {
      grad.appendChild(svg('stop', { offset: (i * 50) + '%', 'stop-color': goldsteinColor(g) }));
    });
    defs.appendChild(grad);
    root.appendChild(defs);
    root.appendChild(svg('rect', { x: 10, y: 4, width: W - 20, height: 10, fill: 'url(#gl-grad)' }));
    root.appendChild(svg('text', { x: 10, y: 30 }, '-10 conflict'));
    root.appendChild(svg('text', { x: W / 2, y: 30, 'text-anchor': 'middle' }, '0'));
    root.appendChild(svg('text', { x: W - 10, y: 30, 'text-anchor': 'end' }, '+10 cooperation'));
    container.appendChild(root);
  }

  window.DyadCharts = { timeline: timeline, network: network, goldsteinLegend: goldsteinLegend, goldsteinColor: goldsteinColor };
})();
