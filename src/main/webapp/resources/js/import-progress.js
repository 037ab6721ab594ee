/* While an import uploads and runs, asks how far it has got and shows it. The import works without it. */
(function () {
  "use strict";
  function init() {
    var form = document.getElementById("import");
    var box = document.getElementById("import-progress");
    if (!form || !box || !window.fetch || !form.dataset.progress) return;
    var bar = box.querySelector("progress");
    var text = box.querySelector(".progress-text");
    form.addEventListener("submit", function () {
      box.hidden = false;
      var timer = setInterval(function () {
        fetch(form.dataset.progress, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (s) {
            if (!s) return; // still uploading: the import has not begun
            if (s.total > 0) {
              bar.value = Math.round(100 * s.done / s.total);
              text.textContent = s.label + ": " + s.done.toLocaleString("en-GB") + " of " + s.total.toLocaleString("en-GB");
            } else {
              bar.removeAttribute("value");
              text.textContent = s.label + "…";
            }
            if (s.stage === "FINISHED") clearInterval(timer);
          })
          .catch(function () { /* progress is a courtesy: try again next second */ });
      }, 1000);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
