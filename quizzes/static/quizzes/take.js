// Saves the answers as the learner goes, so that a reload or a lost connection keeps them, and
// counts down the time limit (the server enforces it; this only shows it and submits at zero).
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  if (!form) return;
  var status = document.getElementById("save-status");
  var answered = document.getElementById("answered");
  var pending = false;
  var timer = null;

  function save() {
    var data = new FormData(form);
    data.set("action", "autosave");
    fetch(form.dataset.autosave, {method: "POST", body: data, credentials: "same-origin",
                                  headers: {"X-Requested-With": "fetch"}})
      .then(function (response) {
        pending = !response.ok && response.status >= 500;
        return response.json().then(function (body) {
          status.textContent = body.saved ? status.dataset.saved : body.error;
          if (answered && body.answered !== undefined) answered.querySelector("b").textContent = body.answered;
        });
      })
      .catch(function () { pending = true; status.textContent = status.dataset.offline; });
  }

  function later() { clearTimeout(timer); timer = setTimeout(save, 600); }
  form.addEventListener("change", save);
  form.addEventListener("input", function (event) { if (event.target.type === "text") later(); });
  window.addEventListener("online", function () { if (pending) save(); });
  // Ask before submitting with questions left blank (the count is the server's, after a save).
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!answered || !submitter || submitter.value !== "submit") return;
    var count = Number(answered.querySelector("b").textContent);
    if (count < Number(answered.dataset.total) && !window.confirm(answered.dataset.confirm)) {
      event.preventDefault();
    }
  });

  var clock = document.querySelector("[data-seconds-left]");
  if (!clock) return;
  var end = Date.now() + 1000 * Number(clock.dataset.secondsLeft);
  var shown = clock.querySelector("strong");
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    shown.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left === 0) {
      var action = document.createElement("input");
      action.type = "hidden";
      action.name = "action";
      action.value = "submit";
      form.appendChild(action);
      form.submit();
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
