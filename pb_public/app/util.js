// Formatting and client-side checks shared by the pages.

// fmtDate shows a PocketBase datetime ("2026-01-05 04:00:00.000Z") or a
// Date as local "YYYY-MM-DD HH:mm:ss".
export function fmtDate(s, withTime = true) {
  if (!s) return ''
  const d = s instanceof Date ? s : new Date(String(s).replace(' ', 'T'))
  if (isNaN(d)) return String(s)
  const p = (n) => String(n).padStart(2, '0')
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  return withTime ? `${day} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` : day
}

// fmtTime is the clock time HH:mm:ss (the autosave indicator).
export function fmtTime(s) {
  const full = fmtDate(s)
  return full.length >= 19 ? full.slice(11, 19) : full
}

// PocketBase filters compare UTC "YYYY-MM-DD HH:MM:SS" strings.
export function toUtcFilter(d) {
  return new Date(d).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')
}

export function yuan(fen) {
  const n = Number(fen || 0) / 100
  return n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

export function priceRange(p) {
  if (!p) return ''
  const min = p.price_min_fen || 0
  const max = p.price_max_fen || 0
  if (!min && !max) return '详见规格'
  if (min === max || !max) return `¥${yuan(min)}`
  return `¥${yuan(min)} - ¥${yuan(max)}`
}

export const SPECIALS = '~!#$%&+,-.*:;<=>@_?^、`/'

// passwordChecks mirrors DESIGN §5, for live hints; the server decides.
export function passwordChecks(pw, username, phone) {
  pw = pw || ''
  const kinds = [/\d/, /[A-Z]/, /[a-z]/].filter((re) => re.test(pw)).length + ([...pw].some((c) => SPECIALS.includes(c)) ? 1 : 0)
  const lower = pw.toLowerCase()
  return [
    { key: 'length', text: '8-18 个字符', ok: pw.length >= 8 && pw.length <= 18 },
    { key: 'kinds', text: `至少包含数字、大写字母、小写字母和特殊字符 ${SPECIALS} 中的 3 种`, ok: kinds >= 3 },
    {
      key: 'personal',
      text: '不能包含用户名、手机号',
      ok: !!pw && !(username && lower.includes(String(username).toLowerCase())) && !(phone && pw.includes(phone)),
    },
  ]
}

export const PHONE_RE = /^1\d{10}$/
export const USERNAME_RE = /^[A-Za-z0-9_]{6,30}$/

export function debounce(fn, ms) {
  let t
  const d = (...args) => {
    clearTimeout(t)
    t = setTimeout(() => fn(...args), ms)
  }
  d.flush = (...args) => {
    clearTimeout(t)
    return fn(...args)
  }
  d.cancel = () => clearTimeout(t)
  return d
}

// Labels of statuses, stages, types and reasons come from the server
// (GET /api/smedx/labels, defined once in hooks/workflow): loadLabels fills
// these tables before the app mounts (main.js). State tables map a code to
// { text, type } (type: the el-tag colour); name tables map a code to its text.
export const APP_STATUS = {}
export const CERT_STATUS = {}
export const PRODUCT_STATUS = {}
export const REVISION_STATUS = {}
export const ORDER_STATUS = {}
export const PAY_STATUS = {}
export const ORDER_DISPLAY = {} // display states of an order that are no status (awaiting_confirmation)
export const PAYMENT_STATUS = {}
export const VOUCHER_STATUS = {}
export const SETTLEMENT_STATE = {}
export const APP_TYPES = {}
export const STAGES = {}
export const PRICE_UNITS = {}
export const PURCHASE_MODES = {}
export const LEDGER_REASONS = {}
export const BATCH_MODES = {}
export const KINDS = {}
export const ROLES = {}
const STATE_TABLES = {
  application_status: APP_STATUS, cert_status: CERT_STATUS, product_status: PRODUCT_STATUS, revision_status: REVISION_STATUS,
  order_status: ORDER_STATUS, pay_status: PAY_STATUS, payment_status: PAYMENT_STATUS, voucher_status: VOUCHER_STATUS,
  settlement_state: SETTLEMENT_STATE, order_display: ORDER_DISPLAY,
}
const NAME_TABLES = {
  application_type: APP_TYPES, stage: STAGES, purchase_mode: PRICE_UNITS, purchase_mode_choice: PURCHASE_MODES, ledger_reason: LEDGER_REASONS,
  batch_mode: BATCH_MODES, kind: KINDS, role: ROLES,
}
export async function loadLabels() {
  const res = await fetch('/api/smedx/labels')
  if (!res.ok) throw new Error(`labels: HTTP ${res.status}`)
  const all = await res.json()
  // Codes arrive in the order the UI offers them; objects keep it.
  for (const [name, table] of Object.entries(STATE_TABLES)) {
    for (const { code, text, type } of all[name] || []) table[code] = { text, type }
  }
  for (const [name, table] of Object.entries(NAME_TABLES)) {
    for (const { code, text } of all[name] || []) table[code] = text
  }
}


// checkFile checks a picked file's extension and size before anything is
// sent; it answers the Chinese message to show, or '' when it is fine.
export function checkFile(file, exts, maxMB, label) {
  const ext = (file.name.split('.').pop() || '').toLowerCase()
  if (exts && !exts.includes(ext)) return `${label}仅支持 ${exts.join(',')} 格式`
  if (file.size > maxMB * 1024 * 1024) return `${label}不能超过 ${maxMB}M`
  return ''
}
export const COVER_EXTS = ['jpeg', 'png', 'jpg', 'bmp']
export const DOC_EXTS = ['pdf', 'png', 'jpg', 'jpeg', 'doc', 'docx', 'zip', 'mp4', 'ppt', 'pptx', 'bmp']
export const MEDIA_EXTS = ['jpeg', 'jpg', 'png', 'bmp', 'gif', 'webp', 'mp4']
export const PHOTO_EXTS = ['jpeg', 'jpg', 'png']

// 元 ↔ fen: forms take 元 with two decimals, the server stores fen.
export const toFen = (yuanValue) => (yuanValue === null || yuanValue === undefined || yuanValue === '' ? 0 : Math.round(Number(yuanValue) * 100))
export const toYuan = (fen) => (fen === null || fen === undefined ? null : Number(fen) / 100)


// Announcements are written as plain text: one paragraph a line, and links
// as [文字](/survey) or [文字](https://…) — a notice can send its reader
// straight to the page it talks about. HTML typed in stays as it is.
const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const LINK_RE = /\[([^\]\n]+)\]\(((?:https?:\/\/|\/)[^\s)]*)\)/g
export function textToHtml(t) {
  if (/<[a-z][\s\S]*>/i.test(t || '')) return t
  return (t || '').split(/\n+/).filter((x) => x.trim()).map((x) => {
    const out = []
    let last = 0
    for (const m of x.trim().matchAll(LINK_RE)) {
      out.push(escHtml(x.trim().slice(last, m.index)), `<a href="${escHtml(m[2])}">${escHtml(m[1])}</a>`)
      last = m.index + m[0].length
    }
    out.push(escHtml(x.trim().slice(last)))
    return `<p>${out.join('')}</p>`
  }).join('')
}
export function htmlToText(h) {
  return (h || '')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href, text) => `[${text.replace(/<[^>]+>/g, '')}](${href})`)
    .replace(/<\/p>\s*<p>/g, '\n').replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}
