// Small helpers every page may load: times stored as milliseconds since 1970
// written in the page's language (and in the time zone named by data-tz, else
// the reader's own), and Print buttons.
(function () {
  "use strict";
  // As the server writes dates: numeric in each language's order, a 24-hour
  // clock; English as "27 Nov 2026".
  var lang = document.documentElement.lang || undefined;
  var english = !lang || lang.indexOf("en") === 0;
  if (english) lang = "en-GB";
  function write(ms, zone) {
    var when = new Date(ms);
    var day = english ? { year: "numeric", month: "short", day: "numeric" }
      : { year: "numeric", month: "2-digit", day: "2-digit" };
    var time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    if (zone) {
      day.timeZone = zone;
      time.timeZone = zone;
    }
    try {
      return when.toLocaleDateString(lang, day) + " " + when.toLocaleTimeString(lang, time);
    } catch (e) {
      // An unknown zone or language: the reader's own.
      return when.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }) +
        " " + when.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
    }
  }
  document.querySelectorAll("[data-ms]").forEach(function (el) {
    var ms = parseInt(el.dataset.ms, 10);
    if (!isNaN(ms)) el.textContent = write(ms, el.dataset.tz);
  });
  document.querySelectorAll("[data-action=print]").forEach(function (el) {
    el.addEventListener("click", function () { window.print(); });
  });
})();
