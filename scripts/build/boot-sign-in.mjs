// The sign-in form in index.html, so a signed-out user can type from the first paint,
// before any wasm has arrived (src/boot.rs takes it over). Plain HTML with the app's
// accessible names, in the app's languages (from locales/<code>/shell.ftl), and a small
// inline script that:
//   - shows it only where the app would ask for a sign-in: no session in this tab, not
//     embedded, and config.json readable (which also says PORTOS or DealPOS);
//   - picks the language as the app does (?lang, the remembered choice, the browser's
//     languages, config.json's defaultLocale);
//   - hands its config.json answer to the app (window.customerDeskConfig, read once by
//     src/api/config.rs), so the file is fetched once;
//   - holds a submit until the app starts: never a plain form POST, and the fields have no
//     `name`, so even a submit without this script sends nothing of what was typed.
// Its CSP hash is added with the others by split-wasm.mjs's withPolicy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KEYS = [
  'sign-in', 'sign-in-with', 'sign-in-method-password', 'sign-in-method-client', 'sign-in-access-token',
  'sign-in-access-token-hint', 'sign-in-user-name', 'sign-in-password', 'sign-in-client-id', 'sign-in-client-secret',
  'sign-in-client-secret-warning', 'sign-in-device-name', 'sign-in-device-name-hint', 'sign-in-remember', 'sign-in-pending',
];

/** The KEYS' messages of each language under `localesDir`; a missing one fails the build. */
function messages(localesDir) {
  const byLocale = {};
  for (const code of readdirSync(localesDir)) {
    const text = readFileSync(join(localesDir, code, 'shell.ftl'), 'utf8');
    const found = Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map(([, key, value]) => [key, value.trim()]));
    byLocale[code] = Object.fromEntries(KEYS.map((key) => {
      if (!found[key] || found[key].includes('{')) throw new Error(`boot-sign-in: locales/${code}/shell.ftl has no plain ${key}`);
      return [key, found[key]];
    }));
  }
  return byLocale;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The form (hidden until the script shows it) and its script, in English until then. */
export function bootSignIn(localesDir) {
  const all = messages(localesDir);
  const en = (key) => escapeHtml(all.en[key]);
  // The same structure and classes as src/pages/sign_in.rs, so the hand-over does not move it.
  const html = `
<section id="boot-sign-in" class="page page--narrow sign-in" hidden>
<h1 data-t="sign-in">${en('sign-in')}</h1>
<form class="form sign-in__form" novalidate autocomplete="on">
<fieldset class="segmented"><legend data-t="sign-in-with">${en('sign-in-with')}</legend>
<label><input type="radio" name="boot-method" id="boot-method-password" checked><span data-t="sign-in-method-password">${en('sign-in-method-password')}</span></label>
<label><input type="radio" name="boot-method" id="boot-method-token"><span data-t="sign-in-access-token">${en('sign-in-access-token')}</span></label>
</fieldset>
<div class="field" data-method="token" hidden><label for="boot-access-token" data-t="sign-in-access-token">${en('sign-in-access-token')}</label>
<textarea id="boot-access-token" rows="3" required autocomplete="off" spellcheck="false"></textarea>
<p class="field__hint" data-t="sign-in-access-token-hint">${en('sign-in-access-token-hint')}</p></div>
<div class="field" data-method="password"><label for="boot-user-name" data-t="sign-in-user-name">${en('sign-in-user-name')}</label>
<input id="boot-user-name" type="text" required autocomplete="username" autocapitalize="none"></div>
<div class="field" data-method="password"><label for="boot-password" data-t="sign-in-password">${en('sign-in-password')}</label>
<input id="boot-password" type="password" required autocomplete="current-password">
<p class="field__hint" id="boot-client-secret-warning" data-t="sign-in-client-secret-warning" hidden>${en('sign-in-client-secret-warning')}</p></div>
<div class="field" data-method="password" data-device><label for="boot-device-name" data-t="sign-in-device-name">${en('sign-in-device-name')}</label>
<input id="boot-device-name" type="text" required autocomplete="off" aria-describedby="boot-device-name-hint">
<p class="field__hint" id="boot-device-name-hint" data-t="sign-in-device-name-hint">${en('sign-in-device-name-hint')}</p></div>
<label class="checkbox"><input type="checkbox" id="boot-remember"><span data-t="sign-in-remember">${en('sign-in-remember')}</span></label>
<button type="submit" class="button button--primary" data-t="sign-in">${en('sign-in')}</button>
</form>
</section>`;
  const script = `(()=>{
const T=${JSON.stringify(all)};
const root=document.getElementById("boot-sign-in");
const form=root.querySelector("form");
const q=new URLSearchParams(location.search);
try{if(q.get("embed")==="1"||sessionStorage.getItem("customer-desk.session"))return}catch(e){return}
const tag=(t)=>{const c=String(t||"").trim().split(/[-_]/)[0].toLowerCase();return T[c]?c:null};
let remembered=null;try{remembered=localStorage.getItem("customer-desk.language")}catch(e){}
const chosen=tag(q.get("lang"))||tag(remembered);
const browser=[...(navigator.languages||[]),navigator.language].map(tag).find(Boolean);
form.addEventListener("submit",(e)=>{e.preventDefault();if(!root.isConnected)return;root.dataset.held="1";
const b=form.querySelector("button");b.disabled=true;b.textContent=T[root.dataset.locale]["sign-in-pending"]});
const method=()=>{const token=document.getElementById("boot-method-token").checked;
for(const f of root.querySelectorAll("[data-method]"))f.hidden=(f.dataset.method==="token")!==token};
for(const r of root.querySelectorAll("input[type=radio]"))r.addEventListener("change",method);
const config=fetch("config.json",{cache:"no-cache",credentials:"same-origin"}).then((r)=>r.ok?r.text():Promise.reject(r.status));
config.catch(()=>{});window.customerDeskConfig=config;
config.then((text)=>{const c=JSON.parse(text);
if(!c||!root.isConnected)return;
const locale=chosen||browser||tag(c.defaultLocale)||"en";
const client=c.backend==="dealpos";
const t=T[locale];root.dataset.locale=locale;
for(const e of root.querySelectorAll("[data-t]"))e.textContent=t[e.dataset.t];
if(client){root.querySelector('[data-t="sign-in-method-password"]').textContent=t["sign-in-method-client"];
root.querySelector('[for="boot-user-name"]').textContent=t["sign-in-client-id"];
root.querySelector('[for="boot-password"]').textContent=t["sign-in-client-secret"];
const w=document.getElementById("boot-client-secret-warning");w.hidden=false;
document.getElementById("boot-password").setAttribute("aria-describedby",w.id);
root.querySelector("[data-device]").remove()}
else document.getElementById("boot-device-name").value=typeof c.deviceName==="string"&&c.deviceName.trim()?c.deviceName.trim():"customer-desk";
document.documentElement.lang=locale;
root.hidden=false;document.documentElement.classList.add("boot-sign-in")
}).catch(()=>{})
})();`;
  return `${html}\n<script>${script}</script>`;
}
