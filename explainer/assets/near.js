// Reports that its place on the page has come within a screen of the reader's view (see explainer/near.py).
// No iframe: it watches its place in the app's page. Until Python draws the real element in its place
// (which removes this one), the report is repeated: a rerun asked for while another one runs can be dropped.
export default function (component) {
  const { parentElement, setStateValue } = component;
  // The place the part is drawn in (its waiting box, explainer/near.py), not just this element at its top:
  // a reader scrolling up from below comes near a tall box at its bottom.
  const own = parentElement.host || parentElement;
  const spot = own.closest('[class*="-near-place"]') || own;
  let reports = 0;
  let timer = null;
  const report = () => { reports += 1; setStateValue("near", reports); };
  if (!("IntersectionObserver" in window)) { report(); return undefined; }
  // The page scrolls inside Streamlit's main area, not the window: that scroller is the observer's root,
  // so that the margin of one screen applies (a window root's margin stops at the scroller's edge).
  // The page body's box scrolls only while it is still closed (explainer.ui.page): it is never the root.
  const scrolls = (element) => !element.classList.contains("st-key-page-body")
    && /(auto|scroll)/.test(getComputedStyle(element).overflowY);
  let root = spot.parentElement;
  while (root && !scrolls(root)) { root = root.parentElement; }
  const observer = new IntersectionObserver((entries) => {
    if (timer === null && entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      report();
      timer = setInterval(report, 1500);
    }
  }, { root: root || null, rootMargin: "100% 0px" });
  observer.observe(spot);
  return () => { observer.disconnect(); clearInterval(timer); };
}
