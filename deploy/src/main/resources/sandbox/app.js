// The sandbox page: a stand-in chat workspace. Everything the bot says arrives as platform-neutral blocks
// (port.Message) and is rendered here the way the Slack and Teams adapters render them in their platforms.
'use strict';
const api = '/sandbox/api';
const state = { people: [], me: null, lang: 'sv', texts: {}, conversations: [], open: null, events: null, scale: 1 };
const $ = (id) => document.getElementById(id);

function t(key, ...args) {
  let s = state.texts[key] || key;
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(a); });
  return s;
}

async function getJson(path) {
  const r = await fetch(api + path);
  if (!r.ok) throw new Error(r.status + ' ' + path);
  return r.json();
}

async function postJson(path, body) {
  const r = await fetch(api + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const data = await r.json().catch(() => ({}));
  if (!r.ok && r.status !== 409) throw new Error(String(r.status));
  return data;
}

async function loadTexts() {
  state.texts = await getJson('/texts?lang=' + state.lang);
  document.documentElement.lang = state.lang;
  document.title = t('title');
  $('banner').textContent = t('banner');
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
  $('command').placeholder = t('command_placeholder');
  $('scale').title = t('time_scale_help');
  renderPeople();
  renderConversations();
  renderMessages();
}

function renderPeople() {
  const who = $('who');
  const current = state.me;
  who.textContent = '';
  state.people.forEach((p) => {
    const o = document.createElement('option');
    o.value = p.id;
    const tags = [p.department, p.admin ? t('admin') : (p.inProgramme ? t('in_programme') : t('not_in_programme'))];
    o.textContent = p.name + ' — ' + tags.join(', ');
    who.appendChild(o);
  });
  if (current) who.value = current;
}

function personName(id) {
  const p = state.people.find((x) => x.id === id);
  return p ? p.name : id;
}

function conversationTitle(c) {
  if (c.direct) return t('direct');
  return '# ' + c.name + (c.archived ? ' (' + t('archived') + ')' : '');
}

function renderConversations() {
  const ul = $('conversations');
  ul.textContent = '';
  state.conversations.forEach((c) => {
    const li = document.createElement('li');
    li.dataset.ref = c.ref;
    li.textContent = conversationTitle(c);
    if (c.archived) li.classList.add('archived');
    if (c.unread) li.classList.add('unread');
    if (state.open === c.ref) li.classList.add('on');
    li.title = c.members.map(personName).join(', ');
    li.addEventListener('click', () => { state.open = c.ref; c.unread = false; renderConversations(); renderMessages(); });
    ul.appendChild(li);
  });
}

function current() {
  return state.conversations.find((c) => c.ref === state.open);
}

// *bold* is the only markup of port.Message.Text.
function inline(parent, text) {
  text.split(/(\*[^*\n]+\*)/).forEach((part) => {
    if (/^\*[^*\n]+\*$/.test(part)) {
      const b = document.createElement('strong');
      b.textContent = part.slice(1, -1);
      parent.appendChild(b);
    } else if (part) {
      parent.appendChild(document.createTextNode(part));
    }
  });
  return parent;
}

function renderBlock(block, message) {
  const el = (tag, cls) => { const e = document.createElement(tag); if (cls) e.className = cls; return e; };
  switch (block.type) {
    case 'heading': return inline(el('h4'), block.text);
    case 'text': return inline(el('p'), block.text);
    case 'context': return inline(el('p', 'context'), block.text);
    case 'fields': {
      const dl = el('dl');
      block.fields.forEach((f) => { inline(dl.appendChild(el('dt')), f.label); inline(dl.appendChild(el('dd')), f.value); });
      return dl;
    }
    case 'bullets': {
      const ul = el('ul');
      block.items.forEach((i) => inline(ul.appendChild(el('li')), i));
      return ul;
    }
    case 'actions': {
      const div = el('div', 'actions');
      block.buttons.forEach((b) => {
        const btn = el('button', b.style);
        btn.type = 'button';
        btn.textContent = b.label;
        btn.dataset.command = b.command;
        btn.dataset.actionId = b.actionId;
        btn.addEventListener('click', () => run('/button', { text: b.command, conversation: message.conversation }));
        div.appendChild(btn);
      });
      return div;
    }
    case 'choices': {
      const sel = el('select', 'choices');
      const ph = el('option');
      ph.textContent = block.placeholder;
      ph.value = '';
      sel.appendChild(ph);
      block.options.forEach((o) => { const op = el('option'); op.value = o.command; op.textContent = o.label; sel.appendChild(op); });
      sel.addEventListener('change', () => { if (sel.value) run('/button', { text: sel.value, conversation: message.conversation }); });
      return sel;
    }
    case 'form': {
      const btn = el('button', 'primary');
      btn.type = 'button';
      btn.textContent = t('form_' + block.name);
      btn.addEventListener('click', () => run('/button', { text: block.command, conversation: message.conversation }));
      return btn;
    }
    case 'link': {
      const a = el('a', 'link-button');
      a.href = block.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = block.label;
      return a;
    }
    case 'attachment': {
      // The .ics as a download, made in the page: nothing is fetched again.
      const a = el('a', 'attachment');
      a.href = URL.createObjectURL(new Blob([block.content], { type: block.mediaType }));
      a.download = block.fileName;
      a.textContent = block.fileName;
      return a;
    }
    default: return el('span');
  }
}

function renderMessage(m) {
  const li = document.createElement('li');
  li.className = 'message' + (m.onlyFor ? ' private' : '') + (m.mine ? ' mine' : '');
  li.dataset.id = m.id;
  const who = document.createElement('div');
  who.className = 'who';
  who.textContent = m.mine ? t('you') : t('bot_name');
  if (m.onlyFor) {
    const note = document.createElement('span');
    note.className = 'note';
    note.textContent = t('only_you');
    who.appendChild(note);
  }
  li.appendChild(who);
  if (m.mine) li.appendChild(document.createTextNode('/lärgrupp ' + m.text));
  else m.blocks.forEach((b) => li.appendChild(renderBlock(b, m)));
  return li;
}

function renderMessages() {
  const c = current();
  const ol = $('messages');
  ol.textContent = '';
  $('chat-title').textContent = c ? conversationTitle(c) : '';
  if (!c) return;
  if (c.messages.length === 0) {
    const p = document.createElement('li');
    p.className = 'empty';
    p.textContent = t('no_messages');
    ol.appendChild(p);
  }
  c.messages.forEach((m) => ol.appendChild(renderMessage(m)));
  ol.scrollTop = ol.scrollHeight;
}

// A message with a known id replaces the earlier one in place (the round's turn message is edited, not re-posted).
function upsert(m) {
  const c = state.conversations.find((x) => x.ref === m.conversation);
  if (!c) { loadConversations(); return; }
  const i = c.messages.findIndex((x) => x.id === m.id);
  if (i >= 0) c.messages[i] = m; else c.messages.push(m);
  if (state.open === c.ref) renderMessages(); else { c.unread = true; renderConversations(); }
}

async function loadConversations() {
  if (!state.me) return;
  const opened = state.open;
  const list = await getJson('/conversations?me=' + encodeURIComponent(state.me));
  const local = new Map(state.conversations.map((c) => [c.ref, c]));
  list.forEach((c) => {
    const mine = (local.get(c.ref) || { messages: [] }).messages.filter((m) => m.mine);
    c.messages = c.messages.concat(mine).sort((a, b) => a.at - b.at);
    c.unread = local.has(c.ref) ? local.get(c.ref).unread : false;
  });
  state.conversations = list;
  state.open = list.some((c) => c.ref === opened) ? opened : (list[0] && list[0].ref);
  renderConversations();
  renderMessages();
}

function listen() {
  if (state.events) state.events.close();
  const es = new EventSource(api + '/events?me=' + encodeURIComponent(state.me));
  es.addEventListener('message', (e) => upsert(JSON.parse(e.data)));
  es.addEventListener('conversations', () => loadConversations());
  es.addEventListener('clock', (e) => showScale(JSON.parse(e.data).scale));
  es.addEventListener('open', () => loadConversations());
  state.events = es;
}

function showScale(scale) {
  state.scale = scale;
  $('scale-now').textContent = scale + '×';
  document.querySelectorAll('#scale button').forEach((b) => b.classList.toggle('on', Number(b.dataset.scale) === scale));
}

let counter = 0;
async function run(path, body) {
  $('error').textContent = '';
  const conversation = body.conversation || state.open;
  const deliveryId = Date.now().toString(36) + '-' + (++counter);
  try {
    const result = await postJson(path, Object.assign({ me: state.me, lang: state.lang, conversation, deliveryId }, body));
    if (result.form === 'join') openJoinForm(result, conversation);
    if (result.posted) upsert(result.posted);
    if (path === '/join' || /^(join|gå|leave|lämna)/.test(body.text || '')) refreshPeople();
  } catch (e) {
    $('error').textContent = t('error', e.message);
  }
}

function openJoinForm(form, conversation) {
  $('join-department').value = form.department || '';
  const sel = $('join-manager');
  sel.textContent = '';
  const none = document.createElement('option');
  none.value = '';
  none.textContent = t('join_no_manager');
  sel.appendChild(none);
  state.people.filter((p) => p.id !== state.me).forEach((p) => {
    const o = document.createElement('option');
    o.value = p.id;
    o.textContent = p.name;
    sel.appendChild(o);
  });
  sel.value = form.manager || '';
  const dialog = $('join-form');
  dialog.dataset.conversation = conversation;
  dialog.showModal();
}

async function refreshPeople() {
  state.people = await getJson('/people');
  renderPeople();
}

async function choose(id) {
  state.me = id;
  state.conversations = [];
  state.open = null;
  renderConversations();
  renderMessages();
  localStorage.setItem('largrupp.me', id);
  listen();
  await loadConversations();
}

async function start() {
  state.lang = localStorage.getItem('largrupp.lang') || 'sv';
  $('lang').value = state.lang;
  state.people = await getJson('/people');
  const saved = localStorage.getItem('largrupp.me');
  state.me = state.people.some((p) => p.id === saved) ? saved : state.people[0].id;
  await loadTexts();
  showScale((await getJson('/clock')).scale);
  $('who').addEventListener('change', (e) => choose(e.target.value));
  $('lang').addEventListener('change', (e) => { state.lang = e.target.value; localStorage.setItem('largrupp.lang', state.lang); loadTexts(); });
  document.querySelectorAll('#scale button').forEach((b) => b.addEventListener('click', async () => {
    const r = await postJson('/clock', { scale: Number(b.dataset.scale) });
    showScale(r.scale);
    if (r.scale !== Number(b.dataset.scale)) $('error').textContent = t('time_scale_fixed');
  }));
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('command').value.trim().replace(/^\/l(ä|a)rgrupp\s*/i, '');
    $('command').value = '';
    const c = current();
    if (c) { c.messages.push({ id: 'local-' + Date.now(), conversation: c.ref, mine: true, text, at: Date.now(), blocks: [] }); renderMessages(); }
    run('/command', { text });
  });
  $('join-form').addEventListener('close', () => {
    const dialog = $('join-form');
    if (dialog.returnValue !== 'join') return;
    run('/join', { department: $('join-department').value, manager: $('join-manager').value, conversation: dialog.dataset.conversation });
  });
  await choose(state.me);
}

start().catch((e) => { $('error').textContent = String(e); });
