/**
 * The report's only script, inlined in a <script> whose SHA-256 goes into the page's CSP. It reads the
 * findings from the JSON data block and renders the interactive table: filters (severity, kind, free
 * text, suppressed), column sorting, and rows in batches of ROW_BATCH so 20,000 findings stay usable.
 * Rows are built with textContent only (never innerHTML), so report text can never become markup.
 * Without JS the static table in <noscript> shows instead and the controls stay hidden.
 *
 * Plain ES2017 in a string: it runs in the reader's browser, not in Node, and is checked end to end
 * in headless Chromium by test/e2e/html-report.test.ts.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var ROW_BATCH = 200;
  var dataBlock = document.getElementById('palisade-data');
  var table = document.getElementById('findings-table');
  if (!dataBlock || !table) return;
  var data = JSON.parse(dataBlock.textContent);
  var severities = data.severities;
  var severityLabels = data.severityLabels;
  var kindLabels = data.kindLabels;
  var items = data.findings;
  var tbody = table.tBodies[0];
  var controls = document.getElementById('finding-controls');
  var severitySelect = document.getElementById('filter-severity');
  var kindSelect = document.getElementById('filter-kind');
  var searchInput = document.getElementById('filter-text');
  var suppressedToggle = document.getElementById('filter-suppressed');
  var countLine = document.getElementById('visible-count');
  var moreButton = document.getElementById('show-more');
  var sortButtons = table.querySelectorAll('th button[data-sort]');

  var severityRank = {};
  severities.forEach(function (s, i) { severityRank[s] = severities.length - i; });
  items.forEach(function (it, i) {
    it.index = i;
    it.haystack = [it.r, it.a, it.t, it.m, it.d, it.p + (it.l ? ':' + it.l : ''), it.c, it.g, it.f, it.z]
      .join('\\n').toLowerCase();
  });

  var sortKey = 'severity';
  var sortDescending = true;
  var ordered = items.slice();
  var matches = [];
  var shown = 0;

  function sortValue(it, key) {
    switch (key) {
      case 'severity': return severityRank[it.s] || 0;
      case 'kind': return kindLabels[it.k] || it.k;
      case 'rule': return it.r;
      case 'finding': return it.t;
      case 'location': return it.p;
      case 'package': return it.g;
      case 'fixed': return it.f;
      case 'status': return it.z;
    }
    return '';
  }

  function compare(a, b) {
    var x = sortValue(a, sortKey);
    var y = sortValue(b, sortKey);
    var order = x < y ? -1 : x > y ? 1 : 0;
    if (order === 0 && sortKey === 'location') order = (a.l || 0) - (b.l || 0);
    if (sortDescending) order = -order;
    // Ties keep the report's own order, whatever the direction.
    return order || a.index - b.index;
  }

  function resort() {
    ordered = items.slice().sort(compare);
    for (var i = 0; i < sortButtons.length; i++) {
      var th = sortButtons[i].parentNode;
      var active = sortButtons[i].getAttribute('data-sort') === sortKey;
      th.setAttribute('aria-sort', active ? (sortDescending ? 'descending' : 'ascending') : 'none');
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function buildRow(it) {
    var tr = document.createElement('tr');
    if (it.z) tr.className = 'is-suppressed';
    var cell = element('td', 'col-severity');
    cell.appendChild(element('span', 'badge sev-' + it.s, severityLabels[it.s] || it.s));
    tr.appendChild(cell);
    tr.appendChild(element('td', 'col-kind', kindLabels[it.k] || it.k));
    cell = element('td', 'col-rule mono');
    if (it.u) {
      var link = element('a', '', it.r);
      link.href = it.u;
      link.rel = 'noopener noreferrer';
      cell.appendChild(link);
    } else {
      cell.appendChild(document.createTextNode(it.r));
    }
    if (it.a) cell.appendChild(element('span', 'aliases', it.a));
    tr.appendChild(cell);
    cell = element('td', 'col-finding');
    cell.appendChild(element('div', 'finding-title', it.t));
    if (it.m) cell.appendChild(element('div', 'finding-message', it.m));
    if (it.d) cell.appendChild(element('code', '', it.d));
    tr.appendChild(cell);
    cell = element('td', 'col-location mono', it.p + (it.l ? ':' + it.l : ''));
    if (it.c) cell.appendChild(element('span', 'aliases', 'commit ' + it.c));
    tr.appendChild(cell);
    tr.appendChild(element('td', 'col-package mono', it.g));
    tr.appendChild(element('td', 'col-fixed mono', it.f));
    tr.appendChild(element('td', it.z ? 'col-status status-suppressed' : 'col-status', it.z || 'Open'));
    return tr;
  }

  function renderMore() {
    var end = Math.min(matches.length, shown + ROW_BATCH);
    var fragment = document.createDocumentFragment();
    for (var i = shown; i < end; i++) fragment.appendChild(buildRow(matches[i]));
    tbody.appendChild(fragment);
    shown = end;
    var remaining = matches.length - shown;
    moreButton.hidden = remaining === 0;
    moreButton.textContent = 'Show ' + Math.min(ROW_BATCH, remaining) + ' more (' + remaining + ' not shown yet)';
  }

  function applyFilters() {
    var severity = severitySelect.value;
    var kind = kindSelect.value;
    var terms = searchInput.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var showSuppressed = suppressedToggle.checked;
    var hiddenSuppressed = 0;
    matches = ordered.filter(function (it) {
      if (severity && it.s !== severity) return false;
      if (kind && it.k !== kind) return false;
      for (var i = 0; i < terms.length; i++) if (it.haystack.indexOf(terms[i]) < 0) return false;
      if (it.z && !showSuppressed) {
        hiddenSuppressed++;
        return false;
      }
      return true;
    });
    tbody.textContent = '';
    shown = 0;
    renderMore();
    countLine.setAttribute('data-visible', String(matches.length));
    countLine.textContent =
      matches.length + ' of ' + items.length + ' findings shown' +
      (hiddenSuppressed ? ' (' + hiddenSuppressed + ' suppressed hidden)' : '');
  }

  severitySelect.addEventListener('change', applyFilters);
  kindSelect.addEventListener('change', applyFilters);
  searchInput.addEventListener('input', applyFilters);
  suppressedToggle.addEventListener('change', applyFilters);
  moreButton.addEventListener('click', renderMore);
  for (var i = 0; i < sortButtons.length; i++) {
    sortButtons[i].addEventListener('click', function (event) {
      var key = event.currentTarget.getAttribute('data-sort');
      if (key === sortKey) sortDescending = !sortDescending;
      else {
        sortKey = key;
        sortDescending = key === 'severity';
      }
      resort();
      applyFilters();
    });
  }
  // Scrolling near the end of the rendered rows brings the next batch without a click.
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; }) && shown < matches.length) renderMore();
    }, { rootMargin: '600px' }).observe(moreButton);
  }

  controls.hidden = false;
  countLine.hidden = false;
  table.parentNode.hidden = false;
  resort();
  applyFilters();
})();
`;
