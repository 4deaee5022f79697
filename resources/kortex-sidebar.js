/*
 * The editor side of the "Kortex" sidebar tab: one card per deployed kortex-session config node,
 * kept live over the editor's comms channel (runtime side: nodes/admin/sidebar.ts). Loaded by
 * nodes/kortex-session/kortex-session.html; Node-RED serves this package's resources/ folder at
 * resources/@kortex-flows/node-red-kortex/. This file keeps the list of cards and asks the runtime
 * for them (on a comms notice, a deploy, the poll); a card is drawn by kortex-sidebar-card.js (its
 * robot's work rows: kortex-sidebar-work.js) and tested by kortex-sidebar-test-connection.js.
 */
(function () {
  'use strict';
  const TYPE = 'kortex-session';

  // Node-RED runs a node file's <script src> before its inline scripts, so the config node type
  // is not registered yet when this file runs: build the tab once it is.
  function whenRegistered(start) {
    if (RED.nodes.getType(TYPE)) {
      start(RED.nodes.getType(TYPE));
      return;
    }
    function added(name) {
      if (name !== TYPE) {
        return;
      }
      RED.events.off('registry:node-type-added', added);
      start(RED.nodes.getType(TYPE));
    }
    RED.events.on('registry:node-type-added', added);
  }

  function installSidebar(type) {
    if (!type || !RED.sidebar || !RED.sidebar.addTab) {
      return;
    }
    const _ = function (key, substitutions) {
      return type._(key, substitutions);
    };

    let cards = {}; // id -> { data, receivedAt, element }
    let order = []; // card ids as the runtime lists them
    let pollMs = 10000; // replaced by the runtime's value with the first GET
    let lastFetchAt = 0;
    let fetching = false;
    // Comms only says which card changed ({ id, rev }); the card itself comes from the guarded GET.
    const NOTICE_DEBOUNCE_MS = 100;
    const noticeTimers = {}; // id -> debounce timer
    const cardFetches = {}; // id -> { again } while that card's GET is in flight (one at a time)
    let missedNotice = false; // a notice came while the tab was hidden: load when it shows again

    const content = $('<div class="kortex-sidebar"></div>');
    const header = $('<div class="red-ui-sidebar-header"></div>').appendTo(content);
    const refreshButton = $(
      '<button type="button" class="red-ui-sidebar-header-button" id="kortex-sidebar-refresh"><i class="fa fa-refresh"></i></button>',
    ).appendTo(header);
    RED.popover.tooltip(refreshButton, _('kortex-session.sidebar.refresh'));
    const list = $('<div class="kortex-sidebar-cards" id="kortex-sidebar-cards"></div>').appendTo(content);

    const view = window.kortexSidebarCard.create(_, function (id, el) {
      window.kortexSidebarTestConnection.run(id, el, _);
    });

    function renderAll() {
      list.children('.kortex-card').detach();
      list.children('.kortex-sidebar-message').remove();
      if (order.length === 0) {
        $('<div class="kortex-sidebar-message"></div>').text(_('kortex-session.sidebar.empty')).appendTo(list);
        return;
      }
      order.forEach(function (id) {
        if (cards[id]) {
          list.append(view.render(cards[id]));
        }
      });
    }

    function updateCard(card) {
      const entry = cards[card.id];
      if (!entry) {
        // A card the list does not know yet (a deploy in between): load them all.
        if (!fetching) {
          load(false);
        }
        return;
      }
      entry.data = card;
      entry.receivedAt = Date.now();
      const old = entry.element;
      const el = view.render(entry);
      if (old && old.parent().length) {
        old.replaceWith(el);
      } else {
        renderAll();
      }
    }

    /** Once a second: move the countdowns and ages on without asking the runtime. */
    function tick() {
      order.forEach(function (id) {
        const entry = cards[id];
        if (entry && entry.element) {
          view.moveOn(entry);
        }
      });
      if (visible() && !fetching && (missedNotice || Date.now() - lastFetchAt >= pollMs)) {
        load(false);
      }
    }

    function visible() {
      return content.is(':visible') && (typeof document.visibilityState !== 'string' || document.visibilityState !== 'hidden');
    }

    function load(refresh) {
      fetching = true;
      missedNotice = false;
      lastFetchAt = Date.now();
      $.ajax({ url: 'kortex/sidebar' + (refresh ? '?refresh=1' : ''), dataType: 'json', cache: false })
        .done(function (answer) {
          pollMs = (answer && answer.pollMs) || pollMs;
          const next = {};
          order = [];
          (answer.cards || []).forEach(function (card) {
            order.push(card.id);
            next[card.id] = { data: card, receivedAt: Date.now(), element: cards[card.id] && cards[card.id].element };
          });
          cards = next;
          renderAll();
        })
        .fail(function (xhr) {
          const error = (xhr.responseJSON && xhr.responseJSON.error) || xhr.statusText || String(xhr.status);
          list.empty();
          $('<div class="kortex-sidebar-message kortex-card-error"></div>')
            .text(_('kortex-session.sidebar.loadFailed', { error: error }))
            .appendTo(list);
        })
        .always(function () {
          fetching = false;
        });
    }

    /** Reads one card; a notice that arrives meanwhile asks again once this answer is in. */
    function fetchCard(id) {
      if (cardFetches[id]) {
        cardFetches[id].again = true;
        return;
      }
      const inFlight = (cardFetches[id] = { again: false });
      $.ajax({ url: 'kortex/sidebar?id=' + encodeURIComponent(id), dataType: 'json', cache: false })
        .done(function (answer) {
          const card = answer && answer.cards && answer.cards[0];
          if (card) {
            updateCard(card);
          } else if (!fetching) {
            load(false);
          }
        })
        // A failed read is retried by the next notice or the poll.
        .always(function () {
          delete cardFetches[id];
          if (inFlight.again) {
            fetchCard(id);
          }
        });
    }

    function onCardNotice(notice) {
      if (!notice || typeof notice.id !== 'string') {
        return;
      }
      const id = notice.id;
      const entry = cards[id];
      // Already showing that revision (read by a full load meanwhile). Only equality: revisions start again after a runtime restart.
      if (entry && typeof notice.rev === 'number' && entry.data.rev === notice.rev) {
        return;
      }
      if (!visible()) {
        missedNotice = true;
        return;
      }
      clearTimeout(noticeTimers[id]);
      noticeTimers[id] = setTimeout(function () {
        delete noticeTimers[id];
        fetchCard(id);
      }, NOTICE_DEBOUNCE_MS);
    }

    refreshButton.on('click', function (event) {
      event.preventDefault();
      load(true);
    });

    RED.comms.subscribe('kortex/sidebar/card', function (topic, notice) {
      onCardNotice(notice);
    });
    RED.comms.subscribe('kortex/sidebar/cards', function () {
      load(false);
    });
    // A deploy can add, remove or restart config nodes.
    RED.events.on('deploy', function () {
      if (visible()) {
        setTimeout(function () {
          load(false);
        }, 300);
      }
    });

    RED.sidebar.addTab({
      id: 'kortex',
      label: _('kortex-session.sidebar.label'),
      name: _('kortex-session.sidebar.name'),
      content: content,
      enableOnEdit: true,
      iconClass: 'fa fa-cogs',
      // The nodes' own robot-arm icon (served by the runtime at icons/<module>/<file>).
      icon: 'icons/' + ((type.set && type.set.module) || '@kortex-flows/node-red-kortex') + '/kortex.svg',
      onchange: function () {
        load(false);
      },
    });
    setInterval(tick, 1000);
  }

  whenRegistered(installSidebar);
})();
