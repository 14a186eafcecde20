(function(){
  var s=document.getElementById('f-sev'),c=document.getElementById('f-cat'),
      t=document.getElementById('f-text'),n=document.getElementById('f-count'),
      clear=document.getElementById('f-clear'),element='';
  if(!s){return;}
  function apply(){
    var q=t.value.toLowerCase(),k=0;
    document.querySelectorAll('#findings tbody').forEach(function(g){
      var shown=0,mine=!element||g.dataset.element===element;
      g.querySelectorAll('tr.finding').forEach(function(r){
        var ok=mine&&(!s.value||r.dataset.severity===s.value)&&(!c.value||r.dataset.category===c.value)
          &&(!q||(r.textContent+' '+g.rows[0].textContent).toLowerCase().indexOf(q)>=0);
        r.hidden=!ok;if(ok){shown++;}
      });
      g.hidden=shown===0;k+=shown;
    });
    document.querySelectorAll('button[data-element]').forEach(function(b){
      b.setAttribute('aria-pressed',String(!!element&&b.dataset.element===element));
    });
    n.textContent=k;
  }
  function pick(e){element=(element===e)?'':e;apply();}
  document.querySelectorAll('button[data-element]').forEach(function(b){
    b.addEventListener('click',function(){pick(b.dataset.element);});
  });
  clear.addEventListener('click',function(){element='';s.value='';c.value='';t.value='';apply();});
  [s,c,t].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
  apply();
})();
