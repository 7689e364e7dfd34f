// dossier serve: conveniences only. Every page works without this file,
// by keyboard alone; the Content-Security-Policy allows no other script.
(function () {
  'use strict';

  // The reviewer's name, typed once, fills every decision form.
  var KEY = 'dossier.reviewer';
  var saved = '';
  try { saved = window.localStorage.getItem(KEY) || ''; } catch (e) { /* storage off */ }
  document.querySelectorAll('input[name=reviewer]').forEach(function (el) {
    if (!el.value && saved) { el.value = saved; }
    el.addEventListener('change', function () {
      try { window.localStorage.setItem(KEY, el.value); } catch (e) { /* storage off */ }
    });
  });

  // Typing a value chooses "another value" (or "type the list").
  document.querySelectorAll('form.decide input[name=value]').forEach(function (el) {
    el.addEventListener('input', function () {
      var f = el.form;
      var r = f.querySelector('input[name=candidate][value=typed]') || f.querySelector('input[name=by][value=value]');
      if (r) { r.checked = true; }
    });
  });

  // j and k move to the next and previous field.
  var heads = Array.prototype.slice.call(document.querySelectorAll('section.field > h2'));
  if (heads.length) {
    document.addEventListener('keydown', function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'j' && e.key !== 'k')) { return; }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName))) { return; }
      var i = heads.indexOf(document.activeElement);
      if (i < 0) {
        i = heads.findIndex(function (h) { return h.getBoundingClientRect().top > 0; });
        if (i < 0) { i = heads.length; }
        i = e.key === 'j' ? i - 1 : i;
      }
      var next = e.key === 'j' ? i + 1 : i - 1;
      if (next < 0 || next >= heads.length) { return; }
      e.preventDefault();
      heads[next].focus();
      heads[next].scrollIntoView({ block: 'start' });
    });
  }

  // After a decision, or a refused one, bring focus to what says so.
  var say = document.getElementById('error-link') || document.getElementById('decided');
  if (say) { say.focus(); }
})();
