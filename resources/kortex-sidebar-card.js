/*
 * One card of the "Kortex" sidebar tab (resources/kortex-sidebar.js keeps the list and asks the
 * runtime): the session's state, colour, login trouble, the robot's work (kortex-sidebar-work.js)
 * and the robot's connection list, as the runtime sends a card (nodes/admin/robotCards.ts). Loaded
 * by nodes/kortex-session/kortex-session.html before kortex-sidebar.js, which calls it through
 * window.kortexSidebarCard.
 */
(function () {
  'use strict';

  /**
   * The card view for one sidebar: `_` translates, `onTest(id, el)` runs the card's "test" button.
   * A card entry is { data, receivedAt, element }; render() sets its element.
   */
  function create(_, onTest) {
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
        onTest(card.id, el);
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

    /** Moves a drawn card's countdowns and ages on, without asking the runtime. */
    function moveOn(entry) {
      entry.element.find('.kortex-card-state').text(stateText(entry));
      if (entry.data.work) {
        entry.element.find('.kortex-card-work').replaceWith(workBlock(entry));
      }
      if (entry.data.connections) {
        entry.element.find('.kortex-card-connections-source').text(connectionsTitle(entry) + ' · ' + connectionsText(entry));
      }
    }

    return { render: renderCard, moveOn: moveOn };
  }

  window.kortexSidebarCard = { create: create };
})();
