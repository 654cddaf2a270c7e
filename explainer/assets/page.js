// Runs on every page: Japanese document language and Escape for glossary pop-ups.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  doc.documentElement.setAttribute("lang", "ja");
  if (doc.__glossaryKeys) { return; }
  doc.__glossaryKeys = true;
  doc.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) { return; }
    var term = event.target.closest(".gl");
    if (term) { term.classList.add("gl-dismissed"); }
  });
  function reopen(event) {
    var term = event.target.closest && event.target.closest(".gl");
    if (term) { term.classList.remove("gl-dismissed"); }
  }
  doc.addEventListener("focusout", function (event) { reopen(event); });
  doc.addEventListener("mouseout", function (event) {
    var term = event.target.closest && event.target.closest(".gl");
    if (term && !term.contains(event.relatedTarget)) { term.classList.remove("gl-dismissed"); }
  });
})();
