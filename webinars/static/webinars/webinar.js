// The start (and when the join link appears) in the viewer's own time zone, named in the
// page's language, when it is not Bishkek's (for the diaspora), and
// "watched to the end" for the recording when the webinar lets that count.
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
  var player = document.querySelector("[data-watched-url]");
  if (player) {
    player.addEventListener("ended", function () {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      fetch(player.dataset.watchedUrl, {
        method: "POST", headers: {"X-CSRFToken": token ? token.value : ""}, credentials: "same-origin"
      });
    });
  }
})();
