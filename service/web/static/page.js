/* The fact-checkers' page: a client of the service's JSON API (/v1/...), no framework and no build step.
 *
 * The URL fragment holds the view and its state, so every result can be bookmarked and sent on, and the
 * back button works: #check?q=...&speaker=..., #draft, #browse, #browse/speaker/<name>,
 * #browse/document/<id>, #browse/quote/<id>.
 *
 * Every piece of text from the API goes into the page as a text node (never as markup): source texts are
 * news articles, and anything in them could look like HTML.
 */
(() => {
  "use strict";

  const VERDICTS = {
    verified: { label: "Verified", symbol: "✓" },
    altered: { label: "Altered", symbol: "≠" },
    misattributed: { label: "Misattributed", symbol: "✗" },
    not_found: { label: "Not found", symbol: "?" },
  };
  const SPEAKER_CHECKS = {
    confirmed: "✓ A matching source names this speaker.",
    different: "✗ The matching sources name someone else.",
    unattributed: "– No matching source names a speaker: the attribution can be neither confirmed nor refuted.",
    not_given: "No speaker given.",
  };
  const WORDINGS = {
    verbatim: "Same words",
    equivalent: "Same words, other spelling or punctuation",
    altered: "Different wording",
  };
  const KINDS = { full: "full quote", fragment: "partial quote", term: "term" };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // Matches asked for: the API's maximum, so that every source is listed (the verdict rests on all of them).
  const MATCH_LIMIT = 100;
  const PAGE_SIZE = 20;

  // --- building the page -------------------------------------------------------------------------

  /** An element with attributes (`class`, `on<event>` handlers, the rest as attributes) and children. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    return append(node, children);
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false || child === "") continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  const srOnly = (text) => h("span", { class: "visually-hidden" }, text);
  const $ = (selector) => document.querySelector(selector);

  // The API's offsets count Unicode code points (Python strings); JavaScript strings count UTF-16 units.
  const codePoints = (text) => Array.from(text);
  const cut = (points, start, end) => points.slice(start, end).join("");

  function formatDate(value) {
    if (!value) return "undated";
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) return value;
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  }

  const dateElement = (value) =>
    value
      ? h("time", { datetime: value, class: "date" }, formatDate(value))
      : h("span", { class: "date muted" }, "undated");

  const plural = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

  // --- talking to the API ------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, errors) {
      super(message);
      this.errors = errors || null;
    }
  }

  /** The JSON body of an API call; an ApiError carrying the problem's `detail` when it fails. */
  async function api(path, body) {
    const init = { headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.method = "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new ApiError("The service did not answer. Check the connection and try again.");
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError((data && data.detail) || `${response.status} ${response.statusText}`, data && data.errors);
    }
    return data;
  }

  function errorBox(error, lead) {
    const details = error.errors
      ? h(
          "ul",
          {},
          Object.entries(error.errors).map(([field, messages]) => h("li", {}, `${field}: ${messages.join(" ")}`)),
        )
      : null;
    return h("div", { class: "alert", role: "alert" }, h("strong", {}, `${lead} `), error.message, details);
  }

  /**
   * Runs `work` for a results area: marks it busy, shows what it returns, or the error. A newer call on
   * the same area wins: an answer that arrives after a newer request started is dropped.
   */
  const generations = new Map();
  async function load(area, status, busyText, failure, work) {
    const generation = (generations.get(area) || 0) + 1;
    generations.set(area, generation);
    area.setAttribute("aria-busy", "true");
    status.textContent = busyText;
    try {
      const { content, announce } = await work();
      if (generations.get(area) !== generation) return;
      area.replaceChildren();
      append(area, [content]);
      status.textContent = announce;
    } catch (error) {
      if (generations.get(area) !== generation) return;
      if (!(error instanceof ApiError)) console.error(error);
      area.replaceChildren(
        errorBox(error instanceof ApiError ? error : new ApiError("Something went wrong on this page."), failure),
      );
      status.textContent = `Error: ${error.message}`;
    } finally {
      if (generations.get(area) === generation) area.removeAttribute("aria-busy");
    }
  }

  async function busyButton(form, text, run) {
    const button = form.querySelector("button[type=submit]");
    const label = button.textContent;
    button.disabled = true;
    button.textContent = text;
    try {
      await run();
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  // --- shared pieces -----------------------------------------------------------------------------

  function verdictBadge(verdict, extraClass) {
    const v = VERDICTS[verdict] || { label: verdict, symbol: "•" };
    return h(
      "span",
      { class: `badge badge-${verdict}${extraClass ? ` ${extraClass}` : ""}` },
      h("span", { class: "badge-symbol", "aria-hidden": "true" }, v.symbol),
      h("span", { class: "badge-label" }, v.label),
    );
  }

  function facts(rows) {
    return h(
      "dl",
      { class: "facts" },
      rows.filter(Boolean).map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
    );
  }

  function legend() {
    return h(
      "div",
      { class: "legend" },
      h("p", { class: "legend-title" }, "Legend: the source's wording, marked where yours differs"),
      h(
        "ul",
        {},
        h(
          "li",
          {},
          h("mark", { class: "d d-changed" }, "changed"),
          h("span", { class: "d-yours" }, "→ yours"),
          " words replaced: the source's, then yours",
        ),
        h("li", {}, h("del", { class: "d d-missing" }, "missing"), " in the source, left out of yours"),
        h("li", {}, h("ins", { class: "d d-added" }, "added"), " in yours, not in the source"),
        h(
          "li",
          {},
          h("span", { class: "d d-variant" }, "variant"),
          h("span", { class: "d-yours d-yours-variant" }, "≈ yours"),
          " same word, other spelling",
        ),
        h("li", {}, h("span", { class: "ctx" }, "grey"), " the source's quote around the part you quoted"),
      ),
    );
  }

  /** Whether the wording of a match shows anything the legend explains. */
  function hasMarks(match) {
    if (!match.diff) return false;
    const whole = match.span_start === 0 && match.span_end === codePoints(match.text).length;
    return !whole || match.diff.some((op) => op.op !== "equal" || op.kind === "spelling_variant");
  }

  // Trailing white space stays outside a highlight, so a marked word does not run into the next one.
  function splitSpace(text) {
    const match = /^([\s\S]*?)(\s*)$/.exec(text);
    return [match[1], match[2]];
  }

  /** The source's quote with the submission's differences marked word by word (the match's `diff`). */
  function wording(match) {
    const points = codePoints(match.text);
    const out = h("blockquote", { class: "wording" });
    let pos = 0;
    if (match.span_start > 0) {
      out.append(
        h("span", { class: "ctx" }, srOnly("(before the part you quoted:) "), cut(points, 0, match.span_start)),
      );
      pos = match.span_start;
    }
    for (const op of match.diff) {
      if (op.source_start > pos) out.append(cut(points, pos, op.source_start));
      const [source, sourceSpace] = splitSpace(op.source_text);
      const [submitted, submittedSpace] = splitSpace(op.submitted_text);
      if (op.op === "replace") {
        out.append(
          h("mark", { class: "d d-changed", title: `Changed: you wrote “${submitted}”` }, srOnly("changed: "), source),
          h(
            "span",
            { class: "d-yours" },
            h("span", { "aria-hidden": "true" }, "→ "),
            srOnly(", you wrote: "),
            submitted,
          ),
          sourceSpace,
        );
      } else if (op.op === "delete") {
        out.append(
          h("del", { class: "d d-missing", title: "Missing from your quote" }, srOnly("missing: "), source),
          sourceSpace,
        );
      } else if (op.op === "insert") {
        out.append(
          h("ins", { class: "d d-added", title: "Added in your quote" }, srOnly("added: "), submitted),
          submittedSpace,
        );
      } else if (op.kind === "spelling_variant") {
        out.append(
          h(
            "span",
            { class: "d d-variant", title: `Spelling variant: you wrote “${submitted}”` },
            srOnly("spelling variant: "),
            source,
          ),
          h(
            "span",
            { class: "d-yours d-yours-variant" },
            h("span", { "aria-hidden": "true" }, "≈ "),
            srOnly(", you wrote: "),
            submitted,
          ),
          sourceSpace,
        );
      } else if (op.kind === "case_or_punctuation") {
        out.append(
          h(
            "span",
            { class: "d-case", title: `Differs only in case or punctuation: you wrote “${submitted}”` },
            source,
          ),
          sourceSpace,
        );
      } else {
        out.append(op.source_text);
      }
      pos = Math.max(pos, op.source_end);
    }
    if (pos < points.length) {
      out.append(
        h("span", { class: "ctx" }, srOnly(" (after the part you quoted:) "), cut(points, pos, points.length)),
      );
    }
    return out;
  }

  function scoreElement(score) {
    const bar = h("span", { class: "score-fill" });
    // CSSOM, not a style attribute: the Content-Security-Policy forbids inline styles in markup.
    bar.style.width = `${Math.max(0, Math.min(100, score))}%`;
    return h(
      "span",
      { class: "score" },
      h("span", { class: "score-bar", "aria-hidden": "true" }, bar),
      h("span", { class: "score-value" }, `Score ${score.toLocaleString("en", { maximumFractionDigits: 1 })}`),
      srOnly(" out of 100"),
    );
  }

  function sameSpeaker(source, speaker) {
    if (!speaker || source.same_speaker === null || source.same_speaker === undefined) return null;
    return source.same_speaker
      ? h("span", { class: "speaker-ok" }, `✓ names ${speaker}`)
      : h("span", { class: "speaker-no" }, `✗ does not name ${speaker}`);
  }

  /**
   * A link to an outlet's page, in a new tab. Only http(s) addresses become links: a stored URL is data,
   * and a "javascript:" one must never run here.
   */
  function outLink(url, ...children) {
    let protocol = null;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // no URL, or not an absolute one: plain text
    }
    if (protocol !== "http:" && protocol !== "https:") return h("span", {}, ...children);
    return h(
      "a",
      { href: url, target: "_blank", rel: "noopener noreferrer" },
      ...children,
      srOnly(" (opens the outlet's page in a new tab)"),
      h("span", { "aria-hidden": "true" }, " ↗"),
    );
  }

  function checkLink(text, speaker) {
    const params = new URLSearchParams({ q: text });
    if (speaker) params.set("speaker", speaker);
    return h("a", { href: `#check?${params}` }, "Check this quote");
  }

  /**
   * One source: outlet, date, title and link, the speaker it names (relayed by, credited agency), the
   * score and, when the match has a diff, its wording with the differences marked.
   */
  function sourceCard(source, { earliest, deciding, speaker, level = 3 }) {
    const title = source.title || source.url || "(untitled)";
    return h(
      "li",
      { class: `source${earliest ? " is-earliest" : ""}` },
      h(
        "article",
        { "aria-label": `${source.outlet}${earliest ? ", earliest source" : ""}` },
        h(
          "div",
          { class: "source-head" },
          h(`h${level}`, { class: "outlet" }, source.outlet),
          dateElement(source.published_at),
          earliest &&
            h("span", { class: "tag tag-earliest" }, h("span", { "aria-hidden": "true" }, "★ "), "Earliest source"),
          deciding && h("span", { class: "tag tag-deciding" }, "Verdict rests on this source"),
          h("span", { class: "spacer" }),
          scoreElement(source.score),
        ),
        h("p", { class: "source-title" }, outLink(source.url, title)),
        h(
          "p",
          { class: "attribution" },
          h(
            "span",
            {},
            "Speaker: ",
            source.speaker ? h("strong", { class: "speaker" }, source.speaker) : h("em", {}, "not named"),
          ),
          source.relayed_by && h("span", {}, "Relayed by ", h("strong", { class: "relayed" }, source.relayed_by)),
          source.credited_source &&
            h("span", {}, "Credited: ", h("strong", { class: "credited" }, source.credited_source)),
          sameSpeaker(source, speaker),
          h(
            "span",
            { class: `wording-kind wording-${source.wording}` },
            WORDINGS[source.wording] || source.wording,
            source.fragment ? " (part of a longer quote)" : "",
          ),
        ),
        source.diff && wording(source),
        h(
          "p",
          { class: "source-links" },
          h("a", { href: `#browse/quote/${source.quote_id}` }, "Every occurrence"),
          h("a", { href: `#browse/document/${source.document_id}` }, "The document's quotes"),
        ),
      ),
    );
  }

  function closestBlock(closest) {
    if (!closest) return null;
    return h(
      "div",
      { class: "closest" },
      h("p", {}, `Closest indexed quote, below the threshold (score ${closest.score}):`),
      h("blockquote", { class: "wording" }, closest.text),
      h(
        "p",
        { class: "source-links" },
        closest.speaker ? `Speaker: ${closest.speaker}. ` : "",
        h("a", { href: `#browse/quote/${closest.quote_id}` }, "Every occurrence"),
      ),
    );
  }

  // --- check a quote -----------------------------------------------------------------------------

  function renderVerification(result, speaker) {
    const earliestId = result.earliest ? result.earliest.quote_id : null;
    const shown = result.matches.length;
    const verdict = h(
      "section",
      { class: `verdict verdict-${result.verdict}`, "aria-labelledby": "check-verdict" },
      h(
        "h2",
        { class: "verdict-title", id: "check-verdict" },
        srOnly("Verdict: "),
        verdictBadge(result.verdict, "badge-large"),
      ),
      h("p", { class: "verdict-message" }, result.message),
      facts([
        ["Quote checked", h("q", {}, result.quote)],
        ["Speaker", result.speaker || "not given"],
        result.speaker && ["Attribution", SPEAKER_CHECKS[result.speaker_check] || result.speaker_check],
        result.attributed_to.length > 0 && ["Sources name", result.attributed_to.join("; ")],
        result.earliest && [
          "Earliest source",
          `${result.earliest.outlet}, ${formatDate(result.earliest.published_at)}`,
        ],
        [
          "Sources",
          result.match_count > shown
            ? `${plural(result.match_count, "match", "matches")}, the best ${shown} shown`
            : plural(result.match_count, "match", "matches"),
        ],
      ]),
    );
    const content = [verdict];
    if (shown > 0) {
      content.push(
        h(
          "h2",
          { class: "section-title" },
          `${plural(shown, "source", "sources")}, the one the verdict rests on first`,
        ),
        result.matches.some(hasMarks) && legend(),
        h(
          "ol",
          { class: "sources" },
          result.matches.map((match, i) =>
            sourceCard(match, { earliest: match.quote_id === earliestId, deciding: i === 0, speaker: result.speaker }),
          ),
        ),
      );
    } else {
      content.push(closestBlock(result.closest));
    }
    return content;
  }

  const checkForm = $("#check-form");
  const quoteInput = $("#check-quote");
  const speakerInput = $("#check-speaker");

  function runCheck(quote, speaker) {
    const body = { quote, speaker: speaker || null, limit: MATCH_LIMIT };
    return busyButton(checkForm, "Checking…", () =>
      load($("#check-results"), $("#check-status"), "Checking the quote…", "The check could not be done.", async () => {
        const result = await api("/v1/verify", body);
        return {
          content: renderVerification(result, speaker),
          announce: `${VERDICTS[result.verdict].label}. ${result.message}`,
        };
      }),
    );
  }

  checkForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const quote = quoteInput.value.trim();
    if (!quote) {
      quoteInput.focus();
      return;
    }
    const params = new URLSearchParams({ q: quote });
    const speaker = speakerInput.value.trim();
    if (speaker) params.set("speaker", speaker);
    const target = `#check?${params}`;
    if (location.hash === target) runCheck(quote, speaker);
    else location.hash = target; // the router runs the check, and the result gets its own history entry
  });

  // --- check a draft -----------------------------------------------------------------------------

  const draftForm = $("#draft-form");
  const draftInput = $("#draft-text");

  function earliestOf(sources) {
    let best = null;
    for (const source of sources) {
      if (source.published_at && (!best || source.published_at < best.published_at)) best = source;
    }
    return best;
  }

  function draftDetail(quote, index, total) {
    const earliest = earliestOf(quote.sources);
    const sources = quote.sources.map((source, i) =>
      // The deciding source comes first, and best_match is that same source with its diff.
      i === 0 && quote.best_match && quote.best_match.quote_id === source.quote_id ? quote.best_match : source,
    );
    return [
      h("h2", { class: "detail-title", id: "draft-detail-title", tabindex: "-1" }, `Quote ${index + 1} of ${total}`),
      h(
        "div",
        { class: `verdict verdict-${quote.verdict}` },
        h("p", { class: "verdict-title" }, srOnly("Verdict: "), verdictBadge(quote.verdict, "badge-large")),
        h("p", { class: "verdict-message" }, quote.message),
        facts([
          ["Speaker in the draft", quote.speaker || "none named"],
          quote.speaker && ["Attribution", SPEAKER_CHECKS[quote.speaker_check] || quote.speaker_check],
          quote.attributed_to.length > 0 && ["Sources name", quote.attributed_to.join("; ")],
          quote.lineage && ["Wording line", lineageText(quote.lineage)],
        ]),
      ),
      sources.length > 0 && [
        h(
          "h3",
          { class: "section-title" },
          `${plural(sources.length, "source", "sources")}, the one the verdict rests on first`,
        ),
        quote.best_match && hasMarks(quote.best_match) && legend(),
        h(
          "ol",
          { class: "sources" },
          sources.map((source, i) =>
            sourceCard(source, {
              earliest: earliest && source.quote_id === earliest.quote_id,
              deciding: i === 0,
              speaker: quote.speaker,
              level: 4,
            }),
          ),
        ),
      ],
      closestBlock(quote.closest),
      h("p", { class: "more" }, checkLink(quote.text, quote.speaker), " on its own to see every source's wording."),
    ];
  }

  function renderDraft(text, result) {
    const points = codePoints(text);
    const total = result.quotes.length;
    const summary = h(
      "ul",
      { class: "summary", "aria-label": "Verdicts in this draft" },
      Object.entries(VERDICTS).map(([key, v]) =>
        h(
          "li",
          { class: `chip chip-${key}${result.summary[key] ? "" : " chip-zero"}` },
          h("span", { "aria-hidden": "true" }, `${v.symbol} `),
          `${result.summary[key]} ${v.label.toLowerCase()}`,
        ),
      ),
    );
    if (total === 0) {
      return [
        h(
          "p",
          { class: "empty" },
          "No quotations were found in this draft. Scare quotes of one or two words are not checked.",
        ),
      ];
    }
    const detail = h(
      "aside",
      { class: "draft-detail card", id: "draft-detail", "aria-label": "Selected quote" },
      h(
        "p",
        { class: "hint" },
        "Select a highlighted quote to see its verdict, its sources and how their wording differs.",
      ),
    );
    const marks = [];
    const select = (mark) => {
      for (const other of marks) other.setAttribute("aria-pressed", String(other === mark));
      const index = Number(mark.dataset.index);
      const quote = result.quotes[index];
      detail.replaceChildren(...draftDetail(quote, index, total).flat(Infinity).filter(Boolean));
      $("#draft-status").textContent =
        `Quote ${index + 1} of ${total}: ${VERDICTS[quote.verdict].label}. ${quote.message} Details beside the draft.`;
    };
    const body = h("div", { class: "draft-text", id: "draft-rendered" });
    let pos = 0;
    result.quotes.forEach((quote, i) => {
      if (quote.start < pos) return; // overlapping quotes cannot both be marked; the first one is
      const v = VERDICTS[quote.verdict];
      const mark = h(
        "mark",
        {
          class: `dq dq-${quote.verdict}`,
          role: "button",
          tabindex: "0",
          "aria-pressed": "false",
          "aria-controls": "draft-detail",
          "data-index": i,
          onclick: (event) => select(event.currentTarget),
          onkeydown: (event) => {
            if (event.key === "Enter" || event.key === " ") {
              event.preventDefault();
              select(event.currentTarget);
            }
          },
        },
        cut(points, quote.start, quote.end),
        h("span", { class: "dq-tag" }, h("span", { "aria-hidden": "true" }, `${v.symbol} `), v.label),
      );
      marks.push(mark);
      body.append(cut(points, pos, quote.start), mark);
      pos = quote.end;
    });
    body.append(cut(points, pos, points.length));
    return [
      h("h2", { class: "section-title" }, `${plural(total, "quote", "quotes")} checked`),
      summary,
      h("div", { class: "draft-layout" }, h("div", { class: "card draft-card" }, body), detail),
    ];
  }

  draftForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = draftInput.value;
    if (!text.trim()) {
      draftInput.focus();
      return;
    }
    busyButton(draftForm, "Checking…", () =>
      load(
        $("#draft-results"),
        $("#draft-status"),
        "Checking every quote of the draft…",
        "The check could not be done.",
        async () => {
          const result = await api("/v1/drafts/check", { text });
          const s = result.summary;
          return {
            content: renderDraft(text, result),
            announce:
              `${plural(result.quotes.length, "quote", "quotes")} checked: ${s.verified} verified, ${s.altered} altered, ` +
              `${s.misattributed} misattributed, ${s.not_found} not found.`,
          };
        },
      ),
    ).then(() => {
      // The form is tall: bring the highlighted draft up when it starts below the fold.
      const heading = $("#draft-results .section-title");
      if (heading && heading.getBoundingClientRect().top > window.innerHeight * 0.6) heading.scrollIntoView();
    });
  });

  for (const textarea of [quoteInput, draftInput]) {
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        textarea.form.requestSubmit();
      }
    });
  }

  // --- browse ------------------------------------------------------------------------------------

  function pager(label, body, go) {
    if (body.pages <= 1) return null;
    return h(
      "nav",
      { class: "pager", "aria-label": label },
      h(
        "button",
        { type: "button", class: "button", disabled: body.page <= 1, onclick: () => go(body.page - 1) },
        "← Newer",
      ),
      h("span", {}, `Page ${body.page} of ${body.pages}`),
      h(
        "button",
        { type: "button", class: "button", disabled: body.page >= body.pages, onclick: () => go(body.page + 1) },
        "Older →",
      ),
    );
  }

  /** A list that loads its pages in place: `item` renders one entry. */
  function pagedList(title, path, item, empty) {
    const box = h(
      "section",
      { class: "card browse-list", "aria-label": title },
      h("h2", { class: "section-title" }, title),
    );
    const list = h("div", { "aria-live": "polite" });
    box.append(list);
    const go = async (page) => {
      try {
        const sep = path.includes("?") ? "&" : "?";
        const body = await api(`${path}${sep}page=${page}&page_size=${PAGE_SIZE}`);
        list.replaceChildren(
          body.total === 0
            ? h("p", { class: "empty" }, empty)
            : h("ol", { class: "plain-list", start: (body.page - 1) * body.page_size + 1 }, body.items.map(item)),
          pager(`${title}, pages`, body, go) || "",
        );
      } catch (error) {
        list.replaceChildren(
          errorBox(error instanceof ApiError ? error : new ApiError(String(error)), "This list could not be shown."),
        );
      }
    };
    return { box, go };
  }

  const documentLink = (doc) =>
    h("a", { href: `#browse/document/${doc.id}` }, doc.title || doc.url || `Document ${doc.id}`);

  function documentItem(doc) {
    return h(
      "li",
      {},
      documentLink(doc),
      h(
        "p",
        { class: "meta" },
        h("span", { class: "outlet-inline" }, doc.outlet),
        dateElement(doc.published_at),
        doc.author && h("span", {}, doc.author),
      ),
    );
  }

  function speakerItem(speaker) {
    return h(
      "li",
      {},
      h("a", { href: `#browse/speaker/${encodeURIComponent(speaker.name)}` }, speaker.name),
      h(
        "p",
        { class: "meta" },
        `${plural(speaker.quotes, "quote", "quotes")} in ${plural(speaker.documents, "document", "documents")}`,
      ),
    );
  }

  function attributionLine(quote) {
    return h(
      "p",
      { class: "attribution" },
      h(
        "span",
        {},
        "Speaker: ",
        quote.speaker
          ? h("a", { href: `#browse/speaker/${encodeURIComponent(quote.speaker)}`, class: "speaker" }, quote.speaker)
          : h("em", {}, "not named"),
      ),
      quote.relayed_by && h("span", {}, "Relayed by ", h("strong", {}, quote.relayed_by)),
      quote.credited_source && h("span", {}, "Credited: ", h("strong", {}, quote.credited_source)),
      h("span", { class: "tag" }, KINDS[quote.kind] || quote.kind),
      !quote.indexed && h("span", { class: "tag tag-muted" }, "not indexed"),
      quote.boilerplate && h("span", { class: "tag tag-muted" }, "boilerplate"),
    );
  }

  function quoteLinks(quote, { inCluster } = {}) {
    return h(
      "p",
      { class: "source-links" },
      !inCluster && h("a", { href: `#browse/quote/${quote.id}` }, "Every occurrence"),
      quote.indexed && checkLink(quote.text, quote.speaker),
    );
  }

  /** A quote with the document it appears in (a speaker's quotes, a cluster's occurrences). */
  function sourcedQuote(quote, { earliest, inCluster } = {}) {
    const doc = quote.document;
    return h(
      "li",
      { class: `source${earliest ? " is-earliest" : ""}` },
      h(
        "article",
        { "aria-label": doc.outlet },
        h(
          "div",
          { class: "source-head" },
          h("h3", { class: "outlet" }, doc.outlet),
          dateElement(doc.published_at),
          earliest &&
            h("span", { class: "tag tag-earliest" }, h("span", { "aria-hidden": "true" }, "★ "), "Earliest source"),
        ),
        h("p", { class: "source-title" }, documentLink(doc), doc.url && [" · ", outLink(doc.url, "original")]),
        h("blockquote", { class: "wording" }, quote.text),
        attributionLine(quote),
        quoteLinks(quote, { inCluster }),
      ),
    );
  }

  // --- provenance of a statement (GET /v1/quotes/<id>/provenance) ----------------------------------

  const RELATIONS = {
    first: "first",
    copy: "copy",
    retranslation: "re-translation",
    altered_copy: "altered copy",
  };
  const LINE_KINDS = {
    first: "the first wording",
    retranslation: "another rendering (re-translation or paraphrase)",
    altered_copy: "an earlier wording with words changed",
  };

  const outletAndDate = (occurrence) => [
    h("strong", { class: "prov-outlet" }, occurrence.outlet),
    " ",
    dateElement(occurrence.published_at),
  ];

  function whoLine(who) {
    const names = (credits) => credits.map((c) => c.name).join("; ");
    const relayed = who.relayers.map((c) =>
      c.as_speaker
        ? `${c.name} (named as the speaker by ${plural(c.as_speaker, "source", "sources")})`
        : c.name,
    );
    return h(
      "p",
      { class: `prov-who${who.attribution === "conflicting" ? " prov-conflict" : ""}` },
      who.attribution === "conflicting"
        ? [h("strong", {}, "Credited to different people: "), names(who.speakers), "."]
        : who.speakers.length
          ? ["Said by ", h("strong", {}, names(who.speakers)), "."]
          : "No source names who said it.",
      relayed.length > 0 && [" Relayed by ", h("strong", {}, relayed.join("; ")), "."],
    );
  }

  function timelineItem(occurrence) {
    return h(
      "li",
      { class: "prov-occurrence" },
      outletAndDate(occurrence),
      h(
        "span",
        { class: `tag prov-relation prov-${occurrence.relation}` },
        `line ${occurrence.line}, ${RELATIONS[occurrence.relation] || occurrence.relation}`,
      ),
      occurrence.truncated && h("span", { class: "tag tag-muted" }, "partial"),
      occurrence.credited_source && h("span", { class: "prov-credit" }, `credits ${occurrence.credited_source}`),
    );
  }

  function lineItem(line) {
    return h(
      "li",
      { class: "prov-line" },
      h(
        "p",
        { class: "prov-line-head" },
        h("strong", {}, `Line ${line.id}`),
        `: ${LINE_KINDS[line.kind] || line.kind}`,
        line.closest && line.kind !== "first" ? ` (closest: line ${line.closest}, score ${line.score})` : "",
        ". First in ",
        outletAndDate(line.first),
        line.credited_source ? `; credits ${line.credited_source}` : "",
        `; ${plural(line.occurrences.length, "occurrence", "occurrences")}.`,
      ),
      h("blockquote", { class: "wording" }, line.wording),
    );
  }

  function alterationItem(alteration) {
    const changes = alteration.diff
      .filter((op) => op.op !== "equal")
      .map((op) =>
        h(
          "li",
          {},
          op.source.length ? h("del", { class: "d d-missing" }, srOnly("was: "), op.source.join(" ")) : "",
          h("span", { "aria-hidden": "true" }, " → "),
          op.submitted.length ? h("ins", { class: "d d-added" }, srOnly(" now: "), op.submitted.join(" ")) : "(left out)",
        ),
      );
    return h(
      "li",
      { class: "prov-alteration" },
      h(
        "p",
        {},
        outletAndDate(alteration),
        ` changed ${plural(alteration.changed_words, "word", "words")} of the text `,
        outletAndDate(alteration.source),
        " had",
        alteration.order_uncertain ? " (the dates cannot tell which came first)" : "",
        ":",
      ),
      h("ul", { class: "prov-changes" }, changes),
    );
  }

  function truncationItem(cut) {
    return h(
      "li",
      { class: "prov-truncation" },
      h(
        "p",
        {},
        outletAndDate(cut),
        " carries only part of the quote in ",
        outletAndDate(cut.of),
        cut.exact ? "" : " (another rendering)",
        `; ${plural(cut.left_out_words, "word", "words")} left out.`,
      ),
      h(
        "blockquote",
        { class: "wording" },
        cut.left_out_before && h("span", { class: "ctx" }, srOnly("left out before: "), `${cut.left_out_before} `),
        cut.kept,
        cut.left_out_after && h("span", { class: "ctx" }, srOnly(" left out after: "), ` ${cut.left_out_after}`),
      ),
    );
  }

  /** Who said it, when and where it appeared, its wording lines, and who changed or cut it. */
  function provenancePanel(prov) {
    const timeline = prov.timeline;
    return h(
      "section",
      { class: "card provenance", "aria-labelledby": "provenance-title" },
      h("h2", { class: "section-title", id: "provenance-title" }, "Provenance"),
      whoLine(prov.who),
      h("h3", { class: "prov-title" }, "Timeline"),
      timeline.dated.length
        ? h("ol", { class: "prov-timeline" }, timeline.dated.map(timelineItem))
        : h("p", { class: "empty" }, "No dated occurrence."),
      timeline.earliest_ties.length > 0 &&
        h("p", { class: "hint" }, "The first occurrences share a day with no time given: which came first is not known."),
      timeline.undated.length > 0 && [
        h("p", { class: "prov-undated-title" }, "Undated, not placed in the timeline:"),
        h("ul", { class: "prov-timeline prov-undated" }, timeline.undated.map(timelineItem)),
      ],
      h("h3", { class: "prov-title" }, plural(prov.lineages.length, "wording line", "wording lines")),
      h("ol", { class: "prov-lines" }, prov.lineages.map(lineItem)),
      prov.alterations.length > 0 && [
        h("h3", { class: "prov-title" }, "Words changed inside the quotation marks"),
        h("ul", { class: "prov-alterations" }, prov.alterations.map(alterationItem)),
      ],
      prov.truncations.length > 0 && [
        h("h3", { class: "prov-title" }, "Partial quotes"),
        h("ul", { class: "prov-truncations" }, prov.truncations.map(truncationItem)),
      ],
    );
  }

  /** A draft quote's wording line, in words. */
  function lineageText(lineage) {
    const how = {
      copy: lineage.truncated ? "part of its wording" : "its wording",
      altered_copy: "its wording with a few words changed",
      retranslation: "closest to it, in another rendering",
    }[lineage.relation];
    return [
      `Line ${lineage.line} of ${lineage.lines} (${LINE_KINDS[lineage.line_kind] || lineage.line_kind}): ${how}. `,
      "First in ",
      outletAndDate(lineage.first),
      lineage.credited_source ? `; credits ${lineage.credited_source}` : "",
      ".",
    ];
  }

  const backLink = () => h("p", { class: "back" }, h("a", { href: "#browse" }, "← Documents and speakers"));

  async function browseHome() {
    const documents = pagedList("Recent documents", "/v1/documents", documentItem, "No documents are indexed yet.");
    const speakers = pagedList("Speakers", "/v1/speakers", speakerItem, "No speakers yet.");
    await Promise.all([documents.go(1), speakers.go(1)]);
    return {
      title: "Browse",
      content: [
        h(
          "p",
          { class: "lede" },
          "The newest indexed articles and the most quoted speakers; each links to their quotes.",
        ),
        h("div", { class: "browse-grid" }, documents.box, speakers.box),
      ],
      announce: "Documents and speakers loaded.",
    };
  }

  async function browseSpeaker(name) {
    const list = pagedList(
      "Quotes, newest first",
      `/v1/speakers/${encodeURIComponent(name)}/quotes`,
      (q) => sourcedQuote(q),
      "No quotes.",
    );
    await list.go(1);
    return {
      title: name,
      content: [
        backLink(),
        h("p", { class: "lede" }, "Quotes the indexed articles attribute to this speaker."),
        list.box,
      ],
      announce: `Quotes of ${name} loaded.`,
    };
  }

  async function browseDocument(id) {
    const doc = await api(`/v1/documents/${id}`);
    const quotes = doc.quotes.map((quote) =>
      h(
        "li",
        { class: "source" },
        h("blockquote", { class: "wording" }, quote.text),
        attributionLine(quote),
        quoteLinks(quote),
      ),
    );
    return {
      title: doc.title || doc.url || `Document ${doc.id}`,
      content: [
        backLink(),
        facts([
          ["Outlet", doc.outlet],
          ["Published", dateElement(doc.published_at)],
          doc.author && ["Author", doc.author],
          doc.url && ["Original", outLink(doc.url, doc.url)],
        ]),
        h(
          "h2",
          { class: "section-title" },
          `${plural(doc.quotes.length, "quote", "quotes")}, in the order of the article`,
        ),
        quotes.length
          ? h("ol", { class: "sources" }, quotes)
          : h("p", { class: "empty" }, "No quotes in this document."),
      ],
      announce: `Document loaded: ${plural(doc.quotes.length, "quote", "quotes")}.`,
    };
  }

  async function browseQuote(id) {
    const [{ quote, cluster }, provenance] = await Promise.all([
      api(`/v1/quotes/${id}`),
      api(`/v1/quotes/${id}/provenance`),
    ]);
    const firstDated = cluster.occurrences.find((q) => q.document.published_at);
    return {
      title: "Every occurrence of a statement",
      content: [
        backLink(),
        h("blockquote", { class: "wording wording-lead" }, quote.text),
        h(
          "p",
          { class: "lede" },
          `${plural(cluster.quotes, "occurrence", "occurrences")} in ${plural(cluster.documents, "document", "documents")} from ` +
            `${plural(cluster.outlets, "outlet", "outlets")}` +
            (cluster.first_published_at ? `; first published ${formatDate(cluster.first_published_at)}.` : "."),
        ),
        provenancePanel(provenance),
        h("h2", { class: "section-title" }, "Every occurrence, earliest first"),
        h(
          "ol",
          { class: "sources" },
          cluster.occurrences.map((q) => sourcedQuote(q, { earliest: q === firstDated, inCluster: true })),
        ),
      ],
      announce: `${plural(cluster.quotes, "occurrence", "occurrences")} loaded.`,
    };
  }

  function runBrowse(route, moveFocus) {
    const [, kind, ...rest] = route.split("/");
    let arg = rest.join("/");
    try {
      arg = decodeURIComponent(arg);
    } catch {
      // a hand-edited fragment with a stray "%": take it as it is
    }
    const heading = $("#browse-title");
    const work =
      kind === "speaker"
        ? () => browseSpeaker(arg)
        : kind === "document" && /^\d+$/.test(arg)
          ? () => browseDocument(arg)
          : kind === "quote" && /^\d+$/.test(arg)
            ? () => browseQuote(arg)
            : browseHome;
    return load($("#browse-results"), $("#browse-status"), "Loading…", "This could not be shown.", async () => {
      const page = await work();
      heading.textContent = page.title;
      document.title = `${page.title} · Quote provenance`;
      if (moveFocus) heading.focus();
      return page;
    });
  }

  // --- the router --------------------------------------------------------------------------------

  const TITLES = { check: "Check a quote", draft: "Check a draft", browse: "Browse" };

  function show(view) {
    for (const section of document.querySelectorAll("section.view")) section.hidden = section.dataset.view !== view;
    for (const link of document.querySelectorAll(".tabs a")) {
      if (link.dataset.view === view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    document.title = `${TITLES[view]} · Quote provenance`;
  }

  function route(fromNavigation) {
    const hash = location.hash.slice(1) || "check";
    const [path, query] = hash.split(/\?(.*)/s);
    const view = path.split("/")[0];
    if (view === "draft") {
      show("draft");
    } else if (view === "browse") {
      show("browse");
      runBrowse(path, fromNavigation);
    } else {
      show("check");
      const params = new URLSearchParams(query || "");
      const quote = params.get("q");
      if (quote) {
        quoteInput.value = quote;
        speakerInput.value = params.get("speaker") || "";
        runCheck(quote, params.get("speaker") || "");
      }
    }
  }

  window.addEventListener("hashchange", () => route(true));
  route(false);
})();
