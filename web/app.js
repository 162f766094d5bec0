// The page's entry: picks the view from the URL. "/" with a query is the search, ?vis=... the
// project and person pages, /moeder/{id} a meeting. Everything a view shows comes from the URL.
import { $ } from './dom.js';
import { initSearch, setupSearchForm } from './search.js';
import { showMeeting } from './meeting.js';
import { showProject, showProjects, showPerson } from './profiles.js';

function skipLinkTo(target) {
  const skip = document.querySelector('.skip-link');
  skip.href = `#${target.id}`;
  // Focus the target without touching the URL's hash, which on a meeting page names an item.
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    target.focus();
  });
}

function start() {
  setupSearchForm();
  const meeting = /^\/moeder\/([^/]+)$/.exec(location.pathname);
  const params = new URLSearchParams(location.search);
  const view = params.get('vis');
  if (!meeting && !view) {
    skipLinkTo($('main'));
    initSearch();
    return;
  }
  const page = $('page-view');
  page.hidden = false;
  skipLinkTo(page);
  if (meeting) showMeeting(decodeURIComponent(meeting[1]));
  else if (view === 'projekt' && params.get('navn')) showProject(params.get('navn'));
  else if (view === 'person' && params.get('navn')) showPerson(params.get('navn'));
  else showProjects();
}

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start);
else start();
