/* The anonymous visitor's chat page.

   Safety rules this file keeps:
   - Text from the network is only ever put into the page with textContent.
   - The visitor token lives in sessionStorage only (no cookies); it is cleared when the chat ends
     and on quick exit.
   - A random browser id (no cookie, nothing about the person) is kept in localStorage for a
     day and sent when a chat is opened, so that a visitor blocked for abuse cannot start over
     at once; the server stores only its hash. Quick exit forgets it too.
   - Message text is never logged. */
(function () {
  "use strict";

  const I18N = window.CHAT_I18N || {};
  const LANGS = ["nb", "fi", "sv", "en"];
  const API = "/api/v1";
  const PROTOCOL = 1;
  const STORE_KEY = "chathost.visitor";
  const LANG_KEY = "chathost.lang";
  const BROWSER_KEY = "chathost.browser";
  const BROWSER_TTL_MS = 24 * 60 * 60 * 1000;
  const MAX_CHARS = 4000;
  const COUNTER_FROM = 3500;
  const DEFAULT_EXIT_URL = "https://www.google.com/";
  const TYPING_REPEAT_MS = 3000;
  const TYPING_IDLE_MS = 5000;
  const PING_MS = 25000;
  const STALE_MS = 70000;
  const BACKOFF_MAX_MS = 30000;
  const ESC_WINDOW_MS = 1500;
  const SERVICES_REFRESH_MS = 60000;

  // Who wrote a message, by role only: the page never shows a staff member's name. A supervisor
  // who joined the chat openly gets a label (and colour) of their own, so the visitor can tell
  // there is a second person.
  const SENDER_LABELS = new Map([
    ["host", "hostLabel"],
    ["supervisor", "supervisorLabel"],
    ["visitor", "youLabel"],
    ["system", "systemLabel"],
  ]);

  const $ = (id) => document.getElementById(id);
  const ui = {
    langSelect: $("lang-select"),
    quickExit: $("quick-exit"),
    startScreen: $("start-screen"),
    servicesLoading: $("services-loading"),
    loadError: $("load-error"),
    reloadServices: $("reload-services"),
    notFound: $("not-found"),
    picker: $("service-picker"),
    serviceList: $("service-list"),
    single: $("service-single"),
    showAll: $("show-all-services"),
    startNotice: $("start-notice"),
    startButton: $("start-button"),
    startError: $("start-error"),
    startEmergency: $("start-emergency"),
    chatScreen: $("chat-screen"),
    chatHead: $("chat-head"),
    chatStatus: $("chat-status"),
    queueHint: $("queue-hint"),
    endButton: $("end-button"),
    endConfirm: $("end-confirm"),
    endYes: $("end-yes"),
    endNo: $("end-no"),
    connection: $("connection"),
    transcript: $("transcript"),
    jump: $("jump"),
    typing: $("typing"),
    composer: $("composer"),
    message: $("message"),
    sendButton: $("send-button"),
    counter: $("counter"),
    elsewhere: $("elsewhere"),
    elsewhereText: $("elsewhere-text"),
    continueHere: $("continue-here"),
    endedPanel: $("ended-panel"),
    endedReason: $("ended-reason"),
    newChat: $("new-chat"),
    announcer: $("announcer"),
  };

  const state = {
    lang: "en",
    quickExitUrl: DEFAULT_EXIT_URL,
    exiting: false,
    // Start screen
    services: null,
    servicesFailed: false,
    fixedSlug: null,
    slugMissing: false,
    showAll: false,
    selected: null,
    starting: false,
    startErrorKey: null,
    // Conversation
    session: null, // {token, service, conversation, pending: [{id, text}]}
    ws: null,
    welcomed: false,
    everWelcomed: false,
    needFlush: false,
    stopped: false,
    fatal: false,
    elsewhereKey: null,
    attempt: 0,
    reconnectTimer: null,
    pingTimer: null,
    lastReceived: 0,
    status: null,
    releasedBack: false,
    // The newest message came from the service itself (a referral notice): a return to the
    // queue that follows it is the transfer the notice explains, not a host who stepped away.
    lastWasSystem: false,
    ended: false,
    endedBy: null,
    lastSeq: 0,
    lastHostSeq: 0,
    readSent: 0,
    hostReadUpto: 0,
    bySeq: new Map(),
    pending: new Map(), // client id -> {id, text, el, status: "sending" | "failed", retryable}
    hostTyping: false,
    typingOn: false,
    typingSentAt: 0,
    typingIdleTimer: null,
    unread: 0,
    lastEsc: 0,
    overLimit: false,
  };

  // ------------------------------------------------------------------ small helpers

  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (e) {
      /* private mode or storage full: the chat still works, it just won't survive a reload */
    }
  }

  function storageClear() {
    try {
      window.sessionStorage.clear();
    } catch (e) {
      /* nothing to clear */
    }
  }

  // The browser id: 32 random hex characters, renewed after a day.
  function browserSession() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(BROWSER_KEY) || "null");
      if (
        saved &&
        typeof saved.id === "string" &&
        /^[0-9a-f]{32}$/.test(saved.id) &&
        typeof saved.expires === "number" &&
        saved.expires > Date.now()
      ) {
        return saved.id;
      }
    } catch (e) {
      /* unreadable or no storage: make a new one */
    }
    let id = null;
    try {
      const bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    } catch (e) {
      return null; // no crypto: open without one
    }
    try {
      window.localStorage.setItem(
        BROWSER_KEY,
        JSON.stringify({ id: id, expires: Date.now() + BROWSER_TTL_MS })
      );
    } catch (e) {
      /* private mode: the id lasts as long as the page */
    }
    return id;
  }

  function forgetBrowserSession() {
    try {
      window.localStorage.removeItem(BROWSER_KEY);
    } catch (e) {
      /* nothing to forget */
    }
  }

  function t(key, params) {
    const dict = I18N[state.lang] || I18N.en || {};
    let text = dict[key];
    if (text == null && I18N.en) text = I18N.en[key];
    if (text == null) return key;
    if (params) {
      text = text.replace(/\{(\w+)\}/g, (match, name) =>
        Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
      );
    }
    return text;
  }

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  function announce(text) {
    ui.announcer.textContent = "";
    // A new text node in a fresh task, so screen readers notice the change.
    window.setTimeout(() => {
      ui.announcer.textContent = text;
    }, 50);
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function charCount(text) {
    // The server counts Unicode code points; short texts cannot be over the limit.
    if (text.length <= COUNTER_FROM) return text.length;
    let n = 0;
    for (const _ of text) n += 1; // eslint-disable-line no-unused-vars
    return n;
  }

  function safeExitUrl(raw) {
    try {
      const url = new URL(String(raw), window.location.href);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch (e) {
      /* fall through */
    }
    return DEFAULT_EXIT_URL;
  }

  async function api(path, options) {
    const init = Object.assign(
      { credentials: "omit", cache: "no-store", headers: { Accept: "application/json" } },
      options || {},
    );
    const response = await fetch(API + path, init);
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    return { ok: response.ok, status: response.status, body };
  }

  // ------------------------------------------------------------------ language

  function detectLanguage() {
    const saved = storageGet(LANG_KEY);
    if (LANGS.includes(saved)) return saved;
    const list =
      navigator.languages && navigator.languages.length
        ? navigator.languages
        : [navigator.language || ""];
    for (const tag of list) {
      const base = String(tag).toLowerCase().split(/[-_]/)[0];
      if (base === "nb" || base === "no" || base === "nn") return "nb";
      // Swedish in Finland (sv-FI) and in Sweden (sv-SE) alike.
      if (base === "fi" || base === "sv" || base === "en") return base;
    }
    return "en";
  }

  function setLanguage(lang) {
    state.lang = LANGS.includes(lang) ? lang : "en";
    storageSet(LANG_KEY, state.lang);
    renderAll();
  }

  function intlLocale() {
    // The browser's own variant of the chosen language (en-GB: 24-hour clock), if it has one.
    const list = navigator.languages || [];
    for (const tag of list) {
      const base = String(tag).toLowerCase().split(/[-_]/)[0];
      if ((base === "no" ? "nb" : base) === state.lang) return tag;
    }
    return state.lang;
  }

  function languageName(code) {
    try {
      const names = new Intl.DisplayNames([intlLocale(), state.lang], { type: "language" });
      return names.of(code) || code;
    } catch (e) {
      return code;
    }
  }

  function formatClock(hhmm) {
    const parts = String(hhmm).split(":");
    const date = new Date(Date.UTC(2024, 0, 1, Number(parts[0]) || 0, Number(parts[1]) || 0));
    try {
      return new Intl.DateTimeFormat([intlLocale(), state.lang], {
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: "UTC",
      }).format(date);
    } catch (e) {
      return hhmm;
    }
  }

  function formatTime(unixSeconds) {
    try {
      return new Intl.DateTimeFormat([intlLocale(), state.lang], {
        hour: "2-digit",
        minute: "2-digit",
      }).format(new Date(unixSeconds * 1000));
    } catch (e) {
      return "";
    }
  }

  function dayName(day, style) {
    // 2024-01-01 was a Monday; protocol weekdays are 0 = Monday.
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    try {
      return new Intl.DateTimeFormat([intlLocale(), state.lang], { weekday: style, timeZone: "UTC" }).format(date);
    } catch (e) {
      return String(day);
    }
  }

  function formatDays(days) {
    const sorted = Array.from(new Set(days)).sort((a, b) => a - b);
    const runs = [];
    for (const day of sorted) {
      const last = runs[runs.length - 1];
      if (last && day === last[1] + 1) last[1] = day;
      else runs.push([day, day]);
    }
    const out = [];
    for (const [from, to] of runs) {
      if (to - from >= 2) out.push(dayName(from, "short") + "–" + dayName(to, "short"));
      else for (let d = from; d <= to; d += 1) out.push(dayName(d, "short"));
    }
    return out.join(", ");
  }

  function minutesOf(hhmm) {
    const parts = String(hhmm).split(":");
    return (Number(parts[0]) || 0) * 60 + (Number(parts[1]) || 0);
  }

  function nowInZone(timeZone) {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date());
    const get = (type) => (parts.find((p) => p.type === type) || {}).value;
    const days = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
    return { day: days[get("weekday")] || 0, minute: (Number(get("hour")) % 24) * 60 + Number(get("minute")) };
  }

  function nextOpening(service) {
    let now;
    try {
      now = nowInZone(service.timezone);
    } catch (e) {
      return null;
    }
    let best = null;
    for (const window_ of service.opening_hours || []) {
      const start = minutesOf(window_.start);
      for (let offset = 0; offset <= 7; offset += 1) {
        const day = (now.day + offset) % 7;
        if (!window_.days.includes(day)) continue;
        if (offset === 0 && start <= now.minute) continue;
        const delta = offset * 1440 + start - now.minute;
        if (!best || delta < best.delta) best = { delta, offset, day, start: window_.start };
        break;
      }
    }
    return best;
  }

  function timezoneNote(service) {
    let local = "";
    try {
      local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      local = "";
    }
    if (!service.timezone || service.timezone === local) return "";
    const city = service.timezone.split("/").pop().replace(/_/g, " ");
    return t("timezoneNote", { city });
  }

  // ------------------------------------------------------------------ static texts

  function renderStatic() {
    document.documentElement.lang = state.lang;
    ui.langSelect.value = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      setText(node, t(node.getAttribute("data-i18n")));
    }
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.setAttribute("placeholder", t(node.getAttribute("data-i18n-placeholder")));
    }
    renderTitle();
  }

  function renderTitle() {
    const base = t("pageTitle");
    document.title = state.unread > 0 ? "(" + state.unread + ") " + base : base;
  }

  function renderAll() {
    renderStatic();
    renderStart();
    renderChat();
  }

  // ------------------------------------------------------------------ start screen

  function selectedService() {
    if (!state.services) return null;
    return state.services.find((s) => s.slug === state.selected) || null;
  }

  function bestDefault(services) {
    const speaks = (s) => Array.isArray(s.languages) && s.languages.includes(state.lang);
    return (
      services.find((s) => s.open_now && !s.queue_full && speaks(s)) ||
      services.find((s) => s.open_now && !s.queue_full) ||
      services.find(speaks) ||
      services[0] ||
      null
    );
  }

  async function loadServices(quiet) {
    try {
      const result = await api("/services");
      if (!result.ok || !Array.isArray(result.body)) throw new Error("bad answer");
      state.services = result.body.filter((s) => s && typeof s.slug === "string");
      state.servicesFailed = false;
    } catch (e) {
      if (!quiet || !state.services) state.servicesFailed = true;
    }
    if (state.services) {
      if (state.fixedSlug) {
        state.slugMissing = !state.services.some((s) => s.slug === state.fixedSlug);
        if (!state.slugMissing && !state.selected) state.selected = state.fixedSlug;
      }
      if (!selectedService()) {
        const best = bestDefault(state.services);
        state.selected = best ? best.slug : null;
      }
    }
    renderStart();
  }

  async function loadConfig() {
    try {
      const result = await api("/visitor/config");
      if (result.ok && result.body && typeof result.body.url === "string") {
        state.quickExitUrl = safeExitUrl(result.body.url);
      }
    } catch (e) {
      /* keep the default quick-exit address */
    }
  }

  function serviceDetails(service, container) {
    const name = document.createElement("span");
    name.className = "service-name";
    name.textContent = service.name;
    container.append(name);

    if (service.audience) {
      const audience = document.createElement("span");
      audience.className = "service-audience";
      audience.textContent = service.audience;
      container.append(audience);
    }

    if (Array.isArray(service.languages) && service.languages.length) {
      const langs = document.createElement("span");
      langs.className = "service-langs";
      langs.textContent = t("serviceLanguages", {
        list: service.languages.map(languageName).join(", "),
      });
      container.append(langs);
    }

    const badge = document.createElement("span");
    let badgeKey = "serviceOpenNow";
    let badgeClass = "open";
    if (!service.open_now) {
      badgeKey = "serviceClosedNow";
      badgeClass = "closed";
    } else if (service.queue_full) {
      badgeKey = "serviceQueueFull";
      badgeClass = "full";
    }
    badge.className = "badge " + badgeClass;
    badge.textContent = t(badgeKey);
    container.append(badge);
  }

  function renderServiceList() {
    ui.serviceList.replaceChildren();
    for (const service of state.services) {
      const label = document.createElement("label");
      label.className = "service-option";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "service";
      input.value = service.slug;
      input.checked = service.slug === state.selected;
      input.addEventListener("change", () => {
        state.selected = service.slug;
        state.startErrorKey = null;
        renderStart();
      });
      const text = document.createElement("span");
      text.className = "service-text";
      serviceDetails(service, text);
      label.append(input, text);
      ui.serviceList.append(label);
    }
  }

  function renderStartNotice(service) {
    const notice = ui.startNotice;
    notice.replaceChildren();
    notice.classList.remove("visible");
    if (!service) return false;
    if (service.open_now && !service.queue_full) return false;

    const title = document.createElement("p");
    title.className = "notice-title";
    const body = document.createElement("p");
    notice.append(title, body);

    if (!service.open_now) {
      title.textContent = t("closedTitle");
      body.textContent = t("closedBody");
      const next = nextOpening(service);
      if (next) {
        const when = document.createElement("p");
        const time = formatClock(next.start);
        if (next.offset === 0) when.textContent = t("opensToday", { time });
        else if (next.offset === 1) when.textContent = t("opensTomorrow", { time });
        else when.textContent = t("opensOn", { day: dayName(next.day, "long"), time });
        notice.append(when);
      }
      const windows = service.opening_hours || [];
      if (windows.length) {
        const heading = document.createElement("p");
        heading.className = "hours-heading";
        heading.textContent = t("openingHours");
        const list = document.createElement("ul");
        list.className = "hours";
        for (const w of windows) {
          const item = document.createElement("li");
          item.textContent =
            formatDays(w.days) + " " + formatClock(w.start) + "–" + formatClock(w.end);
          list.append(item);
        }
        notice.append(heading, list);
        const note = timezoneNote(service);
        if (note) {
          const tz = document.createElement("p");
          tz.className = "muted small";
          tz.textContent = note;
          notice.append(tz);
        }
      }
    } else {
      title.textContent = t("queueFullTitle");
      body.textContent = t("queueFullBody");
    }
    const emergency = document.createElement("p");
    emergency.className = "emergency";
    emergency.textContent = t("emergency");
    notice.append(emergency);
    notice.classList.add("visible");
    return true;
  }

  function renderStart() {
    const services = state.services;
    ui.servicesLoading.hidden = services !== null || state.servicesFailed;
    ui.loadError.hidden = !state.servicesFailed || services !== null;
    ui.notFound.hidden = !(services && state.slugMissing);

    const fixed = services && state.fixedSlug && !state.slugMissing && !state.showAll;
    const single = services && (fixed || services.length === 1);
    ui.picker.hidden = !services || single || services.length === 0;
    ui.single.hidden = !single;
    ui.showAll.hidden = !(fixed && services.length > 1);

    if (services) {
      if (single) {
        ui.single.replaceChildren();
        const service = fixed ? selectedService() : services[0];
        if (service) {
          state.selected = service.slug;
          serviceDetails(service, ui.single);
        }
      } else {
        renderServiceList();
      }
    }

    const service = selectedService();
    const blocked = renderStartNotice(service);
    ui.startEmergency.hidden = blocked;
    ui.startButton.hidden = !services || !service || !service.open_now;
    ui.startButton.disabled = state.starting;
    setText(ui.startButton, t(state.starting ? "starting" : "startButton"));
    setText(ui.startError, state.startErrorKey ? t(state.startErrorKey) : "");
  }

  function conversationLanguage(service) {
    const langs = Array.isArray(service.languages) ? service.languages : [];
    if (langs.includes(state.lang)) return state.lang;
    if (langs.includes("en")) return "en";
    return langs[0] || state.lang;
  }

  async function startChat() {
    if (state.starting) return;
    const service = selectedService();
    if (!service) {
      state.startErrorKey = "chooseFirst";
      renderStart();
      return;
    }
    state.starting = true;
    state.startErrorKey = null;
    renderStart();
    let result = null;
    const opening = { service: service.slug, language: conversationLanguage(service) };
    const browser = browserSession();
    if (browser) opening.session = browser;
    try {
      result = await api("/visitor/conversations", {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/json" },
        body: JSON.stringify(opening),
      });
    } catch (e) {
      result = null;
    }
    state.starting = false;
    if (result && result.status === 201 && result.body && typeof result.body.token === "string") {
      state.session = {
        token: result.body.token,
        service: result.body.service,
        conversation: result.body.conversation,
        pending: [],
      };
      saveSession();
      renderStart();
      enterChat();
      return;
    }
    const code = result && result.body ? result.body.code : null;
    if (!result) {
      state.startErrorKey = "networkError";
    } else if (code === "service_closed") {
      service.open_now = false;
      loadServices(true);
    } else if (code === "queue_full") {
      service.queue_full = true;
    } else if (code === "blocked") {
      state.startErrorKey = "blocked";
    } else if (code === "rate_limited" || result.status === 429) {
      state.startErrorKey = "rateLimited";
    } else if (code === "not_found" || result.status === 404) {
      state.startErrorKey = "serviceGone";
      state.showAll = true;
      state.selected = null;
      loadServices(true);
    } else {
      state.startErrorKey = "startFailed";
    }
    renderStart();
  }

  // ------------------------------------------------------------------ session storage

  function saveSession() {
    if (!state.session || state.ended) return;
    state.session.pending = [];
    for (const p of state.pending.values()) {
      if (p.status === "sending") state.session.pending.push({ id: p.id, text: p.text });
    }
    storageSet(STORE_KEY, JSON.stringify(state.session));
  }

  function loadSession() {
    const raw = storageGet(STORE_KEY);
    if (!raw) return null;
    try {
      const session = JSON.parse(raw);
      if (!session || typeof session.token !== "string" || !session.token) return null;
      session.pending = Array.isArray(session.pending)
        ? session.pending.filter((p) => p && typeof p.id === "string" && typeof p.text === "string")
        : [];
      return session;
    } catch (e) {
      return null;
    }
  }

  function forgetSession() {
    storageClear();
    storageSet(LANG_KEY, state.lang);
  }

  // ------------------------------------------------------------------ chat screen

  function enterChat() {
    state.ended = false;
    state.endedBy = null;
    state.stopped = false;
    state.fatal = false;
    state.elsewhereKey = null;
    ui.startScreen.hidden = true;
    ui.chatScreen.hidden = false;
    document.body.classList.add("in-chat");
    for (const saved of state.session.pending) {
      if (!state.pending.has(saved.id)) {
        const p = { id: saved.id, text: saved.text, status: "sending", retryable: true };
        p.el = renderOwnPending(p);
        state.pending.set(p.id, p);
      }
    }
    renderChat();
    connect();
    ui.message.focus();
  }

  function leaveChatScreen() {
    dropSocket();
    state.session = null;
    state.status = null;
    state.releasedBack = false;
    state.ended = false;
    state.endedBy = null;
    state.stopped = false;
    state.everWelcomed = false;
    state.attempt = 0;
    state.lastSeq = 0;
    state.lastHostSeq = 0;
    state.readSent = 0;
    state.hostReadUpto = 0;
    state.bySeq.clear();
    state.pending.clear();
    state.hostTyping = false;
    state.unread = 0;
    ui.transcript.replaceChildren();
    ui.message.value = "";
    ui.chatScreen.hidden = true;
    ui.startScreen.hidden = false;
    document.body.classList.remove("in-chat");
    renderAll();
    loadServices(true);
    ui.startButton.focus();
  }

  function statusText() {
    if (state.ended) return "";
    const status = state.status;
    if (!status) return t("connecting");
    if (status.status === "queued") {
      const parts = [];
      if (state.releasedBack) parts.push(t("queueBack"));
      if (typeof status.position === "number") parts.push(t("queuePosition", { n: status.position }));
      if (typeof status.estimated_wait === "number" && status.estimated_wait >= 0) {
        const minutes = Math.round(status.estimated_wait / 60);
        if (minutes < 1) parts.push(t("queueWaitShort"));
        else if (minutes === 1) parts.push(t("queueWaitOne"));
        else parts.push(t("queueWaitMany", { n: minutes }));
      }
      return parts.join(" ");
    }
    if (status.status === "active") return t("hostHere");
    return "";
  }

  function renderChat() {
    const status = state.status;
    const queued = !state.ended && status && status.status === "queued";
    setText(ui.chatStatus, statusText());
    ui.chatStatus.classList.toggle("active", !!(status && status.status === "active"));
    ui.queueHint.hidden = !queued || state.bySeq.size > 0 || state.pending.size > 0;

    let connectionText = "";
    if (!state.ended && !state.welcomed && !state.elsewhereKey) {
      if (state.fatal) connectionText = t("reloadNeeded");
      else if (state.everWelcomed || state.attempt > 1) connectionText = t("reconnecting");
    }
    setText(ui.connection, connectionText);

    ui.elsewhere.hidden = !state.elsewhereKey || state.ended;
    if (state.elsewhereKey) setText(ui.elsewhereText, t(state.elsewhereKey));

    setText(ui.typing, state.hostTyping && !state.ended ? t("hostTyping") : "");
    ui.typing.classList.toggle("on", state.hostTyping && !state.ended);

    ui.composer.hidden = state.ended;
    ui.chatHead.hidden = state.ended;
    if (state.ended) ui.endConfirm.hidden = true;
    ui.endedPanel.hidden = !state.ended;
    setText(ui.endedReason, endedText(state.endedBy));

    for (const node of ui.transcript.children) relabel(node);
    renderCounter();
    renderTitle();
  }

  function endedText(reason) {
    switch (reason) {
      case "host":
        return t("endedByHost");
      case "visitor":
        return t("endedByVisitor");
      case "inactivity":
        return t("endedByInactivity");
      case "visitor_gone":
        return t("endedByGone");
      case "blocked": // said neutrally, like any other end
      default:
        return t("endedOther");
    }
  }

  // ------------------------------------------------------------------ transcript

  function isNearBottom() {
    const box = ui.transcript;
    return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  }

  function scrollToBottom() {
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
    ui.jump.hidden = true;
  }

  function place(node, seq) {
    node.dataset.seq = String(seq);
    delete node.dataset.pending;
    let before = null;
    for (const child of ui.transcript.children) {
      if (child === node) continue;
      if (child.dataset.pending === "1" || Number(child.dataset.seq) > seq) {
        before = child;
        break;
      }
    }
    if (node.parentNode === ui.transcript && node.nextElementSibling === before) return;
    ui.transcript.insertBefore(node, before);
  }

  // Senders whose messages the visitor reads as answers from the service's people.
  function fromStaff(sender) {
    return sender === "host" || sender === "supervisor";
  }

  function buildMessage(sender, text, createdAt) {
    const node = document.createElement("div");
    node.className = "msg msg-" + sender;
    node.dataset.sender = sender;

    const who = document.createElement("span");
    who.className = "msg-who";
    if (sender === "visitor") who.classList.add("visually-hidden");
    node.append(who);

    const bubble = document.createElement("p");
    bubble.className = "bubble";
    bubble.dir = "auto";
    bubble.textContent = text;
    node.append(bubble);

    const meta = document.createElement("span");
    meta.className = "msg-meta";
    const time = document.createElement("time");
    time.className = "msg-time";
    time.dataset.at = String(createdAt);
    meta.append(time);
    if (sender === "visitor") {
      const delivery = document.createElement("span");
      delivery.className = "msg-state";
      meta.append(delivery);
    }
    node.append(meta);
    return node;
  }

  function relabel(node) {
    if (node.dataset.key) {
      setText(node, t(node.dataset.key));
      return;
    }
    const who = node.querySelector(".msg-who");
    if (who) {
      const key = SENDER_LABELS.get(node.dataset.sender);
      setText(who, key ? t(key) : "");
    }
    const time = node.querySelector(".msg-time");
    if (time && time.dataset.at) {
      const at = Number(time.dataset.at);
      setText(time, formatTime(at));
      time.dateTime = new Date(at * 1000).toISOString();
    }
    const delivery = node.querySelector(".msg-state");
    if (delivery) {
      const stateKey = {
        sending: "statusSending",
        sent: "statusSent",
        read: "statusRead",
        failed: "statusFailed",
      }[node.dataset.state];
      setText(delivery, stateKey ? t(stateKey) : "");
      const retry = node.querySelector(".msg-retry");
      if (retry) setText(retry, t("retrySend"));
      const reason = node.querySelector(".msg-reason");
      if (reason && reason.dataset.key) setText(reason, t(reason.dataset.key));
    }
  }

  function setDelivery(node, value) {
    node.dataset.state = value;
    node.classList.toggle("is-pending", value === "sending");
    node.classList.toggle("is-failed", value === "failed");
    if (value !== "failed") {
      for (const extra of node.querySelectorAll(".msg-retry, .msg-reason")) extra.remove();
    }
    relabel(node);
  }

  function renderOwnPending(p) {
    const node = buildMessage("visitor", p.text, Date.now() / 1000);
    node.dataset.pending = "1";
    node.dataset.clientId = p.id;
    setDelivery(node, "sending");
    ui.transcript.append(node);
    return node;
  }

  function addMessage(message) {
    const nearBottom = isNearBottom();
    const pending =
      message.sender === "visitor" && message.client_id ? state.pending.get(message.client_id) : null;
    let node;
    if (pending) {
      state.pending.delete(message.client_id);
      node = pending.el;
      node.querySelector(".msg-time").dataset.at = String(message.created_at);
      place(node, message.seq);
      setDelivery(node, message.seq <= state.hostReadUpto ? "read" : "sent");
      saveSession();
    } else {
      node = buildMessage(message.sender, message.text, message.created_at);
      place(node, message.seq);
      if (message.sender === "visitor") {
        setDelivery(node, message.seq <= state.hostReadUpto ? "read" : "sent");
      } else {
        relabel(node);
      }
    }
    state.bySeq.set(message.seq, node);
    if (message.sender === "visitor" || nearBottom) scrollToBottom();
    else ui.jump.hidden = false;
  }

  function addNotice(key) {
    const nearBottom = isNearBottom();
    const node = document.createElement("p");
    node.className = "notice-line";
    node.dataset.key = key;
    node.textContent = t(key);
    place(node, state.lastSeq + 0.5);
    if (nearBottom) scrollToBottom();
  }

  // ------------------------------------------------------------------ connection

  function wsUrl() {
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    return scheme + "//" + window.location.host + API + "/visitor/ws";
  }

  function sendFrame(frame) {
    const ws = state.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    if (!state.welcomed && frame.type !== "hello") return false;
    try {
      ws.send(JSON.stringify(frame));
      return true;
    } catch (e) {
      return false;
    }
  }

  function connect() {
    window.clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    if (state.stopped || state.ended || !state.session || state.ws || state.exiting) return;
    let ws;
    try {
      ws = new WebSocket(wsUrl());
    } catch (e) {
      scheduleReconnect();
      return;
    }
    state.ws = ws;
    state.welcomed = false;
    ws.onopen = () => {
      if (state.ws !== ws) return;
      state.lastReceived = Date.now();
      sendFrame({ type: "hello", token: state.session.token, protocol: PROTOCOL, after: state.lastSeq });
    };
    ws.onmessage = (event) => {
      if (state.ws !== ws) return;
      state.lastReceived = Date.now();
      let frame = null;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (frame && typeof frame.type === "string") handleFrame(frame);
    };
    ws.onclose = () => {
      if (state.ws !== ws) return;
      state.ws = null;
      afterDisconnect();
    };
    ws.onerror = () => {
      /* a close event follows */
    };
  }

  function dropSocket() {
    const ws = state.ws;
    if (!ws) return;
    state.ws = null;
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    try {
      ws.close(1000);
    } catch (e) {
      /* already closed */
    }
    afterDisconnect();
  }

  function afterDisconnect() {
    state.welcomed = false;
    state.typingOn = false;
    state.hostTyping = false;
    window.clearInterval(state.pingTimer);
    state.pingTimer = null;
    if (!state.stopped && !state.ended && state.session) scheduleReconnect();
    if (state.session) renderChat();
  }

  function scheduleReconnect() {
    if (state.reconnectTimer || state.stopped || state.ended || state.exiting) return;
    const base = Math.min(BACKOFF_MAX_MS, 1000 * Math.pow(2, state.attempt));
    const delay = Math.round(base * (0.5 + Math.random() * 0.5));
    state.attempt += 1;
    state.reconnectTimer = window.setTimeout(() => {
      state.reconnectTimer = null;
      connect();
    }, delay);
  }

  function reconnectNow() {
    if (state.ws || state.stopped || state.ended || !state.session) return;
    connect();
  }

  function startPing() {
    window.clearInterval(state.pingTimer);
    state.pingTimer = window.setInterval(() => {
      if (!state.ws) return;
      if (Date.now() - state.lastReceived > STALE_MS) {
        dropSocket(); // silent for too long: start over
        return;
      }
      sendFrame({ type: "ping" });
    }, PING_MS);
  }

  // ------------------------------------------------------------------ frames from the server

  function handleFrame(frame) {
    switch (frame.type) {
      case "welcome":
        state.welcomed = true;
        state.everWelcomed = true;
        state.needFlush = true;
        state.attempt = 0;
        if (state.session && typeof frame.conversation === "string") {
          state.session.conversation = frame.conversation;
        }
        startPing();
        renderChat();
        break;
      case "message":
        onMessage(frame.message);
        break;
      case "status":
        onStatus(frame);
        break;
      case "ack":
        onAck(frame.id, frame.seq);
        break;
      case "typing":
        state.hostTyping = !!frame.typing;
        renderChat();
        break;
      case "read":
        onRead(frame.upto);
        break;
      case "error":
        onError(frame);
        break;
      case "goodbye":
        onGoodbye(frame);
        break;
      default:
        break; // pong and anything newer
    }
  }

  function onMessage(message) {
    if (!message || typeof message.seq !== "number" || typeof message.text !== "string") return;
    if (state.bySeq.has(message.seq)) return;
    if (message.seq > state.lastSeq) state.lastSeq = message.seq;
    if (message.seq === state.lastSeq) state.lastWasSystem = message.sender === "system";
    addMessage(message);
    if (fromStaff(message.sender)) {
      // The typing indicator is the host's: a supervisor's message does not end it.
      if (message.sender === "host") state.hostTyping = false;
      if (message.seq > state.lastHostSeq) state.lastHostSeq = message.seq;
      if (document.visibilityState !== "visible") state.unread += 1;
      maybeSendRead();
    }
    renderChat();
  }

  function onStatus(frame) {
    const previous = state.status;
    state.status = frame;
    if (frame.status === "ended") {
      endChat(frame.ended_by || null);
      return;
    }
    if (previous && previous.status === "queued" && frame.status === "active") {
      state.releasedBack = false;
      addNotice("hostJoined");
    }
    if (previous && previous.status === "active" && frame.status === "queued") {
      state.releasedBack = !state.lastWasSystem;
    }
    if (frame.status === "active") state.releasedBack = false;
    if (state.needFlush) {
      // Sent after the replay, so messages the server already has are matched first.
      state.needFlush = false;
      flushPending();
    }
    maybeSendRead();
    renderChat();
  }

  function onAck(id, seq) {
    const p = state.pending.get(id);
    if (!p || typeof seq !== "number") return;
    state.pending.delete(id);
    place(p.el, seq);
    state.bySeq.set(seq, p.el);
    if (seq > state.lastSeq) state.lastSeq = seq;
    setDelivery(p.el, seq <= state.hostReadUpto ? "read" : "sent");
    saveSession();
    renderChat();
  }

  function onRead(upto) {
    if (typeof upto !== "number" || upto <= state.hostReadUpto) return;
    state.hostReadUpto = upto;
    for (const [seq, node] of state.bySeq) {
      if (seq <= upto && node.dataset.sender === "visitor") setDelivery(node, "read");
    }
  }

  function onError(frame) {
    const p = frame.id ? state.pending.get(frame.id) : null;
    switch (frame.code) {
      case "no_conversation":
        endChat(null);
        return;
      case "conversation_ended":
        endChat(state.status && state.status.ended_by ? state.status.ended_by : null);
        return;
      case "protocol_mismatch":
        state.fatal = true;
        state.stopped = true;
        renderChat();
        return;
      case "rate_limited":
        if (p) {
          const wait = Math.max(500, Math.ceil((Number(frame.retry_after) || 1) * 1000));
          window.setTimeout(() => {
            if (state.pending.get(p.id) === p && p.status === "sending") sendPending(p);
          }, wait);
        }
        return;
      case "message_too_long":
        if (p) markFailed(p, "sendFailedTooLong", false);
        return;
      case "empty_message":
      case "invalid_text":
      case "invalid_frame":
        if (p) markFailed(p, null, false);
        return;
      default:
        if (p) markFailed(p, null, true);
    }
  }

  function onGoodbye(frame) {
    if (frame.reconnect) return; // the close follows; we come back with backoff
    state.stopped = true;
    state.elsewhereKey = frame.reason === "opened_elsewhere" ? "openedElsewhere" : "connectionClosed";
    renderChat();
  }

  // ------------------------------------------------------------------ sending

  function sendPending(p) {
    sendFrame({ type: "send", id: p.id, text: p.text });
  }

  function flushPending() {
    for (const p of state.pending.values()) {
      if (p.status === "sending") sendPending(p);
    }
  }

  function markFailed(p, reasonKey, retryable) {
    p.status = "failed";
    p.retryable = retryable;
    const node = p.el;
    setDelivery(node, "failed");
    const meta = node.querySelector(".msg-meta");
    if (reasonKey) {
      const reason = document.createElement("span");
      reason.className = "msg-reason";
      reason.dataset.key = reasonKey;
      reason.textContent = t(reasonKey);
      meta.append(reason);
    }
    if (retryable) {
      const retry = document.createElement("button");
      retry.type = "button";
      retry.className = "msg-retry link-button";
      retry.textContent = t("retrySend");
      retry.addEventListener("click", () => {
        p.status = "sending";
        setDelivery(node, "sending");
        saveSession();
        sendPending(p);
      });
      meta.append(retry);
    }
    saveSession();
    announce(t("statusFailed"));
  }

  function submitMessage() {
    if (state.ended) return;
    const text = ui.message.value;
    if (!text.trim()) return;
    if (charCount(text) > MAX_CHARS) {
      renderCounter();
      ui.message.focus();
      return;
    }
    const p = { id: newId(), text, status: "sending", retryable: true };
    p.el = renderOwnPending(p);
    state.pending.set(p.id, p);
    saveSession();
    ui.message.value = "";
    autoGrow();
    stopTyping();
    sendPending(p);
    scrollToBottom();
    renderChat();
  }

  function renderCounter() {
    const text = ui.message.value;
    const n = charCount(text);
    const over = n > MAX_CHARS;
    ui.counter.hidden = n < COUNTER_FROM;
    ui.counter.classList.toggle("over", over);
    setText(ui.counter, over ? t("tooLong", { n, max: MAX_CHARS }) : t("counter", { n, max: MAX_CHARS }));
    ui.sendButton.setAttribute("aria-disabled", over || !text.trim() ? "true" : "false");
    ui.message.setAttribute("aria-invalid", over ? "true" : "false");
    if (over && !state.overLimit) announce(t("tooLong", { n, max: MAX_CHARS }));
    state.overLimit = over;
  }

  function autoGrow() {
    const box = ui.message;
    box.style.height = "auto";
    const max = Math.max(120, Math.round(window.innerHeight * 0.3));
    box.style.height = Math.min(box.scrollHeight + 2, max) + "px";
  }

  // ------------------------------------------------------------------ typing and reading

  function onInput() {
    autoGrow();
    renderCounter();
    if (!ui.message.value.trim()) {
      stopTyping();
      return;
    }
    const now = Date.now();
    if (!state.typingOn || now - state.typingSentAt >= TYPING_REPEAT_MS) {
      if (sendFrame({ type: "typing", typing: true })) {
        state.typingOn = true;
        state.typingSentAt = now;
      }
    }
    window.clearTimeout(state.typingIdleTimer);
    state.typingIdleTimer = window.setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function stopTyping() {
    window.clearTimeout(state.typingIdleTimer);
    state.typingIdleTimer = null;
    if (state.typingOn) {
      state.typingOn = false;
      sendFrame({ type: "typing", typing: false });
    }
  }

  function maybeSendRead() {
    if (document.visibilityState !== "visible" || !state.welcomed) return;
    if (state.lastHostSeq > state.readSent && sendFrame({ type: "read", seq: state.lastHostSeq })) {
      state.readSent = state.lastHostSeq;
    }
  }

  // ------------------------------------------------------------------ ending

  function endChat(reason) {
    if (state.ended) return;
    state.ended = true;
    state.endedBy = reason;
    state.stopped = true;
    state.hostTyping = false;
    window.clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    window.clearTimeout(state.typingIdleTimer);
    for (const p of state.pending.values()) {
      if (p.status === "sending") {
        p.status = "failed";
        setDelivery(p.el, "failed");
      }
    }
    forgetSession();
    renderChat();
    ui.endedPanel.focus();
  }

  function sendLeaveSeparately(token) {
    // Not connected right now: open a short-lived socket just to say we are leaving.
    try {
      const ws = new WebSocket(wsUrl());
      const timer = window.setTimeout(() => ws.close(), 10000);
      ws.onopen = () => {
        ws.send(JSON.stringify({ type: "hello", token, protocol: PROTOCOL, after: state.lastSeq }));
        ws.send(JSON.stringify({ type: "leave" }));
      };
      ws.onmessage = (event) => {
        let frame = null;
        try {
          frame = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (frame && (frame.type === "error" || (frame.type === "status" && frame.status === "ended"))) {
          window.clearTimeout(timer);
          ws.close();
        }
      };
    } catch (e) {
      /* best effort: the server ends abandoned chats by itself */
    }
  }

  function confirmLeave() {
    if (!state.session) return;
    const token = state.session.token;
    stopTyping();
    if (!sendFrame({ type: "leave" })) {
      dropSocket();
      sendLeaveSeparately(token);
    }
    endChat("visitor");
  }

  function showConfirm(show) {
    ui.endConfirm.hidden = !show;
    ui.endButton.setAttribute("aria-expanded", show ? "true" : "false");
    if (show) ui.endNo.focus();
    else ui.endButton.focus();
  }

  // ------------------------------------------------------------------ quick exit

  function quickExit() {
    if (state.exiting) return;
    state.exiting = true;
    const url = safeExitUrl(state.quickExitUrl);
    state.stopped = true;
    const ws = state.ws;
    if (ws && ws.readyState === WebSocket.OPEN) {
      try {
        ws.send(JSON.stringify({ type: "leave" })); // best effort; the hello went first
        ws.close(1000);
      } catch (e) {
        /* leaving anyway */
      }
    }
    storageClear();
    forgetBrowserSession();
    try {
      document.title = "";
      document.body.replaceChildren();
    } catch (e) {
      /* leaving anyway */
    }
    window.location.replace(url);
  }

  // ------------------------------------------------------------------ wiring

  function wire() {
    ui.langSelect.addEventListener("change", () => setLanguage(ui.langSelect.value));
    ui.quickExit.addEventListener("click", quickExit);
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - state.lastEsc < ESC_WINDOW_MS) {
        quickExit();
        return;
      }
      state.lastEsc = now;
      if (!ui.endConfirm.hidden) showConfirm(false);
    });

    ui.reloadServices.addEventListener("click", () => {
      state.servicesFailed = false;
      renderStart();
      loadServices(false);
    });
    ui.showAll.addEventListener("click", () => {
      state.showAll = true;
      renderStart();
      const first = ui.serviceList.querySelector("input:checked") || ui.serviceList.querySelector("input");
      if (first) first.focus();
    });
    ui.startButton.addEventListener("click", startChat);

    ui.composer.addEventListener("submit", (event) => {
      event.preventDefault();
      submitMessage();
    });
    ui.message.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        submitMessage();
      }
    });
    ui.message.addEventListener("input", onInput);
    ui.message.addEventListener("blur", () => {
      if (!ui.message.value.trim()) stopTyping();
    });

    ui.endButton.addEventListener("click", () => showConfirm(ui.endConfirm.hidden));
    ui.endNo.addEventListener("click", () => showConfirm(false));
    ui.endYes.addEventListener("click", confirmLeave);
    ui.newChat.addEventListener("click", leaveChatScreen);
    ui.continueHere.addEventListener("click", () => {
      state.elsewhereKey = null;
      state.stopped = false;
      state.attempt = 0;
      renderChat();
      connect();
    });

    ui.jump.addEventListener("click", () => {
      scrollToBottom();
      ui.transcript.focus();
    });
    ui.transcript.addEventListener("scroll", () => {
      if (isNearBottom()) ui.jump.hidden = true;
    });

    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") {
        state.unread = 0;
        renderTitle();
        maybeSendRead();
        reconnectNow();
      }
    });
    window.addEventListener("online", () => {
      window.clearTimeout(state.reconnectTimer);
      state.reconnectTimer = null;
      state.attempt = 0;
      reconnectNow();
    });
    window.addEventListener("resize", autoGrow);
    window.setInterval(() => {
      if (!ui.startScreen.hidden && document.visibilityState === "visible") loadServices(true);
    }, SERVICES_REFRESH_MS);
  }

  function init() {
    state.lang = detectLanguage();
    const match = window.location.pathname.match(/^\/chat\/([^/]+)\/?$/);
    if (match) {
      try {
        state.fixedSlug = decodeURIComponent(match[1]).toLowerCase();
      } catch (e) {
        state.fixedSlug = null;
      }
    }
    wire();
    renderStatic();
    loadConfig();
    state.session = loadSession();
    if (state.session) {
      ui.startScreen.hidden = true;
      enterChat();
    } else {
      renderStart();
    }
    loadServices(false);
  }

  init();
})();
