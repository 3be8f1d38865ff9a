// The start (and when the join link appears) in the viewer's own time zone, named in the
// page's language, when it is not Bishkek's (for the diaspora), and
// the progress of the recording when the webinar lets watching it count.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The zone's name in the page's language (webinars/timezones.py), else the city of its code.
  var names = document.getElementById("zone-names");
  names = names ? JSON.parse(names.textContent) : {};
  var zoneName = zone && (names[zone] || zone.split("/").pop().replace(/_/g, " "));
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    if (!zone || zone === "Asia/Bishkek") return;
    var moment = new Date(el.getAttribute("datetime"));
    // Numbers only (30.11.2026, 10:00): browsers lack Kyrgyz month names.
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23", timeZone: zone
    }).formatToParts(moment).forEach(function (part) { parts[part.type] = part.value; });
    var shown = parts.day + "." + parts.month + "." + parts.year + ", " + parts.hour + ":" + parts.minute;
    var note = document.createElement("span");
    note.className = "local-time";
    note.textContent = " · " + el.dataset.local + " (" + zoneName + "): " + shown;
    el.after(note);
  });
  // Watching counts from what the server saw: every few seconds the player reports the part it
  // played since the last report; the server checks each report against its own clock.
  var player = document.querySelector("[data-watched-url]");
  if (player) {
    var every = parseFloat(player.dataset.reportSeconds) * 1000 || 15000;
    var from = null;  // where the part not yet reported starts
    var send = function (to) {
      if (from === null) return;
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      var body = new URLSearchParams({from: from.toFixed(1), to: to.toFixed(1)});
      from = to;
      fetch(player.dataset.watchedUrl, {
        method: "POST", body: body, keepalive: true, credentials: "same-origin",
        headers: {"X-CSRFToken": token ? token.value : ""}
      });
    };
    var last = 0;  // the position at the last timeupdate, before any jump
    player.addEventListener("play", function () { from = player.currentTime; send(from); });
    player.addEventListener("timeupdate", function () {
      if (!player.seeking) last = player.currentTime;
    });
    // A jump ends the part played so far; the next one starts where it lands.
    player.addEventListener("seeking", function () { send(last); from = null; });
    player.addEventListener("seeked", function () {
      last = player.currentTime;
      if (!player.paused) from = last;
    });
    player.addEventListener("pause", function () { send(player.currentTime); from = null; });
    player.addEventListener("ended", function () { send(player.currentTime); from = null; });
    setInterval(function () { if (!player.paused) send(player.currentTime); }, every);
  }
})();
