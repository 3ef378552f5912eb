// What the first screen needs, fetched beside the main module instead of after it starts:
// an inline script in index.html's <head> that, before anything else loads, adds
// <link rel="preload"> for
//   - the sign-in page's chunks, when this tab holds no session (and is not embedded, where
//     the portal hands a token over instead);
//   - the detail page's or the form's chunks, when a signed-in reload opens one of them
//     (the list's first rows need only the main module: its tools come once they show);
//   - the messages of the language the app will speak, when it is not English.
// The chunks go at low priority: they are needed only once the main module runs, and must
// not slow what the first paint needs (the style sheet, config.json for the sign-in form).
// The file names come from the split's loader and the main module, so a build whose
// loader this cannot read fails here rather than ship hints that point nowhere.

/** Each split point's files (its shared chunks, then its own), from wasm-split's loader
 * (unminified, with the chunks' final names). */
export function chunkSets(loader) {
  const files = new Map();
  const entries = [...loader.matchAll(/(?:export )?const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)/g)];
  for (const [, name, file] of entries) files.set(name, file);
  const sets = {};
  for (const [, name, file, deps] of entries) {
    const split = name.match(/^__wasm_split_load_(\w+)$/);
    if (!split) continue;
    const shared = deps.split(',').map((dep) => dep.trim()).filter(Boolean).map((dep) => {
      if (!files.has(dep)) throw new Error(`preload-hints: the loader's ${name} needs ${dep}, which it does not define`);
      return files.get(dep);
    });
    sets[split[1]] = [...shared, file];
  }
  for (const needed of ['sign_in', 'customer_detail', 'customer_form']) {
    if (!sets[needed]) throw new Error(`preload-hints: the loader has no split point ${needed}`);
  }
  return sets;
}

/** The messages files the main module fetches, by language code. */
export function messageFiles(mainWasm) {
  const text = Buffer.from(mainWasm).toString('latin1');
  const found = Object.fromEntries([...text.matchAll(/locales\/([a-z]{2})-[0-9a-f]+\.json/g)].map((match) => [match[1], match[0]]));
  if (Object.keys(found).length === 0) throw new Error('preload-hints: the main module names no locales/<code>-<hash>.json');
  return found;
}

/** The inline script (its CSP hash is added with the others). */
export function preloadHints(loader, mainWasm) {
  const sets = chunkSets(loader);
  const chunks = { signIn: sets.sign_in, detail: sets.customer_detail, form: sets.customer_form };
  return `<script>(()=>{
const C=${JSON.stringify(chunks)},M=${JSON.stringify(messageFiles(mainWasm))};
const q=new URLSearchParams(location.search),p=location.pathname;
let session=null,language=null;
try{session=sessionStorage.getItem("customer-desk.session");language=localStorage.getItem("customer-desk.language")}catch(e){}
const code=(t)=>{const c=String(t||"").trim().split(/[-_]/)[0].toLowerCase();return c==="en"||M[c]?c:null};
const locale=code(q.get("lang"))||code(language)||[...(navigator.languages||[]),navigator.language].map(code).find(Boolean);
const files=[];
if(!session){if(q.get("embed")!=="1")files.push(...C.signIn)}
else if(/\\/customers\\/(new|[^/]+\\/edit)$/.test(p))files.push(...C.form);
else if(/\\/customers\\/[^/]+$/.test(p))files.push(...C.detail);
const hint=(f,low)=>{const l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=f;if(low)l.fetchPriority="low";document.head.append(l)};
if(locale&&M[locale])hint(M[locale],false);
for(const f of files)hint(f,true);
})()</script>`;
}
