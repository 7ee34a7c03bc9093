/* Polls the assembly job until it finishes and updates the progress display. */
(function () {
  'use strict';
  var box = document.getElementById('job');
  if (!box) { return; }
  var url = box.getAttribute('data-progress');
  function set(id, text) { document.getElementById(id).textContent = text; }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (s) {
        set('job-state', s.stateName);
        document.getElementById('job-bar').value = s.percent;
        set('job-elapsed', (s.elapsedMillis / 1000).toFixed(1));
        set('job-score', s.bestScore || '—');
        set('job-improvements', s.improvements);
        set('job-feasible', s.feasible ? '是' : '否');
        var ul = document.getElementById('job-messages');
        ul.textContent = '';
        s.messages.forEach(function (m) { var li = document.createElement('li'); li.textContent = m; ul.appendChild(li); });
        if (s.finished) {
          box.setAttribute('data-finished', s.state);
          var cancel = document.getElementById('cancel-form');
          if (cancel) { cancel.hidden = true; }
          if (s.paperUrl) {
            document.getElementById('open-paper').href = s.paperUrl;
            document.getElementById('job-done').hidden = false;
            document.getElementById('open-paper').focus();
          }
          var list = document.getElementById('job-papers');
          if (list && s.papers && s.papers.length > 1) {
            list.textContent = '';
            s.papers.forEach(function (p) {
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.href = p.url;
              a.textContent = p.label;
              a.className = p.label.indexOf('备用卷') === 0 ? 'spare-paper' : 'batch-paper';
              li.appendChild(a);
              list.appendChild(li);
            });
            list.hidden = false;
          }
          return;
        }
        setTimeout(poll, 500);
      })
      .catch(function (e) { set('job-state', '无法获取进度: ' + e.message); setTimeout(poll, 2000); });
  }
  poll();
})();
