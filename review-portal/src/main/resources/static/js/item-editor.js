/* Item editor: add/remove options (relabelled A, B, …), rubric rows with a running points total, point filter.
   Progressive enhancement: without script the form still posts what is on the page. */
(function () {
  'use strict';
  var LETTERS = 'ABCDEFGH';

  function renumberOptions(list) {
    Array.prototype.forEach.call(list.querySelectorAll('.option-row'), function (row, i) {
      var label = LETTERS.charAt(i);
      row.querySelector('.option-label').value = label;
      row.querySelector('.option-label').name = 'options[' + i + '].label';
      row.querySelector('.option-letter').textContent = label;
      var text = row.querySelector('.option-text');
      text.name = 'options[' + i + '].text';
      text.id = 'option-' + i;
      row.querySelector('.option-image').name = 'options[' + i + '].imageHash';
      var lab = row.querySelector('label.sr-only');
      lab.htmlFor = text.id;
      lab.textContent = '选项 ' + label;
      row.querySelector('.option-key').value = label;
      row.querySelector('.remove-option').setAttribute('aria-label', '删除选项 ' + label);
    });
    var add = document.getElementById('add-option');
    if (add) { add.disabled = list.querySelectorAll('.option-row').length >= LETTERS.length; }
  }

  var list = document.getElementById('option-list');
  if (list) {
    document.getElementById('add-option').addEventListener('click', function () {
      var rows = list.querySelectorAll('.option-row');
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelector('.option-text').value = '';
      copy.querySelector('.option-key').checked = false;
      copy.querySelector('.option-image').value = '';
      var picture = copy.querySelector('.option-picture');
      if (picture) { picture.remove(); }
      list.appendChild(copy);
      renumberOptions(list);
      copy.querySelector('.option-text').focus();
    });
    list.addEventListener('click', function (e) {
      if (!e.target.classList.contains('remove-option')) { return; }
      if (list.querySelectorAll('.option-row').length <= 2) { return; }
      e.target.closest('.option-row').remove();
      renumberOptions(list);
      list.querySelector('.option-text').focus();
    });
  }

  var rubric = document.getElementById('rubric');
  function renumberRubric() {
    Array.prototype.forEach.call(rubric.querySelectorAll('tbody tr'), function (row, i) {
      row.querySelector('.seq').textContent = i + 1;
      Array.prototype.forEach.call(row.querySelectorAll('[name]'), function (el) {
        el.name = el.name.replace(/rubric\[\d+]/, 'rubric[' + i + ']');
      });
    });
    total();
  }
  function total() {
    var sum = 0, bad = false;
    Array.prototype.forEach.call(rubric.querySelectorAll('.rubric-points'), function (el) {
      if (el.value.trim() === '') { return; }
      var n = Number(el.value);
      if (isNaN(n)) { bad = true; } else { sum += n; }
    });
    var shown = Math.round(sum * 100) / 100;
    document.getElementById('rubric-total').textContent = shown;
    var score = Number((document.getElementById('score') || {}).value || NaN);
    var check = document.getElementById('rubric-check');
    if (bad) { check.textContent = '配分中有非数字'; }
    else if (!isNaN(score) && score > 0) {
      check.textContent = shown === score ? '与试题分值 ' + score + ' 一致' : '与试题分值 ' + score + ' 相差 ' + Math.round((score - shown) * 100) / 100;
    } else { check.textContent = ''; }
  }
  if (rubric) {
    rubric.addEventListener('input', total);
    document.getElementById('score').addEventListener('input', total);
    document.getElementById('add-rubric').addEventListener('click', function () {
      var rows = rubric.querySelectorAll('tbody tr');
      var copy = rows[rows.length - 1].cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('input, textarea, select'), function (el) {
        if (el.type === 'checkbox') { el.checked = false; } else { el.value = ''; }
      });
      rubric.querySelector('tbody').appendChild(copy);
      renumberRubric();
      copy.querySelector('input').focus();
    });
    rubric.addEventListener('click', function (e) {
      if (!e.target.classList.contains('remove-rubric')) { return; }
      if (rubric.querySelectorAll('tbody tr').length <= 1) { return; }
      e.target.closest('tr').remove();
      renumberRubric();
    });
    total();
  }

  var prep = document.getElementById('preparation');
  function renumberPrep() {
    Array.prototype.forEach.call(prep.querySelectorAll('tbody tr'), function (row, i) {
      Array.prototype.forEach.call(row.querySelectorAll('[name]'), function (el) {
        el.name = el.name.replace(/preparation\[\d+]/, 'preparation[' + i + ']');
      });
    });
  }
  if (prep) {
    document.getElementById('add-prep').addEventListener('click', function () {
      var rows = prep.querySelectorAll('tbody tr');
      var copy = rows[rows.length - 1].cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('input'), function (el) { el.value = ''; });
      prep.querySelector('tbody').appendChild(copy);
      renumberPrep();
      copy.querySelector('input').focus();
    });
    prep.addEventListener('click', function (e) {
      if (!e.target.classList.contains('remove-prep')) { return; }
      if (prep.querySelectorAll('tbody tr').length <= 1) {
        Array.prototype.forEach.call(e.target.closest('tr').querySelectorAll('input'), function (el) { el.value = ''; });
        return;
      }
      e.target.closest('tr').remove();
      renumberPrep();
    });
  }

  /* Stem and task images: each file is uploaded at once (type and size are checked by the server) and kept in
     the form as its hash under the list's field name; the draft is saved with the form as usual. */
  var csrf = document.querySelector('meta[name=_csrf]');
  var csrfHeader = document.querySelector('meta[name=_csrf_header]');
  function imageUploader(uploadId, listId, errorId, field, alt) {
    var upload = document.getElementById(uploadId);
    var imageList = document.getElementById(listId);
    if (!upload || !imageList) { return; }
    var imageError = document.getElementById(errorId);
    upload.addEventListener('change', function () {
      if (!upload.files.length) { return; }
      var data = new FormData();
      data.append('file', upload.files[0]);
      var headers = { 'Accept': 'application/json' };
      if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
      imageError.hidden = true;
      fetch(upload.getAttribute('data-url'), { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (res) {
          if (!res.ok) { throw new Error(res.body.message || res.body.detail || '上传失败'); }
          var li = document.createElement('li');
          li.className = 'image-row';
          var hidden = document.createElement('input');
          hidden.type = 'hidden';
          hidden.name = field;
          hidden.value = res.body.hash;
          var img = document.createElement('img');
          img.src = res.body.url;
          img.alt = alt;
          var remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'remove-image secondary';
          remove.textContent = '移除图片';
          li.appendChild(hidden);
          li.appendChild(img);
          li.appendChild(remove);
          imageList.appendChild(li);
          upload.value = '';
        })
        .catch(function (e) { imageError.textContent = e.message; imageError.hidden = false; });
    });
    imageList.addEventListener('click', function (e) {
      if (e.target.classList.contains('remove-image')) { e.target.closest('li').remove(); upload.focus(); }
    });
  }
  imageUploader('image-upload', 'stem-images', 'image-error', 'stemImages', '题干图片');
  imageUploader('task-image-upload', 'task-images', 'task-image-error', 'taskImages', '试题图片');

  var filter = document.getElementById('point-filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(document.querySelectorAll('#knowledgePointId option'), function (o) {
        if (!o.value) { return; }
        o.hidden = q !== '' && o.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
})();
