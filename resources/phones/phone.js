// Atelier's phone page: type a note, send it, see "ontvangen". Texts are only ever set as text
// (textContent, value), never as markup. A note waits in this phone's outbox (localStorage)
// until the laptop confirms it, and keeps its id when resent, so it arrives exactly once.
"use strict";

(function () {
  const base = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
  const token = base.split("/").filter(Boolean).pop();
  const outboxKey = "atelier.outbox." + token;
  const $ = (id) => document.getElementById(id);
  let sending = false;
  let retryTimer = null;

  function randomId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function phoneId() {
    let id = localStorage.getItem("atelier.phone");
    if (!id) {
      id = randomId();
      localStorage.setItem("atelier.phone", id);
    }
    return id;
  }

  function outbox() {
    try {
      return JSON.parse(localStorage.getItem(outboxKey) || "[]");
    } catch (e) {
      return [];
    }
  }

  function saveOutbox(items) {
    localStorage.setItem(outboxKey, JSON.stringify(items));
  }

  function say(text, kind) {
    const status = $("status");
    status.textContent = text;
    status.className = "status " + (kind || "");
  }

  function showClosed() {
    $("form").hidden = true;
    $("titel").textContent = "Gesloten";
    $("vraag").textContent = "Deze werkvorm staat niet (meer) open voor telefoons.";
  }

  function giveBack(item) {
    const field = $("tekst");
    if (!field.value.trim()) {
      field.value = item.tekst;
      count();
    }
  }

  async function loadState() {
    let response;
    try {
      response = await fetch(base + "state", { cache: "no-store" });
    } catch (e) {
      say("Geen verbinding met de laptop. Je notities wachten hier.", "wacht");
      return;
    }
    if (response.status === 404) {
      showClosed();
      return;
    }
    if (!response.ok) return;
    const state = await response.json();
    $("titel").textContent = state.titel;
    $("vraag").textContent = state.vraag;
    $("tekst").maxLength = state.maxTekens;
    const select = $("organisatie");
    const chosen = select.value;
    select.replaceChildren();
    const ask = state.organisaties.length > 0;
    $("organisatie-label").hidden = !ask;
    select.hidden = !ask;
    if (ask) {
      select.append(new Option("Kies je organisatie", ""));
      for (const organisation of state.organisaties) {
        select.append(new Option(organisation.naam, String(organisation.id)));
      }
      select.value = chosen;
    }
    $("form").hidden = false;
    count();
    $("stemmen").hidden = !state.stemmen;
    if (state.stemmen) loadRound();
  }

  function showRound(round) {
    $("stippen").textContent =
      "Je hebt nog " + round.over + " van je " + round.stippen + " stippen" +
      " (hoogstens " + round.perNotitie + " per notitie).";
    const list = $("stemlijst");
    list.replaceChildren();
    for (const note of round.notities) {
      const item = document.createElement("li");
      const text = document.createElement("span");
      text.className = "notitie";
      text.textContent = note.tekst;
      const less = document.createElement("button");
      less.type = "button";
      less.textContent = "−";
      less.setAttribute("aria-label", "Stip terugnemen");
      less.disabled = note.mijn === 0;
      less.addEventListener("click", () => vote(note.id, -1));
      const mine = document.createElement("span");
      mine.className = "aantal";
      mine.textContent = String(note.mijn);
      const more = document.createElement("button");
      more.type = "button";
      more.textContent = "+";
      more.setAttribute("aria-label", "Stip geven");
      more.disabled = round.over === 0 || note.mijn >= round.perNotitie;
      more.addEventListener("click", () => vote(note.id, 1));
      item.append(text, less, mine, more);
      list.append(item);
    }
  }

  async function loadRound() {
    try {
      const response = await fetch(
        base + "round?telefoon=" + encodeURIComponent(phoneId()), { cache: "no-store" }
      );
      if (response.ok) showRound(await response.json());
      else if (response.status === 409) $("stemmen").hidden = true;
    } catch (e) {
      // the next look (every few seconds) tries again
    }
  }

  async function vote(noteId, delta) {
    let response;
    try {
      response = await fetch(base + "votes", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ phoneId: phoneId(), noteId: noteId, delta: delta }),
        cache: "no-store",
      });
    } catch (e) {
      say("Geen verbinding met de laptop. Probeer de stip zo opnieuw.", "wacht");
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (answer.notities) showRound(answer);
    if (response.ok) say(delta > 0 ? "Stip gegeven ✓" : "Stip teruggenomen", "ok");
    else say(answer.bericht || "Deze stip is niet aangekomen.", "fout");
  }

  async function flush() {
    if (sending) return;
    sending = true;
    clearTimeout(retryTimer);
    try {
      let items = outbox();
      while (items.length > 0) {
        const item = items[0];
        let response;
        try {
          response = await fetch(base + "notes", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(item),
            cache: "no-store",
          });
        } catch (e) {
          response = null;
        }
        if (response && response.ok) {
          items = outbox().filter((other) => other.clientId !== item.clientId);
          saveOutbox(items);
          say("Ontvangen ✓ Typ gerust nog een notitie.", "ok");
          continue;
        }
        if (response && (response.status === 404 || response.status === 422)) {
          const answer = await response.json().catch(() => ({}));
          items = outbox().filter((other) => other.clientId !== item.clientId);
          saveOutbox(items);
          giveBack(item);
          say(answer.bericht || "Deze notitie is niet aangekomen.", "fout");
          if (response.status === 404) showClosed();
          continue;
        }
        const answer = response ? await response.json().catch(() => ({})) : {};
        say((answer.bericht || "Nog niet verstuurd.") + " Atelier probeert het zo opnieuw.", "wacht");
        retryTimer = setTimeout(flush, 3000);
        break;
      }
    } finally {
      sending = false;
    }
  }

  function count() {
    const field = $("tekst");
    $("teller").textContent = field.value.length + " / " + field.maxLength;
  }

  function send(event) {
    event.preventDefault();
    const field = $("tekst");
    const text = field.value.trim();
    if (!text) {
      say("Typ eerst je notitie.", "fout");
      field.focus();
      return;
    }
    const organisation = $("organisatie").hidden ? "" : $("organisatie").value;
    const item = {
      clientId: randomId(),
      phoneId: phoneId(),
      tekst: text,
      organisatie: organisation ? Number(organisation) : null,
    };
    saveOutbox([...outbox(), item]);
    field.value = "";
    count();
    say("Wordt verstuurd…", "wacht");
    flush();
  }

  $("form").addEventListener("submit", send);
  $("tekst").addEventListener("input", count);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      loadState();
      flush();
    }
  });
  window.addEventListener("online", () => {
    loadState();
    flush();
  });
  // The live channel says at once when the werkvorm closes or its choices change; it is
  // only a hint (the page also looks every few seconds), so losing it costs nothing.
  if (window.EventSource) {
    const live = new EventSource(base + "live");
    live.addEventListener("gesloten", () => {
      live.close();
      loadState();
    });
    live.addEventListener("veranderd", () => loadState());
  }
  loadState().then(flush);
  setInterval(loadState, 5000);  // a closed werkvorm shows within seconds
})();
