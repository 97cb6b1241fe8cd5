// 源流: choose an era on the timeline by dragging over its bars. A plain click still follows the bar's own link;
// a drag over two or more bars filters the years from the first to the last (from/to in the URL). Without a mouse,
// the range form under the timeline does the same.
(function () {
  'use strict';
  var start = null;
  var current = null;
  var dragged = false;

  function bar(target) {
    return target && target.closest ? target.closest('figure.timeline a.bar') : null;
  }

  function bars(svg) {
    return Array.prototype.slice.call(svg.querySelectorAll('a.bar'));
  }

  function mark(svg) {
    var all = bars(svg);
    var i = all.indexOf(start);
    var j = all.indexOf(current);
    var low = Math.min(i, j);
    var high = Math.max(i, j);
    all.forEach(function (b, k) { b.classList.toggle('in-range', dragged && k >= low && k <= high); });
  }

  function barAt(event) {
    return bar(document.elementFromPoint(event.clientX, event.clientY));
  }

  document.addEventListener('pointerdown', function (event) {
    var b = bar(event.target);
    if (!b || event.button !== 0) { return; }
    start = b;
    current = b;
    dragged = false;
    event.preventDefault(); // no native drag of the link
  });

  document.addEventListener('pointermove', function (event) {
    if (!start) { return; }
    var b = barAt(event);
    if (b && b !== current && b.closest('svg') === start.closest('svg')) {
      current = b;
      dragged = current !== start;
      mark(start.closest('svg'));
    }
  });

  document.addEventListener('pointerup', function (event) {
    if (!start) { return; }
    var svg = start.closest('svg');
    var b = barAt(event);
    if (b && b.closest('svg') === svg) { current = b; }
    if (current !== start) {
      var years = [start, current].map(function (x) {
        return [Number(x.getAttribute('data-from')), Number(x.getAttribute('data-to'))];
      });
      var url = new URL(svg.getAttribute('data-base'), window.location.href);
      url.searchParams.set('from', String(Math.min(years[0][0], years[1][0])));
      url.searchParams.set('to', String(Math.max(years[0][1], years[1][1])));
      window.location.assign(url.toString());
    }
    start = null;
  });

  // the click that ends a drag must not also follow the bar it ended on
  document.addEventListener('click', function (event) {
    if (dragged && bar(event.target)) {
      event.preventDefault();
      dragged = false;
    }
  }, true);
})();
