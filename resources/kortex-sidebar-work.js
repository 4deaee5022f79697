/*
 * The robot's own work on a card of the "Kortex" sidebar tab (resources/kortex-sidebar-card.js draws
 * the rest of the card): the arm state, the active fault and the running job, as the runtime puts them
 * in `card.work` (nodes/admin/workCard.ts). Loaded by nodes/kortex-session/kortex-session.html
 * before kortex-sidebar-card.js, which calls it through window.kortexSidebarWork.
 */
(function () {
  'use strict';

  /**
   * The rows of `work` as one element, its ages moved on by `sinceMs` (the time since the card
   * arrived); `_` translates, `duration` writes an age. Empty when there is nothing to show.
   */
  function block(work, sinceMs, _, duration) {
    const el = $('<div class="kortex-card-work"></div>');
    if (!work) {
      return el;
    }
    if (work.arm) {
      const activity = ['ready', 'fault', 'running', 'paused'].indexOf(work.arm.activity) >= 0 ? work.arm.activity : 'other';
      $('<div class="kortex-card-line kortex-card-arm"></div>')
        .attr('data-activity', activity)
        .text(_('kortex-session.sidebar.work.arm.' + activity, { state: work.arm.state }))
        .appendTo(el);
    }
    if (work.fault) {
      const fault = work.fault;
      let text = _('kortex-session.sidebar.work.fault', { state: fault.state, age: duration(fault.forMs + sinceMs) });
      if (fault.job) {
        text +=
          ' · ' +
          (fault.code
            ? _('kortex-session.sidebar.work.faultJob', { job: fault.job, code: fault.code })
            : _('kortex-session.sidebar.work.faultJobNoCode', { job: fault.job }));
      }
      const row = $('<div class="kortex-card-line kortex-card-error kortex-card-fault"></div>').text(text).appendTo(el);
      if (fault.reason) {
        row.attr('title', fault.reason);
      }
    }
    if (work.job) {
      const state = work.job.state === 'paused' ? 'paused' : 'running';
      $('<div class="kortex-card-line kortex-card-job"></div>')
        .attr('data-state', state)
        .attr('data-elsewhere', work.job.elsewhere ? 'true' : 'false')
        .text(
          _('kortex-session.sidebar.work.job.' + state + (work.job.elsewhere ? 'Elsewhere' : ''), {
            job: work.job.name,
            age: duration(work.job.forMs + sinceMs),
          }),
        )
        .appendTo(el);
    }
    return el;
  }

  window.kortexSidebarWork = { block: block };
})();
