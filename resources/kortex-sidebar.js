/*
 * The editor side of the "Kortex" sidebar tab: one card per deployed kortex-session config node,
 * kept live over the editor's comms channel (runtime side: nodes/admin/sidebar.ts). Loaded by
 * nodes/kortex-session/kortex-session.html; Node-RED serves this package's resources/ folder at
 * resources/@kortex-flows/node-red-kortex/. The robot's work rows: kortex-sidebar-work.js.
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

    function colourOf(card) {
      if (card.state === 'open') {
        return { color: 'green', shape: 'dot' };
      }
      if (card.state === 'invalid' || card.down || card.state === 'reconnecting') {
        return { color: 'red', shape: 'ring' };
      }
      if (card.state === 'connecting' || card.state === 'authenticating' || card.state === 'idle') {
        return { color: 'yellow', shape: 'ring' };
      }
      return { color: 'grey', shape: 'ring' };
    }

    function duration(ms) {
      const s = Math.max(0, Math.floor(ms / 1000));
      if (s < 60) {
        return s + ' s';
      }
      const m = Math.floor(s / 60);
      if (m < 60) {
        return m + ' min ' + (s % 60) + ' s';
      }
      const h = Math.floor(m / 60);
      if (h < 48) {
        return h + ' h ' + (m % 60) + ' min';
      }
      return Math.floor(h / 24) + ' d ' + (h % 24) + ' h';
    }

    function plainStateText(card) {
      switch (card.state) {
        case 'unused':
          return _('kortex-session.sidebar.state.unused');
        case 'invalid':
          return _('kortex-session.sidebar.state.invalid');
        case 'idle':
          return _('kortex-session.sidebar.state.idle');
        case 'connecting':
          return _('kortex-session.sidebar.state.connecting');
        case 'authenticating':
          return _('kortex-session.sidebar.state.authenticating');
        case 'reconnecting':
          return _('kortex-session.sidebar.state.reconnecting');
        case 'closing':
          return _('kortex-session.sidebar.state.closing');
        case 'closed':
          return _('kortex-session.sidebar.state.closed');
        case 'released':
          return _('kortex-session.sidebar.state.released');
        default:
          return String(card.state);
      }
    }

    /** The state line, computed from the card and how long ago it arrived (countdowns tick locally). */
    function stateText(entry) {
      const card = entry.data;
      const since = Date.now() - entry.receivedAt;
      if (card.state === 'open') {
        let text = _('kortex-session.sidebar.state.open', { id: card.sessionId });
        if (typeof card.openForMs === 'number') {
          text += ' · ' + _('kortex-session.sidebar.state.openFor', { age: duration(card.openForMs + since) });
        }
        return text;
      }
      if (card.down && card.state === 'reconnecting' && typeof card.retryInMs === 'number') {
        return _('kortex-session.sidebar.state.retryIn', {
          seconds: Math.max(0, Math.ceil((card.retryInMs - since) / 1000)),
          attempt: card.attempt || 1,
        });
      }
      if (card.down && (card.state === 'connecting' || card.state === 'authenticating')) {
        return _('kortex-session.sidebar.state.retrying', { attempt: card.attempt || '?' });
      }
      return plainStateText(card);
    }

    /** While the session is not open the list is what the robot said before: say so. */
    function connectionsTitle(entry) {
      return entry.data.state === 'open'
        ? _('kortex-session.sidebar.connections.title')
        : _('kortex-session.sidebar.connections.titleStale');
    }

    function connectionsText(entry) {
      const c = entry.data.connections;
      const age = duration(c.ageMs + (Date.now() - entry.receivedAt));
      return c.source === 'push'
        ? _('kortex-session.sidebar.connections.push', { age: age })
        : _('kortex-session.sidebar.connections.poll', { age: age });
    }

    /** The arm state, fault and job rows (resources/kortex-sidebar-work.js); empty without them. */
    function workBlock(entry) {
      const work = window.kortexSidebarWork;
      return work ? work.block(entry.data.work, Date.now() - entry.receivedAt, _, duration) : $('<div class="kortex-card-work"></div>');
    }

    function renderCard(entry) {
      const card = entry.data;
      const look = colourOf(card);
      const el = $('<div class="kortex-card"></div>')
        .attr('data-id', card.id)
        .attr('data-state', card.state)
        .attr('data-color', look.color)
        .attr('data-down', card.down ? 'true' : 'false');
      const head = $('<div class="kortex-card-head"></div>').appendTo(el);
      $('<span class="kortex-dot"></span>').attr('data-color', look.color).attr('data-shape', look.shape).appendTo(head);
      $('<span class="kortex-card-name"></span>')
        .text(card.name || card.address || _('kortex-session.sidebar.unnamed'))
        .attr('title', card.address)
        .appendTo(head);
      const generation =
        card.generation === 'k3'
          ? _('kortex-session.sidebar.generation.k3')
          : card.generation === 'k2'
            ? _('kortex-session.sidebar.generation.k2')
            : _('kortex-session.sidebar.generation.unknown');
      const kind = card.transportInUse || card.transport;
      const transport =
        kind === 'tcp'
          ? _('kortex-session.sidebar.transport.tcp')
          : kind === 'mqtt'
            ? _('kortex-session.sidebar.transport.mqtt')
            : _('kortex-session.sidebar.transport.auto');
      $('<span class="kortex-card-badge kortex-card-kind"></span>')
        .text(generation + ' · ' + transport)
        .appendTo(head);
      const test = $('<button type="button" class="red-ui-button red-ui-button-small kortex-card-test"></button>')
        .text(_('kortex-session.sidebar.test'))
        .appendTo(head);
      RED.popover.tooltip(test, _('kortex-session.sidebar.testTitle'));
      test.on('click', function (event) {
        event.preventDefault();
        testConnection(card.id, el);
      });

      $('<div class="kortex-card-line kortex-card-state"></div>').text(stateText(entry)).appendTo(el);
      const meta = [
        card.address,
        _('kortex-session.sidebar.user', { user: card.username }),
        _('kortex-session.sidebar.users', { count: card.users }),
      ];
      const editorNode = RED.nodes.node(card.id);
      if (editorNode && editorNode.changed) {
        meta.push(_('kortex-session.sidebar.undeployed'));
      }
      $('<div class="kortex-card-line kortex-card-meta"></div>').text(meta.join(' · ')).appendTo(el);
      if (card.down || card.state === 'invalid') {
        if (card.loginRefused) {
          $('<div class="kortex-card-line kortex-card-error"></div>').text(_('kortex-session.sidebar.loginRefused')).appendTo(el);
        }
        if (card.lastError) {
          $('<div class="kortex-card-line kortex-card-error kortex-card-last-error"></div>')
            .text(_('kortex-session.sidebar.lastError', { error: card.lastError }))
            .appendTo(el);
        }
      }
      el.append(workBlock(entry));
      if (card.connections) {
        const c = card.connections;
        $('<div class="kortex-card-line kortex-card-meta kortex-card-connections-source"></div>')
          .text(connectionsTitle(entry) + ' · ' + connectionsText(entry))
          .appendTo(el);
        if (c.error) {
          $('<div class="kortex-card-line kortex-card-error"></div>')
            .text(_('kortex-session.sidebar.connections.failed', { error: c.error }))
            .appendTo(el);
        }
        if (c.rows.length === 0) {
          $('<div class="kortex-card-line kortex-card-meta"></div>').text(_('kortex-session.sidebar.connections.none')).appendTo(el);
        } else {
          const table = $('<table class="kortex-card-connections"></table>').appendTo(el);
          $('<tr></tr>')
            .append(
              $('<th></th>').text(_('kortex-session.sidebar.connections.user')),
              $('<th></th>').text(_('kortex-session.sidebar.connections.address')),
              $('<th></th>').text(_('kortex-session.sidebar.connections.roles')),
            )
            .appendTo(table);
          c.rows.forEach(function (row) {
            const tr = $('<tr class="kortex-connection"></tr>').attr('data-session', row.sessionId).appendTo(table);
            if (row.self) {
              tr.addClass('kortex-self');
            }
            const who = $('<td></td>')
              .text(row.user || _('kortex-session.sidebar.connections.userId', { id: row.userId }))
              .appendTo(tr);
            if (row.kind && row.kind !== 'user') {
              who.append($('<span class="kortex-card-badge"></span>').text(row.kind));
            }
            if (row.self) {
              who.append($('<span class="kortex-self-badge"></span>').text(_('kortex-session.sidebar.connections.self')));
            }
            $('<td></td>').text(row.address).appendTo(tr);
            $('<td></td>').text(row.roles.join(', ')).appendTo(tr);
          });
        }
      }
      const old = entry.element;
      const testResult = old ? old.find('.kortex-card-test-result') : $();
      if (testResult.length) {
        el.append(testResult);
      }
      entry.element = el;
      return el;
    }

    function renderAll() {
      list.children('.kortex-card').detach();
      list.children('.kortex-sidebar-message').remove();
      if (order.length === 0) {
        $('<div class="kortex-sidebar-message"></div>').text(_('kortex-session.sidebar.empty')).appendTo(list);
        return;
      }
      order.forEach(function (id) {
        if (cards[id]) {
          list.append(renderCard(cards[id]));
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
      const el = renderCard(entry);
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
        if (!entry || !entry.element) {
          return;
        }
        entry.element.find('.kortex-card-state').text(stateText(entry));
        if (entry.data.work) {
          entry.element.find('.kortex-card-work').replaceWith(workBlock(entry));
        }
        if (entry.data.connections) {
          entry.element.find('.kortex-card-connections-source').text(connectionsTitle(entry) + ' · ' + connectionsText(entry));
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

    /** "test": the config dialog's Test connection endpoint, with the settings the editor holds now. */
    function testConnection(id, el) {
      const node = RED.nodes.node(id);
      let result = el.find('.kortex-card-test-result');
      if (!result.length) {
        result = $('<div class="kortex-card-test-result"></div>').appendTo(el);
      }
      result.css('color', '').removeAttr('data-code').text(_('kortex-session.sidebar.testRunning'));
      clearTimeout(result.data('clearTimer'));
      const body = { id: id };
      if (node) {
        [
          'host',
          'port',
          'transport',
          'namespace',
          'username',
          'sessionInactivityTimeout',
          'connectionInactivityTimeout',
          'requestTimeout',
          'usetls',
          'tls',
        ].forEach(function (p) {
          if (node[p] !== undefined) {
            body[p] = node[p];
          }
        });
        // Passwords typed in this editor and not deployed yet; otherwise the endpoint uses the deployed ones
        // (without a broker user name in the body, the deployed node's broker login).
        ['password', 'brokerUsername', 'brokerPassword'].forEach(function (p) {
          if (node.credentials && typeof node.credentials[p] === 'string') {
            body[p] = node.credentials[p];
          }
        });
      }
      $.ajax({ url: 'kortex-session/test', type: 'POST', contentType: 'application/json', data: JSON.stringify(body) })
        .done(function (answer) {
          if (answer && answer.ok) {
            result.css('color', 'green').text(
              _('kortex-session.sidebar.testOk', {
                sessionId: answer.sessionId,
                robot: answer.robot,
                generation: answer.generation || answer.transport,
              }),
            );
          } else {
            result.css('color', 'red').text(_('kortex-session.sidebar.testFailed', { error: (answer && answer.error) || '?' }));
          }
        })
        .fail(function (xhr) {
          const answer = xhr.responseJSON;
          const error = (answer && answer.error) || xhr.statusText || String(xhr.status);
          // PASSWORD_REQUIRED: nothing was sent; the text says what to do (type the password in the dialog).
          if (answer && answer.code === 'PASSWORD_REQUIRED') {
            result.css('color', '').attr('data-code', answer.code).text(error);
            return;
          }
          result.css('color', 'red').text(_('kortex-session.sidebar.testFailed', { error: error }));
        })
        .always(function () {
          // The answer describes a moment; it goes after a while so it is not mistaken for the card's state.
          result.data(
            'clearTimer',
            setTimeout(function () {
              result.remove();
            }, 30000),
          );
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
