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
// Deep links to a paragraph (#p25) or section: scroll there once it has been drawn.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  var win = doc.defaultView || window;
  var target = decodeURIComponent((win.location.hash || "").slice(1));
  if (!target || doc.__scrolledTo === target) { return; }
  function tryScroll() {
    var element = doc.getElementById(target);
    if (!element) { return false; }
    element.scrollIntoView({ block: "start" });
    doc.__scrolledTo = target;
    return true;
  }
  if (tryScroll()) { return; }
  var observer = new MutationObserver(function () { if (tryScroll()) { observer.disconnect(); } });
  observer.observe(doc.body, { childList: true, subtree: true });
  setTimeout(function () { observer.disconnect(); }, 15000);
})();
