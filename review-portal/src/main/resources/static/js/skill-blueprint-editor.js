/*
 * 操作技能组卷方案 editor: the counting check runs while the user edits (debounced). It posts the form to the same
 * check the 检查 button submits and takes the check panel, the per-module supply, 配分 and errors from the page
 * the server renders, so the rules stay on the server and the page works without script too.
 */
(function () {
  'use strict';
  var form = document.getElementById('skill-blueprint-form');
  if (!form || !window.fetch || !window.DOMParser) { return; }
  var timer = null, seq = 0;
  var result = document.getElementById('check-result');

  function replaceOrRemove(current, fresh, insert) {
    if (current && fresh) { current.replaceWith(document.importNode(fresh, true)); }
    else if (current) { current.remove(); }
    else if (fresh && insert) { insert(document.importNode(fresh, true)); }
  }

  /** Each module row: its invalid mark, supply line, 配分 cell and the error row below it. */
  function syncModules(page) {
    Array.prototype.forEach.call(form.querySelectorAll('tr.module-row'), function (row) {
      var fresh = page.getElementById(row.id);
      if (!fresh) { return; }
      row.classList.toggle('invalid', fresh.classList.contains('invalid'));
      var name = row.querySelector('td.module-name');
      replaceOrRemove(name.querySelector('.supply'), fresh.querySelector('td.module-name .supply'),
        function (n) { name.appendChild(n); });
      row.querySelector('td.points').textContent = fresh.querySelector('td.points').textContent;
      var next = row.nextElementSibling;
      var freshNext = fresh.nextElementSibling;
      var error = next && next.classList.contains('module-error') ? next : null;
      var freshError = freshNext && freshNext.classList.contains('module-error') ? freshNext : null;
      replaceOrRemove(error, freshError, function (n) { row.after(n); });
    });
  }

  /** The fields outside the table: invalid mark and messages, matched by the input they label. */
  function syncFields(page) {
    Array.prototype.forEach.call(form.querySelectorAll('.field'), function (field) {
      var label = field.querySelector('label[for]');
      var input = label && page.getElementById(label.getAttribute('for'));
      var fresh = input && input.closest('.field');
      if (!fresh) { return; }
      field.classList.toggle('invalid', fresh.classList.contains('invalid'));
      Array.prototype.forEach.call(field.querySelectorAll('.field-error'), function (p) { p.remove(); });
      Array.prototype.forEach.call(fresh.querySelectorAll('.field-error'), function (p) {
        field.appendChild(document.importNode(p, true));
      });
    });
    var fieldset = form.querySelector('fieldset');
    fieldset.classList.toggle('invalid', !!page.querySelector('#skill-blueprint-form fieldset.invalid'));
    replaceOrRemove(document.getElementById('modules-error'), page.getElementById('modules-error'),
      function (n) { fieldset.appendChild(n); });
  }

  function apply(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var panel = page.getElementById('check-result');
    if (!panel) { return; }
    result.innerHTML = panel.innerHTML;
    replaceOrRemove(document.getElementById('form-errors'), page.getElementById('form-errors'), function (n) {
      document.querySelector('main h1').after(n);
    });
    syncModules(page);
    syncFields(page);
  }

  function check() {
    var mine = ++seq;
    result.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-check'), {
      method: 'POST', credentials: 'same-origin',
      body: new URLSearchParams(new FormData(form))
    }).then(function (r) {
      // a rejected form still renders the editor with its errors
      return r.text();
    }).then(function (html) {
      if (mine === seq) { apply(html); }
    }).catch(function (e) {
      if (mine === seq) { result.textContent = '检查失败: ' + e.message; }
    }).finally(function () {
      if (mine === seq) { result.removeAttribute('aria-busy'); }
    });
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  }
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
})();
