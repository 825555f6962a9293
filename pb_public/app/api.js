// The one API layer of the web UI: the PocketBase SDK instance and every
// call whose shape is ours (custom routes under /api/smedx/, form schemas,
// dicts, menus). Pages call these helpers, never fetch() directly, so a
// changed request or response shape is fixed here only.
import PocketBase from 'pocketbase'
import { reactive } from 'vue'

export const pb = new PocketBase(location.origin)
// Several components load the same collection at once; PocketBase's
// auto-cancellation would abort all but the last of them.
pb.autoCancellation(false)

// ---------- errors ----------

// fieldErrors maps PocketBase's error `data` ({field: {code, message}}) to
// {field: message}. Nested keys (profile.x, items.0.name) are kept and also
// listed under their last part, so a schema field named "x" finds its error
// whether the server reports "x" or "profile.x".
export function fieldErrors(err) {
  const out = {}
  const walk = (data, prefix) => {
    if (!data || typeof data !== 'object') return
    for (const [k, v] of Object.entries(data)) {
      const key = prefix ? `${prefix}.${k}` : k
      if (v && typeof v === 'object' && typeof v.message === 'string') {
        out[key] = v.message
        if (prefix && !(k in out)) out[k] = v.message
      } else if (v && typeof v === 'object') {
        walk(v, key)
      }
    }
  }
  walk(err?.response?.data ?? err?.data?.data, '')
  return out
}

// errorMessage is the best single Chinese sentence for an error: the
// server's message, plus the field messages when the message is generic.
export function errorMessage(err, fallback = '操作失败，请稍后重试') {
  if (!err) return fallback
  if (err.isAbort) return '请求已取消'
  if (err.status === 0) return '无法连接服务器，请检查网络'
  const msg = err.response?.message || err.message || fallback
  const fields = Object.values(fieldErrors(err))
  const generic = /^(Failed to|Something went wrong|An error occurred|The request)/i.test(msg)
  if (fields.length && (generic || !/[\u4e00-\u9fa5]/.test(msg))) return [...new Set(fields)].join('；')
  if (/^Failed to authenticate/i.test(msg)) return '帐号或密码错误'
  if (/^The requested resource wasn't found/i.test(msg)) return '数据不存在或无权查看'
  if (/^Only superusers|You are not allowed/i.test(msg)) return '没有权限执行该操作'
  if (/^Too Many Requests/i.test(msg)) return '操作过于频繁，请稍后再试'
  return msg
}

// serverErrors is the per-form error holder: `errors[field]` feeds
// <el-form-item :error>; apply(err) fills it and returns the message to toast.
export function serverErrors() {
  const errors = reactive({})
  return {
    errors,
    clear(field) {
      if (field) delete errors[field]
      else for (const k of Object.keys(errors)) delete errors[k]
    },
    apply(err, fallback) {
      for (const k of Object.keys(errors)) delete errors[k]
      Object.assign(errors, fieldErrors(err))
      return errorMessage(err, fallback)
    },
  }
}

function post(path, body) {
  return pb.send(`/api/smedx/${path}`, { method: 'POST', body: body ?? {} })
}

// expandPublic fills record.expand[field] from a public view: listed
// products, their specs and active experts are read through the views
// public_products, public_product_specs, public_product_cases and
// public_experts (the base collections answer only owners, reviewers and
// staff), so `expand=` of a relation into them is done here. fields maps a
// relation field to its view; a row that is no longer public stays out.
export async function expandPublic(records, fields) {
  await Promise.all(Object.entries(fields).map(async ([field, view]) => {
    const ids = [...new Set(records.flatMap((r) => [].concat(r[field] || [])))]
    const rows = ids.length ? await pb.collection(view).getFullList({ filter: ids.map((id) => pb.filter('id = {:id}', { id })).join(' || ') }) : []
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]))
    for (const r of records) {
      r.expand = r.expand || {}
      r.expand[field] = Array.isArray(r[field]) ? r[field].map((id) => byId[id]).filter(Boolean) : byId[r[field]]
    }
  }))
  return records
}

// ---------- files ----------

export function fileUrl(record, filename, thumb) {
  if (!record || !filename) return ''
  const name = Array.isArray(filename) ? filename[0] : filename
  if (!name) return ''
  return pb.files.getURL(record, name, thumb ? { thumb } : undefined)
}

// ---------- auth ----------

// captcha ({captchaId, captcha}) is sent once the server asks for it
// (captchaRequired in the error data, after 3 failed logins of an account).
export async function loginWithPassword(identity, password, captcha) {
  const opts = { expand: 'enterprise' }
  if (captcha) opts.body = { identity, password, ...captcha }
  return pb.collection('users').authWithPassword(identity, password, opts)
}

// A fresh image captcha: {id, url}.
export const newCaptcha = () => pb.send('/api/smedx/captcha', {})

export async function sendSmsCode(phone, purpose = 'login') {
  return post('sms/code', { phone, purpose })
}

// POST auth/sms answers like authWithPassword: {token, record}.
export async function loginWithSms(phone, code) {
  const res = await post('auth/sms', { phone, code })
  pb.authStore.save(res.token, res.record)
  await refreshAuth().catch(() => {})
  return res
}

// 忘记密码: POST auth/sms-reset {phone, code, password, passwordConfirm}
// (the code of sms/code with purpose "reset") sets the new password and
// answers like authWithPassword, so the user is signed in at once.
export async function resetPasswordBySms(phone, code, password, passwordConfirm) {
  const res = await post('auth/sms-reset', { phone, code, password, passwordConfirm })
  pb.authStore.save(res.token, res.record)
  await refreshAuth().catch(() => {})
  return res
}

export async function refreshAuth() {
  return pb.collection('users').authRefresh({ expand: 'enterprise' })
}

// logout ends the realtime connection (the notification feed) with the
// session: the next user of this browser must not receive the old rows.
export function logout() {
  pb.realtime.unsubscribe().catch(() => {})
  pb.authStore.clear()
}

// 修改密码: POST /api/smedx/account/password answers with a fresh auth
// response (a new password invalidates the old token).
export async function changePassword(oldPassword, password, passwordConfirm) {
  const res = await post('account/password', { oldPassword, password, passwordConfirm })
  if (res?.token) pb.authStore.save(res.token, res.record)
  await refreshAuth().catch(() => {})
  return res
}

// ---------- registration ----------

// Step 1: the account. An anonymous create of `users`; the accounts hooks
// force tenant_admin and validate the password rules.
export async function registerAccount({ role, username, name, phone, password, passwordConfirm, agreement }) {
  const user = await pb.collection('users').create({ role, username, phone, password, passwordConfirm, agreement, name: (name || '').trim() || username })
  await loginWithPassword(username, password)
  return user
}

// The tenant row of the logged-in admin: the draft enterprise that step 2
// autosaves into. Created on first use (kind = role); the accounts hook
// links users.enterprise in the same transaction.
export async function ensureOwnEnterprise() {
  let user = pb.authStore.record
  if (user?.enterprise) return pb.collection('enterprises').getOne(user.enterprise)
  const ent = await pb.collection('enterprises').create({ kind: user.role, cert_status: 'draft', profile: {} })
  await refreshAuth().catch(() => {})
  return ent
}

// saveEnterpriseDraft PATCHes the tenant row (draft or rejected); a file
// (the licence) goes with the same request as multipart.
export async function saveEnterpriseDraft(id, data, file, fileField = 'license') {
  if (file) {
    const fd = new FormData()
    for (const [k, v] of Object.entries(data)) fd.append(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : v ?? '')
    fd.append(fileField, file)
    return pb.collection('enterprises').update(id, fd)
  }
  return pb.collection('enterprises').update(id, data)
}

export async function submitEnterprise(id) {
  return post(`enterprises/${id}/submit`)
}

// ---------- review ----------

export const approveApplication = (id, comment, experts) =>
  post(`applications/${id}/approve`, experts && experts.length ? { comment, experts } : { comment })
export const rejectApplication = (id, comment) => post(`applications/${id}/reject`, { comment })
export const revokeApplication = (id) => post(`applications/${id}/revoke`)
export const submitProduct = (id) => post(`products/${id}/submit`)

// 重新编辑 of a revoked or rejected product: back to draft.
export const reeditProduct = (id) => post(`products/${id}/reedit`)

// ---------- forms, dicts, menus ----------

const cache = new Map()
function cached(key, fn) {
  if (!cache.has(key)) cache.set(key, fn().catch((e) => { cache.delete(key); throw e }))
  return cache.get(key)
}

// The questionnaire of a tenant kind (GET /api/smedx/forms/{kind}):
// {kind, version, title, sections:[{key, title, fields:[{key, label, type, …}]}]}.
export function formSchema(kind) {
  return cached(`form:${kind}`, () => pb.send(`/api/smedx/forms/${kind}`, {}))
}

// dicts(['tag','city']) → {tag:[{value,label,children?}], city:[...]}, from
// GET /api/smedx/dicts?types=… (one request for the types not loaded yet;
// every list is cached for the page's life).
export async function dicts(types) {
  const want = [...new Set(types)].filter(Boolean)
  const missing = want.filter((t) => !cache.has(`dict:${t}`))
  if (missing.length) {
    const p = pb.send('/api/smedx/dicts', { query: { types: missing.join(',') } })
    for (const t of missing) {
      cache.set(`dict:${t}`, p.then((r) => {
        const opts = r?.[t] || []
        dictStore[t] = opts
        return opts
      }).catch((e) => { cache.delete(`dict:${t}`); throw e }))
    }
  }
  const out = {}
  for (const t of want) out[t] = await cache.get(`dict:${t}`)
  return out
}

// dictStore holds the loaded option lists reactively, so a template can
// show a stored code by its label (dl) and re-render once the list arrives.
export const dictStore = reactive({})

// useDicts starts loading types and returns dl(type, code|codes, sep):
// the label(s) of stored dict codes, the code itself until loaded.
export function useDicts(types) {
  dicts(types).catch((e) => console.warn('[smedx ui] dicts', e?.message))
  return dl
}

export function dl(type, value, sep = '、') {
  if (Array.isArray(value)) return value.map((v) => dl(type, v)).filter(Boolean).join(sep)
  if (value === undefined || value === null || value === '') return ''
  return optionLabel(dictStore[type], value)
}

// regionText shows a region code path [370000, 370100, 370102] as
// 山东省 / 济南市 / 历下区.
export function regionText(codes, sep = ' / ') {
  return dl('region', Array.isArray(codes) ? codes : codes ? [codes] : [], sep)
}

// regionOf shows a record's region. The server derives the stored text
// from the codes on every save (山东省/济宁市/任城区), so it is shown as is;
// the codes are labelled here only when the text is missing or holds the
// bare codes of a row the repair migration could not resolve.
export function regionOf(codes, storedText = '', sep = '/') {
  if (storedText && !/^\d+$/.test(storedText)) return storedText
  const list = Array.isArray(codes) ? codes : codes ? [codes] : []
  if (!list.length) return /^\d+$/.test(storedText) ? '' : storedText
  if (!dictStore.region) {
    dicts(['region']).catch(() => {})
    return /^\d+$/.test(storedText) ? '' : storedText
  }
  return regionText(list, sep)
}

// findOption finds the option of value anywhere in a (possibly nested)
// option list: a cascader's leaf can sit under any branch, so every branch
// is searched before giving up (null when absent).
export function findOption(options, value) {
  if (value === undefined || value === null || value === '') return null
  const want = String(value)
  const stack = [...(options || [])]
  while (stack.length) {
    const o = stack.shift()
    if (String(o.value) === want) return o
    if (o.children?.length) stack.push(...o.children)
  }
  return null
}

// optionLabel is the label of value in a (possibly nested) option list, or
// the value itself when the list does not hold it (not loaded yet, or a
// code the dict no longer has).
export function optionLabel(options, value) {
  if (value === undefined || value === null || value === '') return ''
  const o = findOption(options, value)
  return o ? o.label : String(value)
}

// The workbench navigation of the signed-in user (GET /api/smedx/menus):
// {items:[{key,title,path,icon,children}], allowed:[granted keys]}; the
// server sends only granted entries, 专家评审 included for experts.
export async function menus() {
  const res = await pb.send('/api/smedx/menus', {})
  const norm = (m) => ({
    key: m.key,
    title: m.title,
    icon: m.icon || '',
    path: m.path || '',
    hidden: !!m.nav_hidden,
    children: m.children?.length ? m.children.map(norm) : undefined,
  })
  return { items: (res.items || []).map(norm), allowedKeys: res.allowed || [] }
}

// Workbench home figures (GET /api/smedx/workbench): pending_review,
// my_applications, announcements, role and certification state.
export const workbenchSummary = () => pb.send('/api/smedx/workbench', {})

// reviewFilter selects the applications waiting for this user's decision.
export function reviewFilter(user) {
  if (!user) return 'id = ""'
  if (user.role === 'operator') return 'status = "pending" && stage = "operator"'
  if (user.role === 'department') return 'status = "pending" && stage = "department"'
  if (user.is_expert) return pb.filter('status = "pending" && stage = "expert" && experts.id ?= {:id}', { id: user.id })
  return 'id = ""'
}

// ---------- products (商品上架, 我的商品) ----------

// saveProduct creates or PATCHes a product draft; files (cover, banner
// image, screenshots, case images) go in the same multipart request.
export async function saveProduct(id, data, files) {
  let body = data
  if (files && Object.keys(files).length) {
    body = new FormData()
    for (const [k, v] of Object.entries(data)) {
      if (v === undefined) continue
      // "field-" / "field+" modifiers take one value per entry.
      if (/[+-]$/.test(k) && Array.isArray(v)) v.forEach((x) => body.append(k, x))
      else body.append(k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v ?? '')
    }
    for (const [k, list] of Object.entries(files)) for (const f of [].concat(list)) body.append(k, f)
  }
  return id ? pb.collection('products').update(id, body) : pb.collection('products').create(body)
}

export const productSpecs = (id) => pb.collection('product_specs').getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'sort,created' })
export const productCases = (id) => pb.collection('product_cases').getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'idx' })

// saveSpec / saveCase write one part of a draft (records API); a case
// document goes as multipart.
export function saveSpec(spec) {
  const { id, ...data } = spec
  return id ? pb.collection('product_specs').update(id, data) : pb.collection('product_specs').create(data)
}
export const deleteSpec = (id) => pb.collection('product_specs').delete(id)
export function saveCase(c, file) {
  const { id, document, collectionId, collectionName, created, updated, expand, ...data } = c
  let body = data
  if (file) {
    body = new FormData()
    for (const [k, v] of Object.entries(data)) body.append(k, v ?? '')
    body.append('document', file)
  }
  return id ? pb.collection('product_cases').update(id, body) : pb.collection('product_cases').create(body)
}

// Listed products change through a revision reviewed like a new listing:
// POST products/{id}/revision {data} saves it, products/{id}/submit
// {data} submits it (the live product stays unchanged until approved).
export const saveRevision = (id, data) => post(`products/${id}/revision`, { data })
export const submitProductRevision = (id, data) => post(`products/${id}/submit`, { data })
export const delistProduct = (id) => post(`products/${id}/delist`)
export const deleteProduct = (id) => pb.collection('products').delete(id)
export const draftRevision = (id) =>
  pb.collection('product_revisions').getList(1, 1, { filter: pb.filter('product = {:id} && (status = "draft" || status = "pending")', { id }), sort: '-created', skipTotal: true }).then((r) => r.items[0] || null)

// 发布预览 is a page of the app (pages/ProductPreview.js) rendered by the
// same ProductView as the public page; it opens in a new tab of the same
// signed-in browser, so no token travels in its address.
export function previewUrl(id) {
  return `/preview/products/${encodeURIComponent(id)}`
}

// ---------- cart, orders, payment ----------

export const cartItems = async () => expandPublic(
  await pb.collection('cart_items').getFullList({ filter: pb.filter('user = {:u}', { u: pb.authStore.record?.id }), sort: '-created' }),
  { product: 'public_products', spec: 'public_product_specs' })
export async function addToCart(product, spec, quantity) {
  const user = pb.authStore.record
  const existing = await pb.collection('cart_items').getList(1, 1, { filter: pb.filter('user = {:u} && spec = {:s}', { u: user.id, s: spec }), skipTotal: true })
  if (existing.items.length) {
    const it = existing.items[0]
    return pb.collection('cart_items').update(it.id, { quantity: Math.min(999, it.quantity + quantity) })
  }
  return pb.collection('cart_items').create({ user: user.id, enterprise: user.enterprise, product, spec, quantity })
}
export const updateCartItem = (id, quantity) => pb.collection('cart_items').update(id, { quantity })
export const removeCartItem = (id) => pb.collection('cart_items').delete(id)

// quote: POST orders/quote {items:[{product,spec,quantity}], vouchers?} →
// {items (priced lines), vouchers:[{id, name, balance_fen, selected,
// deduct_fen, …}] (the eligible ones, the chosen ones selected),
// total_fen, deduction_fen, payable_fen}.
export const quoteOrder = (items, vouchers) => post('orders/quote', vouchers ? { items, vouchers } : { items })

// checkout: POST orders/checkout → {checkout_id, replayed, orders, ledger,
// total_fen, deduction_fen, payable_fen}; the Idempotency-Key makes a
// double click create the orders once. Answers the orders.
export async function checkout(body, key) {
  const res = await pb.send('/api/smedx/orders/checkout', { method: 'POST', body, headers: { 'Idempotency-Key': key } })
  return res.orders
}

export const payOrder = (id, method = 'offline', extra = {}) => post(`orders/${id}/pay`, { method, ...extra })
export const deliverOrder = (id) => post(`orders/${id}/deliver`)
export const confirmOrder = (id) => post(`orders/${id}/confirm`)
export const cancelOrder = (id, reason) => post(`orders/${id}/cancel`, reason ? { reason } : {})
export const confirmPayment = (id) => post(`payments/${id}/confirm`)
// The platform's collection account for offline transfers (收款账户), set by
// operators: GET/PUT /api/smedx/payee {name, bank, account, note}.
export const getPayee = () => pb.send('/api/smedx/payee', {})
export const savePayee = (body) => pb.send('/api/smedx/payee', { method: 'PUT', body })
// 立即评价: one rating (1–5) and text per completed order.
export const rateOrder = (id, rating, content) => post(`orders/${id}/rate`, { rating, content })

// ---------- vouchers ----------

export const claimVoucher = (batch) => post('vouchers/claim', { batch })
// {voucher, ledger:[...]}
export const voucherDetail = (id) => pb.send(`/api/smedx/vouchers/${id}`, {})
// The listed products a voucher can pay for: {items, totalItems, voucher}.
export const voucherProducts = (id, page = 1, perPage = 12) => pb.send(`/api/smedx/vouchers/${id}/products`, { query: { page, perPage } })

// ---------- tenant users, menus, experts ----------

export const resetUserPassword = (id, password, passwordConfirm) => post(`tenant/users/${id}/reset-password`, { password, passwordConfirm })
export const setExpert = (id, body) => pb.send(`/api/smedx/tenant/users/${id}/expert`, { method: 'POST', body })
export const cancelExpert = (id) => pb.send(`/api/smedx/tenant/users/${id}/expert`, { method: 'DELETE' })
// The whole menu catalogue of a role for the permission dialog:
// {items:[{key,title,children}], configurable:[keys], defaults:[keys]}.
// PUT tenant/users/{id}/menus {menus:[leaf keys]} (应用内权限配置).
export const setUserMenus = (id, menus) => pb.send(`/api/smedx/tenant/users/${id}/menus`, { method: 'PUT', body: { menus } })
// GET tenant/users/{id}/expert: {user, expert, prefill, pending_assignments}.
export const expertPrefill = (id) => pb.send(`/api/smedx/tenant/users/${id}/expert`, {})
export const menuCatalog = (role) => pb.send('/api/smedx/menus/catalog', role ? { query: { role } } : {})
