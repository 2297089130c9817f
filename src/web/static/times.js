// Shows times stored as milliseconds since 1970 in the reader's own time zone.
(function () {
  "use strict";
  document.querySelectorAll("[data-ms]").forEach(function (el) {
    var ms = parseInt(el.dataset.ms, 10);
    if (!isNaN(ms)) el.textContent = new Date(ms).toLocaleString();
  });
})();
