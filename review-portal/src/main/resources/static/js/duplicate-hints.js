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
  /* The items already filed under the chosen 鉴定点, closest in wording: code link and stem, shared words marked. */
  var near = document.getElementById('neighbour-hints');
  var nearList = document.getElementById('neighbour-list');
  function renderNeighbours(items) {
    nearList.textContent = '';
    items.forEach(function (n) {
      var li = document.createElement('li');
      li.className = 'neighbour';
      var a = document.createElement('a');
      a.href = n.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = n.itemCode;
      var text = document.createElement('span');
      // the snippet is escaped by the server; only <mark> tags are markup
      text.innerHTML = ' ' + n.snippet;
      li.appendChild(a);
      li.appendChild(text);
      nearList.appendChild(li);
    });
    near.hidden = items.length === 0;
  }
  function post(url, item, then) {
    var data = new FormData(form);
    data.append('itemId', item);
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(then)
      .catch(function () { /* hints are optional: the form works without them */ });
  }
  function check() {
    var mine = ++sent;
    post(box.getAttribute('data-url'), box.getAttribute('data-item'),
      function (findings) { if (mine === sent) { render(findings); } });
    if (near) {
      post(near.getAttribute('data-url'), near.getAttribute('data-item'),
        function (items) { if (mine === sent) { renderNeighbours(items); } });
    }
  }
  form.addEventListener('input', function (e) {
    if (!e.target.matches('#stem, .option-text, #taskName, #tasks')) { return; }
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  form.addEventListener('change', function (e) {
    if (e.target.matches('.option-key, input[name=keys], [name=knowledgePointId]')) {
      clearTimeout(timer);
      timer = setTimeout(check, 300);
    }
  });
  if (form.querySelector('#stem') && form.querySelector('#stem').value.trim() !== '') { check(); }
})();
