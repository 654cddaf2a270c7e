// Runs on every page: Japanese document language, and the glossary toggletips (see explainer/richtext.py).
// A term (role=button) opens its pop-up on click, tap, Enter or Space; Escape, a click elsewhere or focus
// moving past the pop-up closes it. Delegated on the document once: Streamlit redraws the text often.
// Never write "<" before a letter in this file: st.html's DOMPurify then drops the whole script.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  doc.documentElement.setAttribute("lang", "ja");
  if (doc.__glossaryTips) { return; }
  doc.__glossaryTips = true;
  function closest(event, selector) { return event.target.closest ? event.target.closest(selector) : null; }
  function keepOnScreen(gl) {  // shift a shown pop-up left if it would run past the window's right edge
    var tip = gl.querySelector(".gl-tip");
    tip.style.marginLeft = "";
    var over = tip.getBoundingClientRect().right - doc.documentElement.clientWidth + 8;
    if (over > 0) { tip.style.marginLeft = -over + "px"; }
  }
  function setOpen(term, open) {
    term.setAttribute("aria-expanded", String(open));
    // Closed under the mouse: stay hidden until the mouse leaves (hover would show it again).
    term.parentNode.classList.toggle("gl-dismissed", !open && term.parentNode.matches(":hover"));
    if (open) { keepOnScreen(term.parentNode); }
  }
  function closeAllBut(keep) {
    doc.querySelectorAll('.gl-term[aria-expanded="true"]').forEach(function (term) {
      if (term !== keep) { setOpen(term, false); }
    });
  }
  doc.addEventListener("click", function (event) {
    var term = closest(event, ".gl-term");
    if (term) {
      closeAllBut(term);
      setOpen(term, term.getAttribute("aria-expanded") !== "true");
    } else if (!closest(event, ".gl-tip")) {
      closeAllBut(null);
    }
  });
  doc.addEventListener("keydown", function (event) {
    var term = closest(event, ".gl-term");
    if (term && (event.key === "Enter" || event.key === " ")) {  // as a native button does
      event.preventDefault();
      if (!event.repeat) { term.click(); }
      return;
    }
    if (event.key !== "Escape") { return; }
    var open = doc.querySelector('.gl-term[aria-expanded="true"]');
    var gl = closest(event, ".gl") || doc.querySelector(".gl:hover") || (open && open.parentNode);
    if (!gl) { return; }
    setOpen(gl.firstElementChild, false);
    if (gl.contains(doc.activeElement)) { gl.firstElementChild.focus(); }
  });
  doc.addEventListener("focusout", function (event) {
    var gl = closest(event, ".gl");
    if (gl && event.relatedTarget && !gl.contains(event.relatedTarget)) { setOpen(gl.firstElementChild, false); }
  });
  doc.addEventListener("mouseover", function (event) {
    var gl = closest(event, ".gl");
    if (gl && !gl.contains(event.relatedTarget)) { keepOnScreen(gl); }
  });
  doc.addEventListener("mouseout", function (event) {
    var gl = closest(event, ".gl");
    if (gl && !gl.contains(event.relatedTarget)) { gl.classList.remove("gl-dismissed"); }
  });
})();
// The page body opens once nothing in it waits for its code (style.css, explainer.ui.page). From then on it
// stays open (html.page-open): an element shown later for the first time, after an answer for example,
// must not close the whole page while Streamlit loads its code. Then a deep link to a paragraph (#p25) or
// section is scrolled to. A ResizeObserver sees the box open without asking the browser for styles.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  var win = doc.defaultView || window;
  var body = doc.querySelector(".st-key-page-body");
  function scrollToTarget() {
    var target = decodeURIComponent((win.location.hash || "").slice(1));
    if (!target || doc.__scrolledTo === target) { return; }
    doc.__scrolledTo = target;
    // A part drawn when the reader comes near it (explainer/near.py) holds its elements' ids in its waiting
    // box: scrolling there brings the part, and the element itself is scrolled to once it is drawn. Parts
    // drawn above it then may move it: it is kept in view for ten seconds, or until the reader scrolls or acts.
    var toWaitingBox = false, found = 0, reader = false;
    var inputs = ["wheel", "touchstart", "keydown", "mousedown"];
    function readerActs() { reader = true; }
    inputs.forEach(function (name) { doc.addEventListener(name, readerActs, { capture: true, passive: true }); });
    var observer = new MutationObserver(function () {
      follow();
      if (reader || (found && Date.now() - found > 10000)) { stop(); }
    });
    function stop() {
      observer.disconnect();
      inputs.forEach(function (name) { doc.removeEventListener(name, readerActs, { capture: true }); });
    }
    function follow() {
      var element = doc.getElementById(target);
      if (!element || reader) { return; }
      var waiting = !!element.closest(".near-waiting");
      if (waiting && toWaitingBox) { return; }
      element.scrollIntoView({ block: "start" });
      toWaitingBox = waiting;
      if (!waiting && !found) { found = Date.now(); }
    }
    follow();
    observer.observe(doc.body, { childList: true, subtree: true });
    setTimeout(stop, 15000);
  }
  function opened() {
    doc.documentElement.classList.add("page-open");
    scrollToTarget();
  }
  if (doc.documentElement.classList.contains("page-open") || !body || !win.ResizeObserver) { opened(); return; }
  if (body.__openWatch) { return; }
  body.__openWatch = new win.ResizeObserver(function (entries) {
    if (entries[0].contentRect.height > 1) { body.__openWatch.disconnect(); opened(); }
  });
  body.__openWatch.observe(body);
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
