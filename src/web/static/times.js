// Small helpers every page may load: times stored as milliseconds since 1970
// shown in the reader's own time zone, and Print buttons.
(function () {
  "use strict";
  document.querySelectorAll("[data-ms]").forEach(function (el) {
    var ms = parseInt(el.dataset.ms, 10);
    if (!isNaN(ms)) el.textContent = new Date(ms).toLocaleString();
  });
  document.querySelectorAll("[data-action=print]").forEach(function (el) {
    el.addEventListener("click", function () { window.print(); });
  });
})();
