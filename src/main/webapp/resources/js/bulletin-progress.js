/* While a bulletin sends, asks every two seconds how far it has got. Without scripts, reloading the page shows the same. */
(function () {
  "use strict";
  function init() {
    var box = document.getElementById("progress");
    if (!box || !window.fetch || !box.dataset.progress) return;
    var timer = setInterval(function () {
      fetch(box.dataset.progress, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) return;
          ["queued", "sent", "failed", "addressed"].forEach(function (k) {
            var el = document.getElementById(k);
            if (el) el.textContent = s[k];
          });
          if (s.status === "SENT" && s.queued === 0) clearInterval(timer);
        })
        .catch(function () { /* progress is a courtesy: try again */ });
    }, 2000);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
