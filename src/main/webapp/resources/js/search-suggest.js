/* Fills the search box's <datalist> with titles as the person types. The page works fully without it. */
(function () {
  "use strict";
  function init() {
    var box = document.getElementById("q");
    var list = document.getElementById("q-suggestions");
    if (!box || !list || !window.fetch || !box.dataset.suggest) return;
    var timer = null;
    var last = "";
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = box.value.trim();
        if (typed === last) return;
        last = typed;
        if (typed.length < 2 || typed.length > 100) { list.replaceChildren(); return; }
        fetch(box.dataset.suggest + "?q=" + encodeURIComponent(typed), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (found) {
            if (box.value.trim() !== typed) return; // the person has typed on
            list.replaceChildren.apply(list, found.map(function (s) {
              var option = document.createElement("option");
              option.value = s.title;
              return option;
            }));
          })
          .catch(function () { /* suggestions are a convenience: none this time */ });
      }, 150);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
