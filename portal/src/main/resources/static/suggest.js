// 源流: suggestions while typing in the query box (speakers, cited works, issuers, titles) from /api/suggest,
// offered through the box's <datalist>. Without script the box works the same, without suggestions.
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      // suggest for the word being typed: the last one in the box
      var words = box.value.split(/\s+/);
      var typed = words[words.length - 1];
      if (!typed || typed === last || typed.length > 50) {
        return;
      }
      last = typed;
      fetch('/api/suggest?q=' + encodeURIComponent(typed), {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (!body) { return; }
          list.textContent = '';
          var prefix = words.slice(0, -1).join(' ');
          Object.keys(body.suggestions).forEach(function (kind) {
            body.suggestions[kind].forEach(function (s) {
              var option = document.createElement('option');
              option.value = (prefix ? prefix + ' ' : '') + s.value;
              option.label = s.value + ' · ' + (list.getAttribute('data-' + kind) || kind);
              list.appendChild(option);
            });
          });
        })
        .catch(function () { /* no suggestions: the box still searches */ });
    }, 200);
  });
})();
