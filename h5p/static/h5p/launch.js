// Starts an H5P activity when the learner asks: only then does the player (and all its weight)
// load, in a frame of its own that carries a strict Content-Security-Policy.
(function () {
  "use strict";
  if (window.tendikH5PLaunch) return; // one script tag per H5P block, one listener per page
  window.tendikH5PLaunch = true;

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-h5p-start]");
    if (!button) return;
    var box = button.closest("[data-h5p-player]");
    var frame = document.createElement("iframe");
    frame.src = box.getAttribute("data-h5p-player");
    frame.title = box.getAttribute("data-h5p-title");
    frame.className = "h5p-frame";
    frame.setAttribute("allow", "fullscreen");
    frame.setAttribute("allowfullscreen", "");
    button.parentNode.insertBefore(frame, button);
    button.remove();
  });

  // The player says how tall it is, so that the frame needs no scroll bar.
  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin || !event.data) return;
    var height = event.data.tendikH5PHeight;
    if (typeof height !== "number") return;
    document.querySelectorAll("iframe.h5p-frame").forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + "px";
    });
  });
})();
