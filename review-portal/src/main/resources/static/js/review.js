/* Keyboard shortcuts of the item review page: 1/2/3 choose the verdict, C the comment, Ctrl+Enter submits,
   J/K next and previous item. Keys typed into a text field stay text. */
(function () {
  'use strict';
  var form = document.getElementById('verdict-form');
  function typing(el) {
    return el && (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'
      || (el.tagName === 'INPUT' && el.type !== 'radio' && el.type !== 'checkbox'));
  }
  function follow(id) {
    var a = document.getElementById(id);
    if (a) { window.location.href = a.href; }
  }
  document.addEventListener('keydown', function (e) {
    if (form && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (form.reportValidity()) { form.submit(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
    var key = e.key.toLowerCase();
    if (form && (key === '1' || key === '2' || key === '3')) {
      var radio = form.querySelector('input[name=verdict][data-key="' + key + '"]');
      if (radio) { radio.checked = true; radio.focus(); e.preventDefault(); }
    } else if (form && key === 'c') {
      document.getElementById('comment').focus();
      e.preventDefault();
    } else if (key === 'j') {
      follow('next-item');
    } else if (key === 'k') {
      follow('prev-item');
    }
  });
})();
