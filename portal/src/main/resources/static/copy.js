// 源流: the "copy" buttons of the citation page. Copies the text of the read-only box named by data-copy.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.copy');
  if (!button) {
    return;
  }
  var box = document.getElementById(button.getAttribute('data-copy'));
  if (!box) {
    return;
  }
  var done = function () {
    button.textContent = button.getAttribute('data-done') || '✓';
    button.classList.add('copied');
  };
  box.focus();
  box.select();
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(box.value).then(done, function () {
      if (document.execCommand('copy')) { done(); }
    });
  } else if (document.execCommand('copy')) {
    done();
  }
});
