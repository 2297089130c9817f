// The grading desk: audio with a waveform and stage marks, keyboard
// shortcuts, a draft saved as you go, and a submit that checks every item.
// Every text it shows comes from the page's messages, in the reader's language.
(function () {
  "use strict";
  var root = document.getElementById("desk");
  if (!root) return;
  var messages = JSON.parse(document.getElementById("messages").textContent);
  var lang = document.documentElement.lang || undefined;
  var oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var task = JSON.parse(root.dataset.task);
  var csrf = root.dataset.csrf;
  var player = document.getElementById("player");
  var playButton = document.getElementById("play");
  var canvas = document.getElementById("wave");
  var clock = document.getElementById("clock");
  var message = document.getElementById("message");
  var saved = document.getElementById("saved");
  var form = document.getElementById("sheet");
  var items = Array.prototype.slice.call(document.querySelectorAll(".item"));
  var current = 0;
  var outline = null;

  // A message with its `{name}` values filled in.
  function say(id, values) {
    var text = messages[id] || id;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(values[name]);
    });
    return text;
  }

  // Times of day as the server writes them: 24-hour clock in the reader's
  // own time zone (the page's data-zone), labelled with the zone.
  var zone = root.dataset.zone || undefined;
  function clockTime(date) {
    var options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone, timeZoneName: "short" };
    try {
      return date.toLocaleTimeString("en-GB", options);
    } catch (e) {
      delete options.timeZone;
      return date.toLocaleTimeString("en-GB", options);
    }
  }

  function api(method, url, body) {
    var init = { method: method, headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(url, init);
  }

  function time(s) {
    if (!isFinite(s)) return "0:00";
    var m = Math.floor(s / 60), r = Math.floor(s % 60);
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  // --- Audio, waveform and stages -------------------------------------
  function durationMs() {
    if (outline) return outline.duration_ms;
    return isFinite(player.duration) ? player.duration * 1000 : (task.duration_s || 0) * 1000;
  }

  function draw() {
    var ctx = canvas.getContext("2d");
    var w = canvas.width, h = canvas.height;
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = "#f4f6f8";
    ctx.fillRect(0, 0, w, h);
    if (outline) {
      var colours = ["#0b5cad", "#17803d"];
      outline.channels.forEach(function (peaks, channel) {
        var top = channel * h / 2, mid = top + h / 4;
        ctx.fillStyle = colours[channel % 2];
        var step = w / peaks.length;
        peaks.forEach(function (p, i) {
          var bar = Math.max(1, p * h / 4);
          ctx.fillRect(i * step, mid - bar, Math.max(1, step - 0.5), bar * 2);
        });
      });
    }
    var total = durationMs();
    if (total > 0) {
      ctx.fillStyle = "#b3261e";
      task.stage_offsets.forEach(function (s) {
        ctx.fillRect(s.offset_ms / total * w, 0, 2, h);
      });
      ctx.fillStyle = "rgba(29,39,51,0.8)";
      ctx.fillRect(player.currentTime * 1000 / total * w, 0, 2, h);
    }
  }

  function tick() {
    clock.textContent = time(player.currentTime) + " / " + time(durationMs() / 1000);
    playButton.textContent = say(player.paused ? "desk-play" : "desk-pause");
    draw();
  }

  function toggle() {
    if (player.paused) player.play(); else player.pause();
  }

  function seekMs(ms) {
    player.currentTime = Math.max(0, ms / 1000);
    tick();
  }

  playButton.addEventListener("click", toggle);
  document.getElementById("back").addEventListener("click", function () { seekMs(player.currentTime * 1000 - 5000); });
  document.getElementById("speed").addEventListener("change", function (e) { player.playbackRate = parseFloat(e.target.value); });
  document.querySelectorAll(".stage-mark").forEach(function (b) {
    b.addEventListener("click", function () { seekMs(parseInt(b.dataset.offset, 10)); player.play(); });
  });
  canvas.addEventListener("click", function (e) {
    var rect = canvas.getBoundingClientRect();
    seekMs((e.clientX - rect.left) / rect.width * durationMs());
  });
  ["timeupdate", "play", "pause", "loadedmetadata", "seeked"].forEach(function (ev) { player.addEventListener(ev, tick); });
  fetch(task.waveform_url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : null; }).then(function (w) {
    outline = w;
    tick();
  });

  // --- The sheet ------------------------------------------------------
  function answerOf(item) {
    var checked = item.querySelector("input[type=radio]:checked");
    var comment = item.querySelector("textarea").value.trim();
    var a = { item_key: item.dataset.item, comment: comment || null };
    if (checked && checked.value === "na") a.not_applicable = true;
    else if (checked) a.value = parseInt(checked.value, 10);
    return a;
  }

  function sheet() {
    var comment = document.getElementById("call-comment").value.trim();
    return { answers: items.map(answerOf), comment: comment || null };
  }

  function restore(draft) {
    if (!draft) return;
    draft.answers.forEach(function (a) {
      var item = root.querySelector('.item[data-item="' + a.item_key + '"]');
      if (!item) return;
      var value = a.not_applicable ? "na" : (a.value === null || a.value === undefined ? null : String(a.value));
      if (value !== null) {
        var input = item.querySelector('input[value="' + value + '"]');
        if (input) input.checked = true;
      }
      if (a.comment) item.querySelector("textarea").value = a.comment;
    });
    if (draft.comment) document.getElementById("call-comment").value = draft.comment;
  }

  var saveTimer = null;
  function saveSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () {
      api("PUT", "/api/v1/grading/tasks/" + task.task_id + "/draft", sheet()).then(function (r) {
        saved.textContent = r.ok ? say("desk-draft-saved", { time: clockTime(new Date()) }) : say("desk-draft-not-saved");
      });
    }, 600);
  }
  form.addEventListener("change", saveSoon);
  form.addEventListener("input", saveSoon);

  function highlight(i) {
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (item, n) { item.classList.toggle("current", n === current); });
    items[current].scrollIntoView({ block: "nearest" });
  }
  items.forEach(function (item, n) {
    item.addEventListener("click", function () { highlight(n); });
  });

  function choose(key) {
    var item = items[current];
    var input;
    if (key === "n") input = item.querySelector('input[value="na"]');
    else {
      var radios = item.querySelectorAll('input[type=radio]:not([value="na"])');
      input = radios[parseInt(key, 10) - 1];
    }
    if (!input) return;
    input.checked = true;
    saveSoon();
    if (current < items.length - 1) highlight(current + 1);
  }

  document.addEventListener("keydown", function (e) {
    var typing = e.target.tagName === "TEXTAREA" || e.target.tagName === "SELECT" || e.target.type === "text";
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === " ") { e.preventDefault(); toggle(); }
    else if (e.key === "ArrowLeft") { e.preventDefault(); seekMs(player.currentTime * 1000 - 5000); }
    else if (e.key === "ArrowDown") { e.preventDefault(); highlight(current + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(current - 1); }
    else if (e.key === "[" || e.key === "]") {
      var speed = document.getElementById("speed");
      speed.selectedIndex = Math.max(0, Math.min(speed.options.length - 1, speed.selectedIndex + (e.key === "]" ? 1 : -1)));
      player.playbackRate = parseFloat(speed.value);
    }
    else if (/^[1-5]$/.test(e.key) || e.key === "n" || e.key === "N") { e.preventDefault(); choose(e.key.toLowerCase()); }
  });

  function show(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var missing = items.filter(function (item) { return !item.querySelector("input[type=radio]:checked"); });
    items.forEach(function (item) { item.classList.toggle("missing", missing.indexOf(item) >= 0); });
    if (missing.length) {
      show(say("desk-still-open", {
        items: missing.map(function (m) { return m.querySelector(".item-label").textContent; }).join("; ")
      }));
      highlight(items.indexOf(missing[0]));
      return;
    }
    show("");
    document.getElementById("submit").disabled = true;
    api("POST", "/api/v1/grading/tasks/" + task.task_id + "/submit", sheet()).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      document.getElementById("submit").disabled = false;
      if (!res.ok) { show(res.body.error || say("desk-not-accepted")); return; }
      player.pause();
      form.hidden = true;
      document.getElementById("done").hidden = false;
      var score = res.body.score;
      document.getElementById("result").textContent = say(
        score.critical_failed.length ? "desk-result-critical-failed" : "desk-result",
        { total: oneDecimal.format(score.total), band: say("band-" + score.band) });
      document.getElementById("next").focus();
    });
  });

  document.getElementById("release").addEventListener("click", function () {
    var reason = document.getElementById("release-reason").value;
    if (!reason) { show(say("desk-release-choose-reason")); return; }
    api("POST", "/api/v1/grading/tasks/" + task.task_id + "/release", { reason: reason }).then(function (r) {
      if (r.ok) window.location.href = "/grading"; else show(say("desk-release-failed"));
    });
  });

  // Keep the hold while the page is open.
  function renew() {
    api("POST", "/api/v1/grading/tasks/" + task.task_id + "/heartbeat").then(function (r) {
      if (!r.ok) { show(say("desk-hold-lost")); return; }
      return r.json().then(function (l) {
        document.getElementById("lease").textContent = say("desk-held-until", { time: clockTime(new Date(l.lease_until)) });
      });
    });
  }
  setInterval(renew, 60000);
  renew();

  restore(task.draft);
  if (items.length) highlight(0);
  tick();
})();
