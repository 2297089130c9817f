// Small helpers every page may load: Print buttons. (Times are written by
// the server, in one format with their time zone.)
(function () {
  "use strict";
  document.querySelectorAll("[data-action=print]").forEach(function (el) {
    el.addEventListener("click", function () { window.print(); });
  });
})();
