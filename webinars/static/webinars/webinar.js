// The start in the viewer's own time zone, when it is not Bishkek's (for the diaspora), and
// "watched to the end" for the recording when the webinar lets that count.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    if (!zone || zone === "Asia/Bishkek") return;
    var moment = new Date(el.getAttribute("datetime"));
    var shown = new Intl.DateTimeFormat(document.documentElement.lang, {
      dateStyle: "long", timeStyle: "short", timeZone: zone
    }).format(moment);
    var note = document.createElement("span");
    note.className = "local-time";
    note.textContent = " · " + el.dataset.local + " (" + zone + "): " + shown;
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
