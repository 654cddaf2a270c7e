// Reports, once, that its place on the page has come within a screen of the reader's view
// (see explainer/near.py). No iframe: it watches its own element in the app's page.
export default function (component) {
  const { parentElement, setStateValue } = component;
  const spot = parentElement.host || parentElement;
  if (!("IntersectionObserver" in window)) { setStateValue("near", true); return; }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      setStateValue("near", true);
    }
  }, { rootMargin: "100% 0px" });
  observer.observe(spot);
  return () => observer.disconnect();
}
