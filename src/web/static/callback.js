// The callback page: while a bridged call is under way, show how it is
// going (ringing your phone, connected, ended) without reloading the page.
// Every text comes from the page's messages block, in the reader's language.
(function () {
  "use strict";
  var box = document.getElementById("call-state");
  if (!box || !box.dataset.callback) return;
  var block = document.getElementById("messages");
  var messages = block ? JSON.parse(block.textContent) : {};
  var lang = document.documentElement.lang || undefined;
  var done = ["ended", "dial_failed", "canceled", "missed"];
  // A message with its {placeholders} filled in.
  function fill(id, values) {
    var text = messages[id] || "";
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }
  // A value of an enumeration in the reader's language, or as it is.
  function word(prefix, value) {
    var text = messages[prefix + value];
    return text === undefined ? value : text;
  }
  function seconds(n) {
    try {
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
    } catch (e) {
      return String(n);
    }
  }
  function show(call) {
    var values = { id: String(call.id), state: word("call-state-", call.state) };
    var connected = !!call.connection;
    var timed = call.duration_secs != null;
    if (connected) values.connection = word("connection-", call.connection);
    if (timed) values.seconds = seconds(call.duration_secs);
    var id = connected && timed ? "callbacks-call-progress-connected-timed"
      : connected ? "callbacks-call-progress-connected"
      : timed ? "callbacks-call-progress-timed"
      : "callbacks-call-progress";
    var text = fill(id, values);
    var recording = call.recording && messages["callbacks-recording-" + call.recording];
    if (recording) text += " " + recording;
    box.querySelector(".text").textContent = text;
    box.dataset.state = call.state;
    // Over once the call has ended and its recording, if any, has arrived.
    var ended = done.indexOf(call.state) >= 0;
    var ringing = document.getElementById("ringing");
    if (ended && ringing) ringing.hidden = true;
    if (ended && call.recording !== "pending") box.dataset.settled = "yes";
    return ended && call.recording !== "pending";
  }
  function poll() {
    fetch("/api/v1/callbacks/" + box.dataset.callback + "/call", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (call) { if (call && !show(call)) setTimeout(poll, 1500); })
      .catch(function () { setTimeout(poll, 4000); });
  }
  if (done.indexOf(box.dataset.state) < 0) poll();
})();
