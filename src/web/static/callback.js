// The callback page: while a bridged call is under way, show how it is
// going (ringing your phone, connected, ended) without reloading the page.
(function () {
  "use strict";
  var box = document.getElementById("call-state");
  if (!box || !box.dataset.callback) return;
  var done = ["ended", "dial_failed", "canceled", "missed"];
  function show(call) {
    var text = "Bridged call #" + call.id + ": " + call.state;
    if (call.connection) text += ", " + call.connection;
    if (call.duration_secs != null) text += " (" + call.duration_secs + " s)";
    if (call.recording === "available") text += "; recorded";
    else if (call.recording) text += "; recording " + call.recording;
    box.querySelector(".text").textContent = text + ".";
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
