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
  // One save at a time: two in flight may reach the server in either order, and an older one
  // arriving last would overwrite newer answers. A change made meanwhile is saved right after.
  var saving = false;
  var again = false;

  function save() {
    if (saving) { again = true; return; }
    saving = true;
    again = false;
    form.setAttribute("aria-busy", "true");
    var data = new FormData(form);
    data.set("action", "autosave");
    // keepalive: a save under way still reaches the server when the learner reloads or leaves.
    fetch(form.dataset.autosave, {method: "POST", body: data, credentials: "same-origin",
                                  keepalive: true, headers: {"X-Requested-With": "fetch"}})
      .then(function (response) {
        pending = !response.ok && response.status >= 500;
        return response.json().then(function (body) {
          status.textContent = body.saved ? status.dataset.saved : body.error;
        });
      })
      .catch(function () { pending = true; status.textContent = status.dataset.offline; })
      .then(function () {
        saving = false;
        if (again) save(); else form.setAttribute("aria-busy", "false");
      });
  }

  // The questions on this page that have an answer, read from the form itself (saves may come
  // back late or out of order): the same rule as the server's is_answered.
  function answeredHere() {
    var count = 0;
    form.querySelectorAll("fieldset.question").forEach(function (question) {
      var kind = question.dataset.kind;
      if (kind === "ordering") {
        var steps = Array.prototype.slice.call(question.querySelectorAll("select"));
        if (steps.length && steps.every(function (step) { return step.value !== ""; })) count++;
      } else if (kind === "short") {
        var text = question.querySelector("input[type=text]");
        if (text && text.value.trim() !== "") count++;
      } else if (question.querySelector("input:checked")) {
        count++;
      }
    });
    return count;
  }

  function answeredCount() {
    return Number(answered.dataset.elsewhere || 0) + answeredHere();
  }

  function recount() {
    if (answered) answered.querySelector("b").textContent = answeredCount();
  }

  function later() { clearTimeout(timer); timer = setTimeout(save, 600); }
  form.addEventListener("change", function () { recount(); save(); });
  form.addEventListener("input", function (event) {
    recount();
    if (event.target.type === "text") later();
  });
  window.addEventListener("online", function () { if (pending) save(); });
  recount();
  // Ask before submitting with questions left blank.
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!answered || !submitter || submitter.value !== "submit") return;
    if (answeredCount() < Number(answered.dataset.total) && !window.confirm(answered.dataset.confirm)) {
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
