// Keeps the learner's progress in this browser's localStorage.
// Until Python says it has loaded the stored value, report it (once per mount);
// afterwards, write whatever Python sends to save.
export default function (component) {
  const { data, setStateValue } = component;
  const KEY = "deepseek-explainer-progress";
  let stored = "";
  try { stored = window.localStorage.getItem(KEY) || ""; } catch (error) { stored = ""; }
  if (!data || !data.loaded) {
    setStateValue("stored", stored);
    return;
  }
  if (typeof data.save === "string" && data.save !== stored) {
    try { window.localStorage.setItem(KEY, data.save); } catch (error) { /* storage full or blocked */ }
  }
}
