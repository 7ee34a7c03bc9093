/* Blueprint editor: section rows, running totals, and a live counting check against the bank (debounced). */
(function () {
  'use strict';
  var form = document.getElementById('blueprint-form');
  if (!form) { return; }
  var table = document.getElementById('sections');
  var result = document.getElementById('check-result');
  var timer = null, seq = 0;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]'), header = document.querySelector('meta[name="_csrf_header"]');
    var h = {};
    if (token && header) { h[header.content] = token.content; }
    return h;
  }
  function renumber() {
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row, i) {
      Array.prototype.forEach.call(row.querySelectorAll('[name]'), function (el) {
        el.name = el.name.replace(/sections\[\d+]/, 'sections[' + i + ']');
      });
    });
  }
  function totals() {
    var count = 0, points = 0;
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      var c = Number(row.querySelector('input[type=number]').value) || 0;
      var p = Number(row.querySelectorAll('input')[1].value) || 0;
      count += c; points += c * p;
    });
    document.getElementById('sum-count').textContent = count;
    document.getElementById('sum-points').textContent = Math.round(points * 100) / 100;
  }
  function item(text, cls) {
    var li = document.createElement('li');
    li.textContent = text;
    if (cls) { li.className = cls; }
    return li;
  }
  function show(data) {
    result.textContent = '';
    var p = document.createElement('p');
    if (data.ok) {
      p.className = 'tag ok';
      p.id = 'check-ok';
      p.textContent = '题库数量足够: ' + data.candidates + ' 道已审定试题可用 (最终以组卷结果为准)';
      result.appendChild(p);
      return;
    }
    p.className = 'tag warn';
    p.id = 'check-problems';
    p.textContent = '发现问题';
    result.appendChild(p);
    var ul = document.createElement('ul');
    data.problems.forEach(function (v) { ul.appendChild(item(v.message)); });
    data.shortfalls.forEach(function (s) { ul.appendChild(item(s.message)); });
    result.appendChild(ul);
  }
  function check() {
    var mine = ++seq;
    result.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-check'), {
      method: 'POST', credentials: 'same-origin', headers: csrf(),
      body: new URLSearchParams(new FormData(form))
    }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (data) {
      if (mine === seq) { show(data); }
    }).catch(function (e) {
      result.textContent = '检查失败: ' + e.message;
    }).finally(function () { result.removeAttribute('aria-busy'); });
  }
  function soon() {
    totals();
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  document.getElementById('run-check').addEventListener('click', check);
  document.getElementById('add-section').addEventListener('click', function () {
    var rows = table.querySelectorAll('tbody tr');
    var copy = rows[rows.length - 1].cloneNode(true);
    table.querySelector('tbody').appendChild(copy);
    renumber();
    copy.querySelector('select').focus();
    soon();
  });
  table.addEventListener('click', function (e) {
    if (!e.target.classList.contains('remove-section')) { return; }
    if (table.querySelectorAll('tbody tr').length <= 1) { return; }
    e.target.closest('tr').remove();
    renumber();
    soon();
  });
  totals();
  check();
})();
