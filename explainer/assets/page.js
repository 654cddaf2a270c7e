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
// must not close the whole page while Streamlit loads its code.
// Deep links to a paragraph (#p25) or section: scroll there once it has been drawn and the body is open.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  var win = doc.defaultView || window;
  function bodyIsOpen() {
    var body = doc.querySelector(".st-key-page-body");
    return !body || win.getComputedStyle(body).overflowY === "visible";
  }
  function watch(done) {  // calls done() after DOM changes (once per frame) until it returns true
    var pending = false;
    var observer = new MutationObserver(function () {
      if (pending) { return; }
      pending = true;
      win.requestAnimationFrame(function () { pending = false; if (done()) { observer.disconnect(); } });
    });
    if (done()) { return; }
    observer.observe(doc.body, { childList: true, subtree: true });
    setTimeout(function () { observer.disconnect(); }, 30000);
  }
  if (!doc.__bodyLatch) {
    doc.__bodyLatch = true;
    watch(function () {
      if (!bodyIsOpen()) { return false; }
      doc.documentElement.classList.add("page-open");
      return true;
    });
  }
  var target = decodeURIComponent((win.location.hash || "").slice(1));
  if (!target || doc.__scrolledTo === target) { return; }
  watch(function () {
    var element = doc.getElementById(target);
    if (!element || !bodyIsOpen()) { return false; }
    element.scrollIntoView({ block: "start" });
    doc.__scrolledTo = target;
    return true;
  });
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
