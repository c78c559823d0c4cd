// The console's entry: sign-in, the three panels behind #overview, #data and #operations, sign-out.
import { ApiError, session, signIn, signOut } from '/console/api.js';
import { notice } from '/console/ui.js';
import { leaveOverview, showOverview } from '/console/overview.js';
import { showData } from '/console/data.js';
import { showOperations } from '/console/operations.js';

const PANELS = { overview: showOverview, data: showData, operations: showOperations };
const $ = (id) => document.getElementById(id);

function route() {
  const signedIn = session.token() !== null;
  $('login').hidden = signedIn;
  $('nav').hidden = !signedIn;
  $('who').hidden = !signedIn;
  if (!signedIn) {
    Object.keys(PANELS).forEach((name) => { $(name).hidden = true; });
    leaveOverview();
    $('login-email').focus();
    return;
  }
  $('who-email').textContent = session.user().email;
  const wanted = location.hash.slice(1);
  const current = PANELS[wanted] ? wanted : 'overview';
  if (current !== 'overview') leaveOverview();
  for (const name of Object.keys(PANELS)) {
    $(name).hidden = name !== current;
    $(`tab-${name}`).setAttribute('aria-current', name === current ? 'page' : 'false');
  }
  PANELS[current]($(current));
  document.title = `Carlot console: ${current}`;
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await signIn($('login-email').value, $('login-password').value);
    $('login-password').value = '';
    $('notice').hidden = true;
    route();
    $('main').focus();
  } catch (e) {
    notice(e instanceof ApiError ? e.message : String(e));
  }
});

$('logout').addEventListener('click', async () => {
  try {
    await signOut();
  } catch (e) {
    // the token is forgotten here all the same; the server ends it when it can
  }
  notice('You are signed out.', 'ok');
  route();
});

window.addEventListener('hashchange', route);
window.addEventListener('carlot:signed-out', () => {
  notice('Your session ended; sign in again.');
  route();
});
route();
