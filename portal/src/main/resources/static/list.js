// 源流: a reader's list of passages, quotations, cited works and documents, kept in this browser (localStorage, no
// account) across searches. "Add to list" buttons toggle an entry; the header shows how many are kept; the list page
// shows them with their GB/T 7714 citations (from /api/lists) and exports them all in one file.
(function () {
  'use strict';
  var STORE = 'yuanliu.list';

  function read() {
    try {
      var list = JSON.parse(window.localStorage.getItem(STORE) || '[]');
      return Array.isArray(list) ? list.filter(function (e) { return e && e.kind && e.id; }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(list) {
    window.localStorage.setItem(STORE, JSON.stringify(list));
    refresh();
  }

  function key(e) {
    return e.kind + ':' + e.id;
  }

  function has(list, entry) {
    return list.some(function (e) { return key(e) === key(entry); });
  }

  function refresh() {
    var list = read();
    document.querySelectorAll('button.keep').forEach(function (button) {
      var kept = has(list, { kind: button.getAttribute('data-kind'), id: button.getAttribute('data-id') });
      button.setAttribute('aria-pressed', String(kept));
      button.textContent = button.getAttribute(kept ? 'data-kept' : 'data-keep');
    });
    document.querySelectorAll('.list-count').forEach(function (count) {
      count.textContent = list.length ? '(' + list.length + ')' : '';
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button.keep');
    if (!button) { return; }
    var entry = {
      kind: button.getAttribute('data-kind'), id: button.getAttribute('data-id'),
      title: button.getAttribute('data-title'), href: button.getAttribute('data-href')
    };
    var list = read();
    write(has(list, entry) ? list.filter(function (e) { return key(e) !== key(entry); }) : list.concat([entry]));
  });

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function render(page, view) {
    var items = page.querySelector('#list-items');
    var found = view.items || []; // the API leaves out empty lists
    var gone = view.missing || [];
    items.textContent = '';
    found.forEach(function (item) {
      var li = element('li', 'hit listed');
      li.setAttribute('data-key', item.kind + ':' + item.id);
      li.appendChild(element('span', 'tag kind', page.getAttribute('data-kind-' + item.kind)));
      var h2 = element('h2');
      var a = element('a', null, item.title);
      a.href = item.href;
      h2.appendChild(a);
      li.appendChild(h2);
      li.appendChild(element('p', 'citation', item.citation));
      var actions = element('p', 'actions');
      var cite = element('a', 'cite-link', page.getAttribute('data-cite'));
      cite.href = '/cite/' + item.kind + '/' + encodeURIComponent(item.id) + (page.getAttribute('data-lang') === 'en' ? '?lang=en' : '');
      actions.appendChild(cite);
      var remove = element('button', 'remove', page.getAttribute('data-remove'));
      remove.type = 'button';
      remove.setAttribute('data-key', item.kind + ':' + item.id);
      actions.appendChild(remove);
      li.appendChild(actions);
      items.appendChild(li);
    });
    var missing = page.querySelector('p.missing');
    missing.hidden = gone.length === 0;
    missing.textContent = page.getAttribute('data-missing').replace('{n}', gone.length);
    page.querySelector('p.empty').hidden = found.length > 0;
    page.querySelector('form.export').hidden = found.length === 0;
  }

  function load(page) {
    var list = read();
    page.querySelector('p.loading').hidden = list.length === 0;
    if (!list.length) {
      render(page, { items: [], missing: [] });
      return;
    }
    var body = new URLSearchParams({ items: list.map(key).join('\n') });
    var lang = page.getAttribute('data-lang') === 'en' ? '?lang=en' : '';
    fetch('/api/lists' + lang, { method: 'POST', body: body, headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) { throw new Error(json.message || response.statusText); }
          return json;
        });
      })
      .then(function (view) {
        page.querySelector('p.loading').hidden = true;
        render(page, view);
      })
      .catch(function (error) {
        var loading = page.querySelector('p.loading');
        loading.textContent = page.getAttribute('data-failed').replace('{reason}', error.message);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    refresh();
    var page = document.querySelector('main.list-page');
    if (!page) { return; }
    load(page);
    page.addEventListener('click', function (event) {
      var remove = event.target.closest('button.remove');
      if (remove) {
        var gone = remove.getAttribute('data-key');
        write(read().filter(function (e) { return key(e) !== gone; }));
        var li = remove.closest('li');
        li.parentNode.removeChild(li);
        var left = page.querySelectorAll('#list-items li').length;
        page.querySelector('p.empty').hidden = left > 0;
        page.querySelector('form.export').hidden = left === 0;
        return;
      }
      if (event.target.closest('button.clear')) {
        write([]);
        render(page, { items: [], missing: [] });
      }
    });
    page.querySelector('form.export').addEventListener('submit', function () {
      page.querySelector('form.export textarea[name=items]').value = read().map(key).join('\n');
    });
  });
})();
