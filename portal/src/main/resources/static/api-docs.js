// Starts ReDoc (loaded just before this script) on the API description named by #redoc. A file, not an inline script,
// so that /api-docs runs under the portal's content security policy; ReDoc's run-time <style> elements get this
// script's nonce, the one the policy of this response allows.
(function () {
  'use strict';
  var target = document.getElementById('redoc');
  Redoc.init(target.getAttribute('data-spec'), {
    nonce: document.currentScript.nonce,
    sortTagsAlphabetically: true
  }, target);
}());
