// Reading aids (see explainer/reading_aids.py): ruby on the labels Streamlit draws itself, and 読み上げ (the
// speaker button).
// doc.__aids = {furigana, rate} is set by the lines Python puts before this file on every run.
// Never write "<" before a letter in this file: st.html's DOMPurify then drops the whole script.
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  var win = doc.defaultView || window;
  var KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3007\u30f6]/;
  var SKIP = "ruby, rt, script, style, textarea, input, select, code, pre, svg, [contenteditable], .js-furi, .say-status";

  // ---- ふりがな on text Python could not mark (widget labels, captions, titles): from doc.__furiTable,
  // {texts: {text: [[start, end, reading]]}, words: {word: reading}}, sent by explainer.reading_aids.send_table.
  function marksFor(text) {
    var table = doc.__furiTable;
    if (table.texts[text]) { return table.texts[text]; }
    var marks = [], i = 0;
    while (i < text.length) {
      if (!KANJI.test(text[i])) { i += 1; continue; }
      var found = false;
      for (var length = Math.min(12, text.length - i); length > 0; length -= 1) {
        var word = text.substr(i, length);
        if (table.words[word]) {
          marks.push([i, i + length, table.words[word]]);
          i += length; found = true; break;
        }
      }
      if (!found) { i += 1; }
    }
    // 分 after a number counts minutes: ぷん after 1, 3, 4, 6, 8 and 0, else ふん (explainer/furigana.py).
    var minutes = /([0-9]+)分(?!の)/g, match;
    while ((match = minutes.exec(text))) {
      var at = match.index + match[0].length - 1;
      if (match.index > 0 && /[0-9.]/.test(text[match.index - 1])) { continue; }
      marks = marks.filter(function (mark) { return mark[1] <= at || mark[0] > at; });
      marks.push([at, at + 1, "134680".indexOf(match[1].slice(-1)) >= 0 ? "ぷん" : "ふん"]);
    }
    return marks.sort(function (a, b) { return a[0] - b[0]; });
  }
  function annotate(node) {
    var text = node.nodeValue;
    if (!text || !KANJI.test(text) || !node.parentElement || node.parentElement.closest(SKIP)) { return; }
    // A heading's phrases are held together by word joiners (explainer/phrases.py): the readings are looked
    // up in the text without them, and each mark is moved back to its place in the text with them.
    var places = [], plain = "";
    for (var i = 0; i < text.length; i += 1) {
      if (text[i] !== "\u2060") { places.push(i); plain += text[i]; }
    }
    places.push(text.length);
    var marks = marksFor(plain).map(function (mark) { return [places[mark[0]], places[mark[1]], mark[2]]; });
    if (!marks.length) { return; }
    var span = doc.createElement("span"), position = 0;
    span.className = "js-furi";
    marks.forEach(function (mark) {
      if (mark[0] < position) { return; }
      span.appendChild(doc.createTextNode(text.slice(position, mark[0])));
      var ruby = doc.createElement("ruby"), rt = doc.createElement("rt");
      ruby.appendChild(doc.createTextNode(text.slice(mark[0], mark[1])));
      rt.textContent = mark[2];
      ruby.appendChild(rt);
      span.appendChild(ruby);
      position = mark[1];
    });
    span.appendChild(doc.createTextNode(text.slice(position)));
    // The original text node stays in place (React may update or remove it), emptied.
    node.parentNode.insertBefore(span, node);
    node.__furiSpan = span;
    span.__source = node;
    node.nodeValue = "";
  }
  function annotateUnder(root) {
    if (root.nodeType === 3) { annotate(root); return; }
    if (root.nodeType !== 1 || root.closest(SKIP)) { return; }
    var walker = doc.createTreeWalker(root, 4), nodes = [], node;
    while ((node = walker.nextNode())) { nodes.push(node); }
    nodes.forEach(annotate);
  }
  function scopes() {
    return doc.querySelectorAll('[data-testid="stMain"], [data-testid="stSidebar"]');
  }
  function furiganaPass(mutations) {
    doc.querySelectorAll(".js-furi").forEach(function (span) {
      var source = span.__source;
      if (!source || !source.isConnected || source.nodeValue || source.previousSibling !== span) { span.remove(); }
    });
    if (!doc.__aids.furigana || !doc.__furiTable) { return; }
    if (!mutations) { scopes().forEach(annotateUnder); return; }
    mutations.forEach(function (mutation) {
      if (mutation.type === "characterData") { annotate(mutation.target); }
      mutation.addedNodes.forEach(function (added) {
        if (added.nodeType === 3 || added.isConnected) { annotateUnder(added); }
      });
    });
  }
  if (!doc.__furiganaObserver) {
    doc.__furiganaObserver = new MutationObserver(function (mutations) {
      doc.__furiganaObserver.disconnect();
      furiganaPass(mutations);
      doc.__furiganaObserver.observe(doc.body, { childList: true, subtree: true, characterData: true });
    });
  }
  doc.__furiganaRefresh = function () { furiganaPass(null); };
  doc.__furiganaObserver.disconnect();
  furiganaPass(null);
  doc.__furiganaObserver.observe(doc.body, { childList: true, subtree: true, characterData: true });

  // ---- 読み上げ: a 🔊 button (class "say") before each block of rich text reads the block aloud with the
  // browser's own speech synthesis, one sentence at a time, each sentence highlighted while it is read;
  // a second press, another button or leaving the page stops it. Readings come from the ruby.
  if (doc.__readAloud) { return; }
  doc.__readAloud = true;
  var speech = win.speechSynthesis;
  var state = { button: null, path: win.location.pathname };
  function status(message) {
    var box = doc.querySelector(".say-status");
    if (!box) {
      box = doc.createElement("div");
      box.className = "say-status";
      box.setAttribute("role", "status");
      doc.body.appendChild(box);
    }
    box.textContent = message;
    box.hidden = !message;
  }
  function toKatakana(text) {  // readings in katakana: a synthesizer then never reads a particle into the word
    return text.replace(/[\u3041-\u3096]/g, function (ch) { return String.fromCharCode(ch.charCodeAt(0) + 0x60); });
  }
  function clearHighlight() { if (win.CSS && CSS.highlights) { CSS.highlights.delete("say-now"); } }
  function stop() {
    if (state.button) {
      state.button.setAttribute("aria-pressed", "false");
    }
    state.button = null;
    if (speech) { speech.cancel(); }
    clearHighlight();
    status("");
  }
  // Sentences of a block: [{say: text for the synthesizer, range: DOM Range of the shown sentence}].
  function sentences(block) {
    var units = [], walker = doc.createTreeWalker(block, 4), node;
    while ((node = walker.nextNode())) {
      var parent = node.parentElement;
      if (parent.closest("rt, .gl-tip, .say, script, style")) { continue; }
      var ruby = parent.closest("ruby");
      if (ruby) {
        var rt = ruby.querySelector("rt");
        units.push({ node: node, ruby: true, say: rt ? toKatakana(rt.textContent) : node.nodeValue });
      } else {
        units.push({ node: node, ruby: false, say: node.nodeValue });
      }
    }
    var out = [], current = null;
    function open(node, offset) {
      if (!current) { current = { say: "", range: doc.createRange() }; current.range.setStart(node, offset); }
    }
    function close(node, offset) {
      if (!current) { return; }
      current.range.setEnd(node, offset);
      if (current.say.trim()) { out.push(current); }
      current = null;
    }
    units.forEach(function (unit) {
      var text = unit.node.nodeValue;
      if (unit.ruby) { open(unit.node, 0); current.say += unit.say; current.last = [unit.node, text.length]; return; }
      for (var i = 0; i < text.length; i += 1) {
        if (!current && /\s/.test(text[i])) { continue; }
        open(unit.node, i);
        current.say += text[i];
        current.last = [unit.node, i + 1];
        if ("。！？!?".indexOf(text[i]) >= 0) { close(unit.node, i + 1); }
      }
      if (current && unit.node.parentElement.closest("p, li") && !unit.node.nextSibling) {
        close(unit.node, text.length);  // a paragraph without a final 。 still ends a sentence
      }
    });
    if (current) { close(current.last[0], current.last[1]); }
    return out;
  }
  function japaneseVoice() {
    var voices = speech ? speech.getVoices() : [];
    return voices.filter(function (v) { return /^ja(-|_|$)/i.test(v.lang); })[0] || null;
  }
  function withVoices(callback) {
    if (!speech) { callback(null); return; }
    if (speech.getVoices().length) { callback(japaneseVoice()); return; }
    var done = false;
    function finish() { if (!done) { done = true; callback(japaneseVoice()); } }
    speech.addEventListener("voiceschanged", finish, { once: true });
    setTimeout(finish, 1500);  // some browsers never fire voiceschanged
  }
  function speak(button) {
    var block = button.closest(".rich") || button.parentElement;
    var parts = sentences(block);
    withVoices(function (voice) {
      if (!voice) {
        status("この端末には日本語の読み上げの声が見つかりませんでした。端末の設定で日本語の音声を追加すると使えます。");
        return;
      }
      state.button = button;
      button.setAttribute("aria-pressed", "true");
      status("読み上げ中です。もう一度押すと止まります。");
      var index = 0;
      function next() {
        if (state.button !== button) { return; }
        if (index >= parts.length || !button.isConnected) { stop(); return; }
        var part = parts[index];
        index += 1;
        if (win.CSS && CSS.highlights && win.Highlight) { CSS.highlights.set("say-now", new win.Highlight(part.range)); }
        var utterance = new win.SpeechSynthesisUtterance(part.say);
        utterance.lang = "ja-JP";
        try { utterance.voice = voice; } catch (error) { /* lang alone still picks a Japanese voice */ }
        utterance.rate = (doc.__aids && doc.__aids.rate) || 1;
        utterance.onend = next;
        utterance.onerror = function () { if (state.button === button) { stop(); } };
        speech.speak(utterance);
      }
      next();
    });
  }
  doc.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.say") : null;
    if (!button) { return; }
    var again = state.button === button;
    stop();
    if (!again) { speak(button); }
  });
  setInterval(function () {  // leaving the page (Streamlit changes pages without a reload) stops reading
    if (win.location.pathname !== state.path) { state.path = win.location.pathname; stop(); }
  }, 500);
  win.addEventListener("pagehide", stop);
  doc.documentElement.classList.add("say-ready");
})();
