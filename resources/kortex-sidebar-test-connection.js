/*
 * The "test" button of a card of the "Kortex" sidebar tab (resources/kortex-sidebar-card.js draws
 * it): the config dialog's Test connection endpoint (nodes/admin/testConnection.ts), with the
 * settings the editor holds now; its answer shows on the card for a while. Loaded by
 * nodes/kortex-session/kortex-session.html before kortex-sidebar.js, which calls it through
 * window.kortexSidebarTestConnection.
 */
(function () {
  'use strict';

  /** Tests card `id`'s session settings and shows the answer in the card element `el`; `_` translates. */
  function testConnection(id, el, _) {
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

  window.kortexSidebarTestConnection = { run: testConnection };
})();
