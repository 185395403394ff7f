// PolicyGraph explorer: every view is rendered from the URL (so a copied URL opens the same view),
// from the answers of the explorer's SPARQL queries (fuseki-config/explorer/*.rq), which the server
// binds for the view (in the page as opened, under view/PATH for the page's own navigation) and the
// page sends to the server's own read-only SPARQL endpoint.
(function () {
  'use strict';

  const meta = name => document.querySelector('meta[name="policygraph-' + name + '"]').content;
  const BASE = meta('base');
  const SPARQL = meta('sparql');
  const PG_ID = 'https://w3id.org/policygraph/id/';
  const TYPES = {
    Park: '#2e7d32', GovernmentBody: '#c62828', ResearchInstitution: '#6a1b9a', Company: '#1565c0',
    OtherOrganization: '#00838f', Policy: '#ef6c00', Project: '#6d4c41', Event: '#ad1457', Place: '#7cb342',
    Person: '#455a64', Task: '#90a4ae'
  };
  const TIMELINE_STEP = 100; // tasks drawn at first on an entity's timeline; "Show all" draws the rest
  const GRAPH_STEP = 30; // entities drawn at first, and added by each "show more"

  // Papa Parse (a deferred script, for the CSV buttons) has run by DOMContentLoaded
  const librariesLoaded = document.readyState === 'loading'
    ? new Promise(resolve => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();

  window.pgTimings = [];
  let lastAnswer = 0; // when the last query of the page was answered, to tell query time from drawing time

  // ---- DOM helpers: text always goes in as text, never as HTML

  function h(tag, attrs, ...children) {
    return filled(document.createElement(tag), attrs, children);
  }

  /** The element with its attributes (on… ones as listeners) and children: for h() and svg(). */
  function filled(el, attrs, children) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : String(c));
    }
    return el;
  }

  const nav = (href, ...children) => h('a', { href, 'data-nav': true }, ...children);
  const badge = type => h('span', { class: 'badge', style: 'background:' + (TYPES[type] || '#777') }, type);

  // ---- URLs: /explore/id/<IRI after https://w3id.org/policygraph/id/>, Chinese kept readable

  function pageUrl(iri, query) {
    const q = query ? '?' + new URLSearchParams(query).toString() : '';
    if (iri.startsWith(PG_ID)) {
      const tail = iri.slice(PG_ID.length);
      // percent-escapes a server may refuse inside a path (%2F, %25, %5C, %2E) go in ?iri= instead
      if (!/%(2F|25|5C|2E)/i.test(tail)) return BASE + 'id/' + tail.replace(/[^\x21-\x7e]/gu, c => encodeURIComponent(c)) + q;
    }
    return BASE + 'resource?' + new URLSearchParams(Object.assign({ iri }, query || {})).toString();
  }

  // ---- queries: the server tells which view a URL shows and binds its queries (ExplorerView): in the
  // page as opened (sent by its inline script, window.pgEarly), under view/ for the page's own navigation

  let current = null; // {view: {page, iri, queries, errors, answers: {name: SPARQL JSON sent with the view}}, answers: {name: the answer on its way}}

  async function viewOf(url) {
    const early = window.pgEarly;
    window.pgEarly = null; // only for the page as opened
    if (early && early.url === url) return { view: early.view, answers: early.answers };
    const tail = url.startsWith(BASE) ? url.slice(BASE.length) : '';
    const r = await fetch(BASE + 'view/' + tail);
    if (!r.ok) throw new Error('the explorer answered ' + r.status + ' for the view of ' + url);
    return { view: await r.json(), answers: {} };
  }

  /** The answer of one of the view's queries (the params name what it is bound with, for the reader; the server bound them). */
  async function run(name, params) {
    const { view, answers } = current;
    const query = view.queries[name];
    if (query === undefined) throw new Error('query ' + name + ': ' + (view.errors[name] || 'not a query of this page'));
    // the server sends the view with the answers it got from the endpoint; any missing the page asks for
    let json = view.answers && view.answers[name];
    if (!json) {
      const answer = await (answers[name] || fetch(SPARQL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query })
      }));
      if (!answer.ok) throw new Error('the SPARQL endpoint answered ' + answer.status + ' to query ' + name + ':\n' + (await answer.text()).slice(0, 800));
      json = await answer.json();
    }
    lastAnswer = performance.now();
    const vars = json.head.vars;
    const rows = json.results.bindings.map(b => {
      const row = {};
      for (const v of vars) row[v] = b[v] ? b[v].value : '';
      return row;
    });
    return { name, query, vars, rows };
  }

  // ---- tables: each from one query, with its CSV and its SPARQL

  function download(fileName, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** CSV of the query's whole answer, every variable a column (what the page shows is drawn from it). */
  function csvOf(result) {
    return Papa.unparse({ fields: result.vars, data: result.rows.map(r => result.vars.map(v => r[v])) }, { escapeFormulae: true });
  }

  function toolbar(result, fileName) {
    const pre = h('pre', {}, result.query);
    const details = h('details', { class: 'query' }, h('summary', {}, 'Show query (' + result.name + '.rq)'), pre,
      h('button', { type: 'button', onclick: () => navigator.clipboard && navigator.clipboard.writeText(result.query) }, 'Copy'),
      ' ', h('a', { href: meta('editor') }, 'open the query editor'));
    return h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'csv', 'data-query': result.name, onclick: () => librariesLoaded.then(() => download(fileName + '.csv', csvOf(result), 'text/csv;charset=utf-8')) },
        'CSV (' + result.rows.length + ' rows)'),
      details);
  }

  /**
   * A table: columns [{label, cell(row) → node or text, num}], rows given (already grouped or
   * filtered), the query result it came from for CSV and "show query".
   */
  function table(result, fileName, columns, rows, groupOf, limit) {
    const body = h('tbody');
    let group = null;
    const more = limit && rows.length > limit ? h('button', { type: 'button', class: 'all' }, 'Show all ' + rows.length) : null;
    // the rows past the limit are made when "Show all" asks for them, not made hidden with the page
    const add = part => part.forEach(r => {
      if (groupOf) {
        const g = groupOf(r);
        if (g !== group) {
          group = g;
          body.append(h('tr', { class: 'group' }, h('td', { colspan: columns.length }, g)));
        }
      }
      body.append(h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : null }, c.cell(r)))));
    });
    add(more ? rows.slice(0, limit) : rows);
    if (more) more.addEventListener('click', () => { add(rows.slice(limit)); more.remove(); });
    const t = h('table', { 'data-query': result.name }, h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, c.label)))), body);
    if (!rows.length) return h('div', {}, toolbar(result, fileName), h('p', { class: 'muted' }, 'None.'));
    return h('div', {}, toolbar(result, fileName), t, more);
  }

  /** Type chips that filter a table's rows by type; draws the table again on a click. */
  function byType(rows, draw) {
    const counts = {};
    for (const r of rows) counts[r.type] = (counts[r.type] || 0) + 1;
    const holder = h('div');
    const chips = h('div', { class: 'chips' });
    let chosen = null;
    const redraw = () => {
      for (const b of chips.children) b.setAttribute('aria-pressed', String((b.dataset.type || null) === chosen));
      holder.replaceChildren(draw(chosen ? rows.filter(r => r.type === chosen) : rows));
    };
    chips.append(h('button', { type: 'button', onclick: () => { chosen = null; redraw(); } }, 'All ' + rows.length));
    for (const [t, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
      chips.append(h('button', { type: 'button', 'data-type': t, onclick: () => { chosen = t; redraw(); } }, badge(t), ' ', n));
    }
    redraw();
    return h('div', {}, chips, holder);
  }

  /** A text with spans marked: spans [{at, length, cls, href, title}] in code points, as the graph counts offsets. */
  function marked(text, spans) {
    const chars = Array.from(text);
    const out = [];
    let pos = 0;
    for (const s of spans.slice().sort((a, b) => a.at - b.at)) {
      if (s.at < pos || s.at + s.length > chars.length) continue;
      out.push(chars.slice(pos, s.at).join(''));
      const inner = chars.slice(s.at, s.at + s.length).join('');
      out.push(s.href ? h('a', { href: s.href, 'data-nav': true, class: s.cls, style: s.style, title: s.title }, inner)
        : h('mark', { class: s.cls, title: s.title }, inner));
      pos = s.at + s.length;
    }
    out.push(chars.slice(pos).join(''));
    return out;
  }

  /** Puts the page's parts in place; a part left out (null) is skipped. */
  const show = (main, ...parts) => main.replaceChildren(...parts.flat().filter(p => p !== null && p !== undefined && p !== false));
  const section = (title, ...content) => h('section', { class: 'section' }, h('h2', {}, title), ...content);
  /** A figure's value as the report would write it: 14, not 14.0; its date when it is one. */
  const valueOf = r => r.date || [r.value === '' ? '' : Number(r.value).toLocaleString('zh-CN', { maximumFractionDigits: 4 }), r.unit].filter(Boolean).join(' ');
  const yearOf = r => (r.year || '').slice(0, 4) || 'undated';

  // ---- the graph view: SVG drawn here, in rings (the centre, its tasks, the entities); drag to pan,
  // the wheel zooms (d3-zoom); each node a link to its page. (Cytoscape.js took 100–450 ms to draw its first
  // canvas frame of these 40 nodes in headless Chromium, 65–150 ms in Firefox; this takes 10–20 ms.)

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    return filled(document.createElementNS(SVG_NS, tag), attrs, children);
  }
  const RING_SIZE = 30; // nodes on one ring of entities; more go on a ring further out
  const SPACING = 46; // along a ring, between nodes
  const shortLabel = label => { const c = Array.from(label); return c.length > 12 ? c.slice(0, 11).join('') + '…' : label; };

  /** Rings of nodes: [[node]] from the centre out → {id: [x, y]}, and the radius of the outer ring. */
  function rings(levels) {
    const at = new Map();
    let r = 0;
    levels.forEach((ring, i) => {
      if (i > 0) r = Math.max(r + (i === 1 ? 90 : 70), ring.length * SPACING / (2 * Math.PI));
      ring.forEach((n, j) => {
        const a = -Math.PI / 2 + (2 * Math.PI * j) / ring.length + (i % 2 ? 0 : Math.PI / Math.max(ring.length, 1));
        at.set(n.id, i === 0 ? [0, 0] : [r * Math.cos(a), r * Math.sin(a)]);
      });
    });
    return { at, radius: r };
  }

  function graphView(centre, neighbours, caption) {
    // centre: {id, label, type}; neighbours: {tasks: [{id,label}], entities: [{id,label,type,weight,tasks:[taskId]}]}
    const box = h('div', { id: 'graph' });
    const more = h('button', { type: 'button', class: 'more' });
    const legend = h('div', { class: 'legend' });
    const ranked = neighbours.entities.slice().sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
    const tasks = neighbours.tasks;
    const taskIndex = new Map(tasks.map((t, i) => [t.id, i]));
    let shown = 0;
    const draw = () => {
      shown = Math.min(ranked.length, shown + GRAPH_STEP);
      // entities beside their first task, so that few lines cross
      const first = e => Math.min(...e.tasks.map(t => taskIndex.has(t) ? taskIndex.get(t) : Infinity), Infinity);
      const entities = ranked.slice(0, shown).map((e, i) => ({ e, i })).sort((a, b) => first(a.e) - first(b.e) || a.i - b.i).map(x => x.e);
      const levels = [[centre], tasks];
      for (let i = 0; i < entities.length; i += RING_SIZE) levels.push(entities.slice(i, i + RING_SIZE));
      const { at, radius } = rings(levels.filter((l, i) => i === 0 || l.length));
      const edges = [];
      for (const t of tasks) edges.push([centre.id, t.id]);
      for (const e of entities) {
        for (const t of e.tasks) if (taskIndex.has(t)) edges.push([t, e.id]);
        // a neighbour drawn without tasks hangs on the centre (the entities and items of a task)
        if (!e.tasks.some(t => taskIndex.has(t))) edges.push([centre.id, e.id]);
      }
      const lines = svg('g', { class: 'edges' }, ...edges.map(([a, b]) => {
        const [x1, y1] = at.get(a), [x2, y2] = at.get(b);
        return svg('line', { class: 'edge', x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1) });
      }));
      const node = (n, type, isCentre) => {
        const [x, y] = at.get(n.id);
        const size = isCentre ? 26 : 14;
        const shape = type === 'Task'
          ? svg('rect', { x: -9, y: -6, width: 18, height: 12, rx: 3, fill: TYPES.Task })
          : svg('circle', { r: size / 2, fill: TYPES[type] || '#777' });
        const g = svg('g', { transform: 'translate(' + x.toFixed(1) + ' ' + y.toFixed(1) + ')' }, shape,
          svg('text', { y: size / 2 + 11, 'text-anchor': 'middle' }, shortLabel(n.label)), svg('title', {}, n.label + ' (' + type + ')'));
        if (isCentre) return svg('g', { class: 'node centre', 'data-id': n.id }, g);
        return svg('a', { class: 'node', href: pageUrl(n.id), 'data-nav': '', 'data-id': n.id }, g);
      };
      const nodes = svg('g', { class: 'nodes' }, node(centre, centre.type, true), ...tasks.map(t => node(t, 'Task')), ...entities.map(e => node(e, e.type)));
      const pad = 40, side = 2 * (radius + pad);
      const layer = svg('g', { class: 'layer' }, lines, nodes);
      const canvas = svg('svg', { role: 'img', 'aria-label': caption(ranked.length) }, layer);
      box.replaceChildren(canvas);
      panAndZoom(canvas, layer, { x: -radius - pad, y: -radius - pad, w: side, h: side });
      more.hidden = shown >= ranked.length;
      more.textContent = 'Show more (' + (ranked.length - shown) + ' more entities)';
      const types = new Set([centre.type, ...(tasks.length ? ['Task'] : []), ...entities.map(e => e.type)]);
      legend.replaceChildren(...[...types].map(t => h('span', { style: '--c:' + TYPES[t] }, t)));
    };
    more.addEventListener('click', draw);
    draw();
    return h('div', {}, h('p', { class: 'muted' }, caption(ranked.length) + '; click a node to open its page, drag to move, the wheel zooms.'), legend, box, more);
  }

  /**
   * The drawing fits the box; dragging moves it and the wheel zooms, by d3-zoom (a drag is not a
   * click on the node it began on). d3-zoom is loaded after the page is painted, so that drawing
   * waits for no file: until it has run, the graph is still.
   */
  function panAndZoom(canvas, layer, box) {
    canvas.setAttribute('viewBox', [box.x, box.y, box.w, box.h].map(v => v.toFixed(1)).join(' '));
    zoomLibrary().then(() => {
      if (!window.d3 || !d3.zoom) return;
      d3.select(canvas).call(d3.zoom().scaleExtent([0.25, 4]).on('zoom', ev => layer.setAttribute('transform', ev.transform)));
    });
  }

  let zoomLoading = null;
  /** d3-zoom with the modules it needs (one file), requested once, after the next paint. */
  function zoomLibrary() {
    if (!zoomLoading) {
      zoomLoading = new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
        const script = document.createElement('script');
        script.src = BASE + 'lib/d3-zoom-bundle.min.js';
        script.onload = script.onerror = resolve;
        document.head.append(script);
      })));
    }
    return zoomLoading;
  }

  // ---- pages

  async function homePage(main) {
    const reports = await run('reports');
    show(main,
      h('h1', {}, 'PolicyGraph explorer'),
      h('p', {}, 'Search a name, a task heading or words of a sentence; follow an entity across reports to its tasks, roles and the sentences that say so. ',
        'For example: ', nav(BASE + 'search?q=' + encodeURIComponent('中关村科学城'), '中关村科学城'), ', ',
        nav(BASE + 'search?q=' + encodeURIComponent('北京市科学技术委员会'), '北京市科学技术委员会'), ', ',
        nav(BASE + 'search?q=' + encodeURIComponent('集成电路'), '集成电路'), '.'),
      section('Reports', table(reports, 'reports', [
        { label: 'Year', cell: r => yearOf(r) },
        { label: 'Report', cell: r => nav(pageUrl(r.report), r.fileName) },
        { label: 'Title', cell: r => r.title },
        { label: 'Tasks', cell: r => r.tasks, num: true },
        { label: 'Entities', cell: r => r.entities, num: true }
      ], reports.rows)));
  }

  async function searchPage(main, params) {
    const q = (params.get('q') || '').trim();
    document.getElementById('q').value = q;
    if (!q) return homePage(main);
    const [entities, tasks] = await Promise.all([run('search-entities', { words: q }), run('search-tasks', { words: q })]);
    // one row per task, its best text first; the index matches Chinese by words, so the tasks whose
    // texts hold the words as typed come before those that hold only some of them
    const words = q.replace(/["+\-()*?~:^]/g, ' ').split(/\s+|AND|OR|NOT/).filter(Boolean);
    const holds = text => words.every(w => text.includes(w));
    const byTask = new Map();
    for (const r of tasks.rows.slice().sort((a, b) => holds(b.sentence) - holds(a.sentence))) {
      if (!byTask.has(r.task)) byTask.set(r.task, Object.assign({ matches: 0, exact: holds(r.sentence) }, r));
      byTask.get(r.task).matches += holds(r.sentence) ? 1 : 0;
    }
    const found = [...byTask.values()];
    const mark = text => {
      const spans = [];
      const chars = Array.from(text);
      const s = chars.join('');
      for (const w of words) {
        let i = s.indexOf(w);
        while (i >= 0) {
          spans.push({ at: Array.from(s.slice(0, i)).length, length: Array.from(w).length });
          i = s.indexOf(w, i + w.length);
        }
      }
      return marked(text, spans.filter((x, i, a) => !a.some((y, j) => j < i && x.at < y.at + y.length && y.at < x.at + x.length)));
    };
    show(main,
      h('h1', {}, 'Search: ', q),
      section('Entities (' + entities.rows.length + ')', table(entities, 'search-entities', [
        { label: 'Type', cell: r => badge(r.type) },
        { label: 'Name', cell: r => nav(pageUrl(r.entity), r.name) },
        { label: 'Matched by', cell: r => r.matched.split(' | ').filter(n => n !== r.name).join(', ') },
        { label: 'Reports', cell: r => r.reports, num: true },
        { label: 'Tasks', cell: r => r.tasks, num: true }
      ], entities.rows, null, 12)),
      section('Tasks (' + found.filter(t => t.exact).length + ' with the words as typed, ' + found.filter(t => !t.exact).length + ' with some of them)',
        table(tasks, 'search-tasks', [
        { label: 'Year', cell: r => yearOf(r) },
        { label: 'Report', cell: r => r.reportFile },
        { label: 'Task', cell: r => nav(pageUrl(r.task), r.key + ' ' + r.title) },
        { label: 'Best matching text', cell: r => h('div', { class: 'sentence' }, mark(r.sentence)) },
        { label: 'Texts with the words', cell: r => r.matches, num: true }
      ], found, r => r.exact ? 'With the words as typed' : 'With some of the words', 25)));
  }

  async function entityPage(main, iri, params) {
    const with_ = params.get('with');
    const [entity, tasks, co, figures, graph, shared] = await Promise.all([
      run('entity', { entity: iri }), run('entity-tasks', { entity: iri }), run('entity-co-mentioned', { entity: iri }),
      run('entity-figures', { entity: iri }), run('entity-graph', { entity: iri }),
      with_ ? run('shared-evidence', { entity: iri, other: with_ }) : null
    ]);
    const e = entity.rows[0];
    if (!e) throw new Error('No entity ' + iri + ' in the graph.');
    document.title = e.name + ' · PolicyGraph explorer';

    // timeline: one row per task, its evidence sentences with every mention of the entity marked
    const perTask = new Map();
    for (const r of tasks.rows) {
      if (!perTask.has(r.task)) perTask.set(r.task, Object.assign({ roles: new Map(), sentences: new Map() }, r));
      const t = perTask.get(r.task);
      if (r.role) t.roles.set(r.role + (r.cue ? ' (' + r.cue + ')' : ''), true);
      if (r.sentence) {
        if (!t.sentences.has(r.sentence)) t.sentences.set(r.sentence, []);
        t.sentences.get(r.sentence).push({ at: +r.at, length: +r.length, title: r.role || null });
      }
    }
    const reportsSeen = new Set(tasks.rows.map(r => r.reportFile));
    const timeline = table(tasks, 'entity-tasks', [
      { label: 'Task', cell: r => nav(pageUrl(r.task), r.key) },
      { label: 'Heading', cell: r => r.title },
      { label: 'Role', cell: r => r.roles.size ? [...r.roles.keys()].join(', ') : h('span', { class: 'muted' }, 'mentioned') },
      { label: 'Evidence', cell: r => [...r.sentences].map(([s, spans]) => h('div', { class: 'sentence' }, marked(s, spans))) }
    ], [...perTask.values()], r => yearOf(r) + ' · ' + r.reportFile, TIMELINE_STEP);

    const coTable = byType(co.rows, rows => table(co, 'entity-co-mentioned', [
      { label: 'Type', cell: r => badge(r.type) },
      { label: 'Entity', cell: r => nav(pageUrl(r.other), r.name) },
      { label: 'Shared tasks', cell: r => r.tasks, num: true },
      { label: 'Shared sentences', cell: r => r.sentences, num: true },
      { label: 'Evidence', cell: r => nav(pageUrl(iri, { with: r.other }), 'sentences with both') }
    ], rows, null, 15));

    const figureTable = table(figures, 'entity-figures', [
      { label: 'Figure', cell: r => r.text },
      { label: 'Value', cell: valueOf },
      { label: 'Counts', cell: r => r.counts },
      { label: 'Sentence', cell: r => r.sentence },
      { label: 'Task', cell: r => r.task ? nav(pageUrl(r.task), r.key) : '' },
      { label: 'Report', cell: r => yearOf(r) + ' · ' + r.reportFile }
    ], figures.rows);

    // graph: the entity, its tasks, the entities of those tasks
    const tasksOf = new Map();
    const graphTasks = new Map();
    for (const r of graph.rows) {
      graphTasks.set(r.task, { id: r.task, label: r.key + ' ' + yearOf(r) });
      if (!r.other) continue;
      if (!tasksOf.has(r.other)) tasksOf.set(r.other, { id: r.other, label: r.name, type: r.type, tasks: [] });
      tasksOf.get(r.other).tasks.push(r.task);
    }
    const gv = graphView({ id: iri, label: e.name, type: e.type },
      { tasks: [...graphTasks.values()], entities: [...tasksOf.values()].map(x => Object.assign(x, { weight: x.tasks.length })) },
      n => (graphTasks.size < +e.tasks ? 'Its latest ' + graphTasks.size + ' of ' + e.tasks + ' tasks' : 'Its ' + graphTasks.size + ' tasks')
        + ' (grey) and the ' + n + ' entities named in them, those in most of its tasks first');

    let sharedSection = null;
    if (shared) {
      const other = co.rows.find(r => r.other === with_);
      const perSentence = new Map();
      for (const r of shared.rows) {
        const k = r.task + '\u0000' + r.sentence;
        if (!perSentence.has(k)) perSentence.set(k, Object.assign({ spans: [] }, r));
        perSentence.get(k).spans.push({ at: +r.at, length: +r.length, cls: r.who === 'other' ? 'other' : null });
      }
      sharedSection = section(h('span', {}, 'Sentences in the tasks ', e.name, ' shares with ', other ? nav(pageUrl(with_), other.name) : with_),
        table(shared, 'shared-evidence', [
          { label: 'Task', cell: r => nav(pageUrl(r.task), r.key) },
          { label: 'Heading', cell: r => r.title },
          { label: 'Sentence', cell: r => h('div', { class: 'sentence' }, marked(r.sentence, r.spans)) }
        ], [...perSentence.values()], r => yearOf(r) + ' · ' + r.reportFile));
    }

    show(main,
      h('div', { class: 'crumbs' }, nav(BASE, 'Explorer'), ' › ', e.type),
      h('h1', {}, e.name, ' ', badge(e.type)),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Other names'), h('dd', {}, e.otherNames || h('span', { class: 'muted' }, 'none')),
        h('dt', {}, 'Named in'), h('dd', {}, e.reports + ' reports, ' + e.tasks + ' tasks, ' + e.mentions + ' mentions'),
        h('dt', {}, 'IRI'), h('dd', { class: 'iri' }, iri),
        h('dt', {}, 'Query'), h('dd', {}, toolbar(entity, 'entity'))),
      sharedSection,
      section('Timeline: ' + perTask.size + ' tasks in ' + reportsSeen.size + ' reports, by report year', timeline),
      section('Graph: its tasks and the entities they name', gv),
      section('Entities in the same tasks or sentences (' + co.rows.length + ')', coTable),
      section('Figures stated with it (' + figures.rows.length + ')', figureTable));
  }

  async function taskPage(main, iri) {
    const [task, entities, mentions, figures, children] = await Promise.all([
      run('task', { task: iri }), run('task-entities', { task: iri }), run('task-mentions', { task: iri }),
      run('task-figures', { task: iri }), run('task-children', { task: iri })]);
    const t = task.rows[0];
    if (!t) throw new Error('No task ' + iri + ' in the graph.');
    document.title = t.key + ' ' + t.title + ' · PolicyGraph explorer';
    const spans = mentions.rows.map(m => ({ at: +m.at, length: +m.length, href: pageUrl(m.entity), cls: 'm', title: m.type,
      style: 'border-color:' + (TYPES[m.type] || '#777') }));
    const entityTable = byType(entities.rows, rows => table(entities, 'task-entities', [
      { label: 'Type', cell: r => badge(r.type) },
      { label: 'Entity', cell: r => nav(pageUrl(r.entity), r.name) },
      { label: 'Roles', cell: r => r.roles },
      { label: 'Cues', cell: r => r.cues },
      { label: 'Mentions', cell: r => r.mentions, num: true }
    ], rows));
    const nodes = [];
    if (t.parent) nodes.push({ id: t.parent, label: t.parentKey, type: 'Task' });
    for (const c of children.rows) nodes.push({ id: c.child, label: c.key, type: 'Task' });
    const gv = graphView({ id: iri, label: t.key, type: 'Task' },
      { tasks: [], entities: nodes.map(n => Object.assign(n, { weight: 100, tasks: [] }))
          .concat(entities.rows.map(r => ({ id: r.entity, label: r.name, type: r.type, weight: +r.mentions, tasks: [] }))) },
      () => 'The task, its parent and items (grey) and the ' + entities.rows.length + ' entities it names');
    show(main,
      h('div', { class: 'crumbs' }, nav(BASE, 'Explorer'), ' › ', nav(pageUrl(t.report), yearOf(t) + ' · ' + t.reportFile),
        t.parent ? [' › ', nav(pageUrl(t.parent), t.parentKey + ' ' + t.parentTitle)] : null),
      h('h1', {}, t.key, ' ', t.title),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Report'), h('dd', {}, nav(pageUrl(t.report), t.reportFile), ' (' + yearOf(t) + ')'),
        h('dt', {}, 'Parent task'), h('dd', {}, t.parent ? nav(pageUrl(t.parent), t.parentKey + ' ' + t.parentTitle) : h('span', { class: 'muted' }, 'none')),
        h('dt', {}, 'IRI'), h('dd', { class: 'iri' }, iri),
        h('dt', {}, 'Query'), h('dd', {}, toolbar(task, 'task'))),
      section('Entities by type (' + entities.rows.length + ')', entityTable),
      section('Figures (' + figures.rows.length + ')', table(figures, 'task-figures', [
        { label: 'Figure', cell: r => r.text },
        { label: 'Value', cell: valueOf },
        { label: 'Counts', cell: r => r.counts },
        { label: 'Sentence', cell: r => r.sentence }
      ], figures.rows)),
      children.rows.length ? section('Items (' + children.rows.length + ')', table(children, 'task-children', [
        { label: 'Task', cell: r => nav(pageUrl(r.child), r.key) },
        { label: 'Heading', cell: r => r.title }
      ], children.rows)) : null,
      section('Text, names marked', toolbar(mentions, 'task-mentions'), h('div', { class: 'tasktext' }, marked(t.text, spans))),
      section('Graph', gv));
  }

  async function reportPage(main, iri) {
    const [report, tasks, entities] = await Promise.all([
      run('report', { report: iri }), run('report-tasks', { report: iri }), run('report-entities', { report: iri })]);
    const r = report.rows[0];
    if (!r) throw new Error('No report ' + iri + ' in the graph.');
    document.title = r.fileName + ' · PolicyGraph explorer';
    // the task tree from each task's parent
    const items = new Map(tasks.rows.map(t => [t.task, h('li', {}, nav(pageUrl(t.task), t.key), ' ', t.title, ' ',
      h('span', { class: 'muted' }, '· ' + t.entities + ' entities'))]));
    const top = h('ul');
    for (const t of tasks.rows) {
      const parent = t.parent && items.get(t.parent);
      if (!parent) { top.append(items.get(t.task)); continue; }
      let ul = parent.querySelector(':scope > ul');
      if (!ul) parent.append(ul = h('ul'));
      ul.append(items.get(t.task));
    }
    const fact = (label, value) => value ? [h('dt', {}, label), h('dd', {}, value)] : null;
    show(main,
      h('div', { class: 'crumbs' }, nav(BASE, 'Explorer'), ' › report'),
      h('h1', {}, r.title || r.fileName),
      h('dl', { class: 'facts' },
        fact('File', r.fileName), fact('Title', r.title), fact('Date', r.date), fact('Author', r.creator), fact('Year', r.year),
        fact('Format', r.mediaType), fact('SHA-256', h('span', { class: 'iri' }, r.sha256)), fact('Extracted', r.extracted),
        fact('By', r.version ? 'PolicyGraph ' + r.version : ''), fact('Holds', tasks.rows.length + ' tasks, ' + entities.rows.length + ' entities'),
        fact('IRI', h('span', { class: 'iri' }, iri)), fact('Query', toolbar(report, 'report'))),
      section('Tasks (' + tasks.rows.length + ')', toolbar(tasks, 'report-tasks'), h('div', { class: 'tree' }, top)),
      section('Entities by type (' + entities.rows.length + ')', byType(entities.rows, rows => table(entities, 'report-entities', [
        { label: 'Type', cell: x => badge(x.type) },
        { label: 'Entity', cell: x => nav(pageUrl(x.entity), x.name) },
        { label: 'Tasks', cell: x => x.tasks, num: true },
        { label: 'Mentions', cell: x => x.mentions, num: true }
      ], rows, null, 25))));
  }

  // ---- routing

  async function render() {
    const started = performance.now();
    document.body.dataset.state = 'loading';
    const main = document.getElementById('main');
    const params = new URLSearchParams(location.search);
    let page = 'home';
    try {
      current = await viewOf(location.pathname + location.search);
      page = current.view.page;
      const draw = { home: homePage, search: searchPage, entity: entityPage, task: taskPage, report: reportPage }[page];
      await draw(main, page === 'search' ? params : current.view.iri, params);
    } catch (e) {
      main.replaceChildren(h('h1', {}, 'Could not show this page'), h('div', { class: 'error' }, String(e.message || e)));
      page = 'error';
    }
    // drawn: the frame holding the page's content has been painted (the graph's canvas included),
    // not merely the DOM built: the callback of the next animation frame runs before that frame's
    // paint, the task queued from it after the paint
    if (!document.hidden) await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const now = performance.now();
    const ms = Math.round(now - started);
    const queries = Math.max(0, Math.round(lastAnswer - started));
    // done: since the browser started navigating to this document (for a page opened alone: its whole load)
    window.pgTimings.push({ page, url: location.pathname + location.search, ms, queries, done: Math.round(now) });
    main.append(h('p', { class: 'timing' }, 'Shown in ' + ms + ' ms (queries answered after ' + queries + ' ms).'));
    document.body.dataset.page = page;
    document.body.dataset.state = 'ready';
  }

  function go(url) {
    history.pushState(null, '', url);
    window.scrollTo(0, 0);
    render();
  }

  document.addEventListener('click', ev => {
    const a = ev.target.closest && ev.target.closest('a[data-nav]');
    if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    go(a.getAttribute('href'));
  });
  document.getElementById('search').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) go(BASE + 'search?q=' + encodeURIComponent(q));
  });
  window.addEventListener('popstate', render);
  render();
})();
