/* Near-duplicate hints in the item editor: after the writer pauses typing, the form is posted to the hint
   endpoint and the bank's closest items are listed with kind, score, reason and a link. Read-only. */
(function () {
  'use strict';
  var box = document.getElementById('duplicate-hints');
  var form = document.getElementById('item-form');
  if (!box || !form) { return; }
  var list = document.getElementById('duplicate-list');
  var timer = null;
  var sent = 0;
  function render(findings) {
    list.textContent = '';
    findings.forEach(function (f) {
      var li = document.createElement('li');
      li.className = 'duplicate-hint';
      var tag = document.createElement('span');
      tag.className = 'tag warn';
      tag.textContent = f.kind;
      var a = document.createElement('a');
      a.href = f.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = f.itemCode;
      li.appendChild(tag);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
      li.appendChild(document.createTextNode(' 相似度 ' + f.percent + '%: ' + f.reason));
      list.appendChild(li);
    });
    box.hidden = findings.length === 0;
  }
  function check() {
    var data = new FormData(form);
    data.append('itemId', box.getAttribute('data-item'));
    var mine = ++sent;
    fetch(box.getAttribute('data-url'), { method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (findings) { if (mine === sent) { render(findings); } })
      .catch(function () { /* hints are optional: the form works without them */ });
  }
  form.addEventListener('input', function (e) {
    if (!e.target.matches('#stem, .option-text, #taskName, #tasks')) { return; }
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  form.addEventListener('change', function (e) {
    if (e.target.matches('.option-key, input[name=keys]')) { clearTimeout(timer); timer = setTimeout(check, 300); }
  });
  if (form.querySelector('#stem') && form.querySelector('#stem').value.trim() !== '') { check(); }
})();
