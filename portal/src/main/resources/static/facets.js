// 源流: a facet's "more" dialog. Opens the full list of values, filters it as one types, sorts it by count or label.
// Escape closes the dialog (the browser's own <dialog> behaviour); focus returns to the "more" button.
(function () {
  'use strict';
  var collator = new Intl.Collator(document.documentElement.lang || 'zh-Hans', { numeric: true });

  function items(dialog) {
    return Array.prototype.slice.call(dialog.querySelectorAll('ul > li'));
  }

  function filter(dialog, text) {
    var wanted = text.trim().toLocaleLowerCase();
    var shown = 0;
    items(dialog).forEach(function (li) {
      var match = !wanted || li.getAttribute('data-label').toLocaleLowerCase().indexOf(wanted) >= 0;
      li.hidden = !match;
      if (match) { shown++; }
    });
    dialog.querySelector('p.none').hidden = shown > 0;
  }

  function sort(dialog, by) {
    var list = dialog.querySelector('ul');
    items(dialog).sort(function (a, b) {
      if (by === 'label') {
        return collator.compare(a.getAttribute('data-label'), b.getAttribute('data-label'));
      }
      return Number(b.getAttribute('data-count')) - Number(a.getAttribute('data-count'))
        || collator.compare(a.getAttribute('data-label'), b.getAttribute('data-label'));
    }).forEach(function (li) { list.appendChild(li); });
    dialog.querySelectorAll('[data-sort]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-sort') === by));
    });
  }

  document.addEventListener('click', function (event) {
    var more = event.target.closest('button.more');
    if (more) {
      var dialog = document.getElementById(more.getAttribute('aria-controls'));
      var box = dialog.querySelector('input.filter');
      box.value = '';
      filter(dialog, '');
      dialog.showModal();
      box.focus();
      return;
    }
    var sorter = event.target.closest('dialog.facet-more [data-sort]');
    if (sorter) {
      sort(sorter.closest('dialog'), sorter.getAttribute('data-sort'));
      return;
    }
    var close = event.target.closest('dialog.facet-more button.close');
    if (close) {
      close.closest('dialog').close();
      return;
    }
    // a click on the backdrop (outside the dialog's box) closes it too
    if (event.target.matches && event.target.matches('dialog.facet-more')) {
      var box = event.target.getBoundingClientRect();
      if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) {
        event.target.close();
      }
    }
  });

  // facet values and switches are links that act as checkboxes: Space ticks them, as it does a checkbox
  document.addEventListener('keydown', function (event) {
    if (event.key === ' ' && event.target.matches && event.target.matches('a[role=checkbox], a[role=switch]')) {
      event.preventDefault();
      event.target.click();
    }
  });

  // one Escape closes the dialog, also from the filter box (where the browser would first only clear the text)
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      var dialog = event.target.closest && event.target.closest('dialog.facet-more[open]');
      if (dialog) {
        event.preventDefault();
        dialog.close();
      }
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.matches('dialog.facet-more input.filter')) {
      filter(event.target.closest('dialog'), event.target.value);
    }
  });

  document.addEventListener('close', function (event) {
    if (event.target.matches && event.target.matches('dialog.facet-more')) {
      var opener = document.querySelector('button.more[aria-controls="' + event.target.id + '"]');
      if (opener) { opener.focus(); }
    }
  }, true);
})();
