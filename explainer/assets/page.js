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
// Classroom clickers send PageDown/PageUp: on slides they press 次へ / 前へ (← → are Streamlit shortcuts).
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  if (doc.__slideKeys) { return; }
  doc.__slideKeys = true;
  doc.addEventListener("keydown", function (event) {
    if ((event.key !== "PageDown" && event.key !== "PageUp") || !doc.querySelector(".slide-counter")) { return; }
    var button = doc.querySelector(event.key === "PageDown" ? ".st-key-slide-next button" : ".st-key-slide-back button");
    if (button) { event.preventDefault(); if (!button.disabled) { button.click(); } }
  }, true);
})();
// On a slide with a chart, shrink the figure block just enough that the slide fits the screen.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  if (doc.__slideFit) { return; }
  doc.__slideFit = true;
  var win = doc.defaultView || window;
  var pending = false;
  function fit() {
    pending = false;
    var block = doc.querySelector(".st-key-slide-chart");
    var main = doc.querySelector('[data-testid="stMain"]');
    if (!block || !main) { return; }
    block.style.zoom = "1";
    var overflow = main.scrollHeight - win.innerHeight;
    if (overflow > 0) {
      var height = block.getBoundingClientRect().height;
      var zoom = Math.max(0.4, (height - overflow - 8) / height);
      block.style.zoom = String(zoom);
    }
  }
  new MutationObserver(function () {
    if (!pending) { pending = true; win.requestAnimationFrame(fit); }
  }).observe(doc.body, { childList: true, subtree: true });
  win.addEventListener("resize", fit);
})();
