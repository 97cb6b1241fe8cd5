// 源流 admin: while a job runs, reload the page every data-refresh seconds to show its progress. A button stops it
// (a refresh the reader cannot turn off fails WCAG 2.2.1); none happens while the admin is typing in a form.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-refresh]');
    if (!control) { return; }
    var seconds = Number(control.getAttribute('data-refresh'));
    var stop = control.querySelector('button.stop-refresh');
    var timer = window.setInterval(function () {
      var active = document.activeElement;
      if (active && active.form) { return; } // do not lose what is being typed or chosen
      window.location.reload();
    }, seconds * 1000);
    stop.addEventListener('click', function () {
      window.clearInterval(timer);
      control.querySelector('.refresh-note').textContent = stop.getAttribute('data-stopped');
      stop.hidden = true;
    });
  });
})();
