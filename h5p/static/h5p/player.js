// Plays one H5P package with h5p-standalone and sends its xAPI statements to the server.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var container = document.getElementById("h5p-container");

  function send(statement) {
    return fetch(config.xapiUrl, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: {
        "Content-Type": "application/json",
        "X-CSRFToken": config.csrfToken,
        // The play the server launched for her: a statement without it is refused.
        "X-H5P-Launch": config.launch,
      },
      body: JSON.stringify(statement),
    });
  }

  function reportHeight() {
    if (window.parent === window) return;
    window.parent.postMessage(
      { tendikH5PHeight: document.documentElement.scrollHeight },
      window.location.origin
    );
  }

  new H5PStandalone.H5P(container, config.options).then(function () {
    document.body.setAttribute("data-h5p-ready", "");
    if (config.record) {
      // H5P core saves the resume state with jQuery: it must carry the CSRF token too.
      H5P.jQuery.ajaxSetup({ headers: { "X-CSRFToken": config.csrfToken } });
      H5P.externalDispatcher.on("xAPI", function (event) {
        send(event.data.statement);
      });
    }
    reportHeight();
    if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(document.body);
  });
})();
