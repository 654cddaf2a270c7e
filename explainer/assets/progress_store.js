// Keeps the learner's progress in this browser's localStorage.
// Until Python says it has loaded the stored value, report it (once per mount);
// afterwards, write whatever Python sends to save.
// The ふりがな choice is also kept in a cookie, which the server sees from a session's first run
// (explainer.reading_aids.furigana_on): the stored progress arrives only with the second run.
export default function (component) {
  const { data, setStateValue } = component;
  const KEY = "deepseek-explainer-progress";
  const FURIGANA_COOKIE = "deepseek-explainer-furigana";
  const mirrorFurigana = (value) => {
    let on = 0;
    try { on = JSON.parse(value).aids[0] === 1 ? 1 : 0; } catch (error) { on = 0; }
    document.cookie = `${FURIGANA_COOKIE}=${on}; path=/; max-age=31536000; SameSite=Lax`;
  };
  let stored = "";
  try { stored = window.localStorage.getItem(KEY) || ""; } catch (error) { stored = ""; }
  if (!data || !data.loaded) {
    mirrorFurigana(stored);
    setStateValue("stored", stored);
    return;
  }
  if (typeof data.save === "string" && data.save !== stored) {
    try { window.localStorage.setItem(KEY, data.save); } catch (error) { /* storage full or blocked */ }
    mirrorFurigana(data.save);
  }
}
