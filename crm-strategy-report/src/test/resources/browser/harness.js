// Injected by BrowserReportsTest into the copy of a report under test: records script errors, console
// errors and Content-Security-Policy violations (any request to the network), runs axe-core, measures
// where the radar, the timeline, the summary and the trend charts lie, and writes it all as JSON into the page.
(function(){
  var errors=[];
  window.addEventListener('error',function(e){errors.push('error: '+e.message);});
  document.addEventListener('securitypolicyviolation',function(e){errors.push('csp: '+e.blockedURI+' '+e.violatedDirective);});
  var orig=console.error;console.error=function(){errors.push('console.error: '+Array.prototype.join.call(arguments,' '));orig.apply(console,arguments);};
  window.addEventListener('load',function(){
    axe.run(document,{resultTypes:['violations']}).then(function(r){
      var w=document.documentElement.clientWidth;
      // The labels of an SVG chart that reach past its viewBox (and would be cut off).
      function outside(sel){var svg=document.querySelector(sel);if(!svg){return [];}
        var vb=svg.viewBox.baseVal,out=[];
        svg.querySelectorAll('text').forEach(function(t){var b=t.getBBox();
          if(b.x<vb.x-0.5||b.y<vb.y-0.5||b.x+b.width>vb.x+vb.width+0.5||b.y+b.height>vb.y+vb.height+0.5){out.push(t.textContent);}});
        return out;}
      function box(sel){var e=document.querySelector(sel);if(!e){return null;}var b=e.getBoundingClientRect();return {left:b.left,right:b.right,width:b.width,height:b.height};}
      var out={violations:r.violations.map(function(v){return {id:v.id,impact:v.impact,help:v.help,nodes:v.nodes.length,targets:v.nodes.slice(0,3).map(function(n){return n.target.join(' ')})};}),
        errors:errors,width:w,scrollWidth:document.documentElement.scrollWidth,
        radar:box('#radar'),timeline:box('#timeline-chart'),summary:box('#summary'),
        trendCharts:Array.prototype.map.call(document.querySelectorAll('svg.trend-chart'),function(svg){
          var b=svg.getBoundingClientRect();
          var ids=(svg.getAttribute('aria-labelledby')||'').split(' ');
          function text(i){var e=ids[i]&&document.getElementById(ids[i]);return e?e.textContent:'';}
          var fig=svg.closest('figure');
          return {left:b.left,right:b.right,width:b.width,height:b.height,name:text(0),description:text(1),
            dataRows:fig?fig.querySelectorAll('table tbody tr').length:0};}),
        radarLabelsOutside:outside('#radar')};
      var pre=document.createElement('pre');pre.id='browser-test-results';pre.textContent=JSON.stringify(out);document.body.appendChild(pre);
    });
  });
})();
