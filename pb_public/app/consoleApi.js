// The API calls and list plumbing of the platform console (数据看板 and the
// operators' management pages, hooks/console on the server). Kept apart
// from api.js so the console's shape is fixed in one place; pages call
// these helpers, never fetch() directly.
import { reactive, ref } from 'vue'
import { pb, errorMessage } from './api.js'
import { saveBlob, fileName } from './api_exports.js'
import { route, setQuery } from './router.js'

function clean(query) {
  const out = {}
  for (const [k, v] of Object.entries(query || {})) if (v !== undefined && v !== null && v !== '') out[k] = v
  return out
}

export const consoleGet = (path, query) => pb.send(`/api/smedx/${path}`, { query: clean(query) })
const post = (path, body) => pb.send(`/api/smedx/${path}`, { method: 'POST', body: body ?? {} })

// 数据看板: GET stats/{panel}?granularity=&from=&to=…
export const stats = (panel, query) => consoleGet(`stats/${panel}`, query)

// The filters' option lists with their labels (statuses, cities, …).
let metaPromise = null
export function consoleMeta() {
  if (!metaPromise) metaPromise = consoleGet('console/meta').catch((e) => { metaPromise = null; throw e })
  return metaPromise
}

export const enterpriseDetail = (id) => consoleGet(`console/enterprises/${id}`)
export const setEnterprisesDisabled = (ids, disabled, reason) => post(`console/enterprises/${disabled ? 'disable' : 'enable'}`, { ids, reason })
export const setUsersDisabled = (ids, disabled, reason) => post(`console/users/${disabled ? 'disable' : 'enable'}`, { ids, reason })
export const createStaff = (body) => post('console/staff', body)
export const resetStaffPassword = (id, password, passwordConfirm) => post(`console/staff/${id}/reset-password`, { password, passwordConfirm })
export const productDetail = (id) => consoleGet(`console/products/${id}`)
export const forceDelist = (id, reason) => post(`console/products/${id}/delist`, { reason })
export const orderDetail = (id) => consoleGet(`console/orders/${id}`)

// useList drives a RuoYi-style list: a search form (filters, kept in the
// address bar), paging with a page-size choice, server-side sort from the
// table's sort-change, and the rows selected for batch actions.
// path: the console route; defaults: the filters' initial values; prefix
// keeps two lists of one page apart in the address bar.
export function useList(path, defaults, prefix = '') {
  const keys = Object.keys(defaults)
  const fromUrl = (k) => route.query[prefix + k]
  const filters = reactive({})
  for (const k of keys) filters[k] = fromUrl(k) ?? defaults[k]
  const state = reactive({
    items: [], total: 0, page: Number(fromUrl('page')) || 1, perPage: Number(fromUrl('perPage')) || 20,
    sort: fromUrl('sort') || '', loading: false, error: '', extra: {}, selection: [],
  })
  let seq = 0
  const load = async () => {
    const mine = ++seq
    state.loading = true
    state.error = ''
    try {
      const res = await consoleGet(path, { ...filters, page: state.page, perPage: state.perPage, sort: state.sort })
      if (mine !== seq) return
      const { items, totalItems, page, perPage, totalPages, ...extra } = res
      state.items = items
      state.total = totalItems
      state.extra = extra
    } catch (e) {
      if (mine === seq) state.error = errorMessage(e)
    } finally {
      if (mine === seq) state.loading = false
    }
  }
  const remember = () => {
    const q = { page: state.page > 1 ? state.page : '', perPage: state.perPage !== 20 ? state.perPage : '', sort: state.sort }
    for (const k of keys) q[k] = filters[k]
    setQuery(Object.fromEntries(Object.entries(q).map(([k, v]) => [prefix + k, v])))
  }
  const search = () => {
    state.page = 1
    remember()
    load()
  }
  const reset = () => {
    for (const k of keys) filters[k] = defaults[k]
    state.sort = ''
    search()
  }
  const onPage = () => {
    remember()
    load()
  }
  // el-table sort-change: {prop, order: 'ascending'|'descending'|null}.
  const onSort = ({ prop, order }) => {
    state.sort = order ? (order === 'descending' ? '-' : '') + prop : ''
    search()
  }
  const onSelect = (rows) => {
    state.selection = rows
  }
  const defaultSort = () => {
    if (!state.sort) return undefined
    const desc = state.sort.startsWith('-')
    return { prop: state.sort.replace(/^-/, ''), order: desc ? 'descending' : 'ascending' }
  }
  return { filters, state, load, search, reset, onPage, onSort, onSelect, defaultSort }
}

// useEnterprises is the remote search of an enterprise select (names, not
// ids) of a kind (provider | enterprise).
export function useEnterprises(kind) {
  const options = ref([])
  const loading = ref(false)
  const search = async (q) => {
    loading.value = true
    try {
      const res = await consoleGet('console/enterprises', { kind, q, perPage: 20, sort: 'name' })
      options.value = res.items.map((r) => ({ value: r.id, label: r.name || r.credit_code }))
    } catch {
      options.value = []
    } finally {
      loading.value = false
    }
  }
  return { options, loading, search }
}
export const useProviders = () => useEnterprises('provider')

// The pagination every console list shows.
export const PAGER = 'total, sizes, prev, pager, next, jumper'
export const PAGE_SIZES = [10, 20, 50, 100]

// A yes/no filter's choices.
export const YES_NO = [{ value: '1', label: '是' }, { value: '0', label: '否' }]

// The console pages' few styles, added once (app.css belongs to the
// portal and workbench frame).
const CSS = `
.console-search { background: #fff; border-radius: 4px; padding: 16px 16px 0; margin-bottom: 12px; box-shadow: 0 1px 3px rgba(16, 42, 84, .06); }
.console-search .el-form-item { margin-right: 14px; margin-bottom: 14px; }
.console-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
.console-toolbar .spacer { flex: 1; }
.kpi-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; margin-bottom: 16px; }
.kpi { background: #fff; border: 1px solid #e3e8ef; border-radius: 4px; padding: 14px 16px; }
.kpi .kpi-num { font-size: 22px; font-weight: 600; color: var(--el-color-primary); margin: 4px 0; white-space: nowrap; }
.chart-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.chart-grid > .panel { margin-bottom: 0; }
.chart-table { margin-top: 10px; }
@media (max-width: 960px) { .chart-grid { grid-template-columns: minmax(0, 1fr); } }
`
export function useConsoleStyles() {
  if (document.getElementById('smedx-console-css')) return
  const el = document.createElement('style')
  el.id = 'smedx-console-css'
  el.textContent = CSS
  document.head.appendChild(el)
}

// 批量导入 (hooks/console/console_import.go): kind is staff | experts.
// downloadImportTemplate saves GET import/{kind}/template (the Authorization
// header is why it is not a plain link).
export async function downloadImportTemplate(kind) {
  const res = await fetch(`/api/smedx/import/${encodeURIComponent(kind)}/template`, { headers: { Authorization: pb.authStore.token } })
  if (!res.ok) {
    const body = await res.json().catch(() => ({}))
    throw Object.assign(new Error(body.message || `下载失败（${res.status}）`), { status: res.status, response: body })
  }
  saveBlob(await res.blob(), fileName(res.headers.get('Content-Disposition')) || `${kind}.xlsx`)
}

// uploadImport posts the file (commit: write it, else only check it) and
// reports {phase: 'uploading', percent} then {phase: 'checking'} while the
// server validates every row. It resolves to the report; a refusal rejects
// in the SDK's error shape ({status, response: {message, data}}), the
// report of a refused commit in response.data.file.report.
export function uploadImport(kind, file, commit, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/api/smedx/import/${encodeURIComponent(kind)}`)
    xhr.setRequestHeader('Authorization', pb.authStore.token)
    xhr.upload.onprogress = (ev) => onProgress({ phase: 'uploading', percent: ev.lengthComputable ? Math.round((ev.loaded / ev.total) * 100) : 0 })
    xhr.upload.onload = () => onProgress({ phase: 'checking', percent: 100 })
    xhr.onerror = () => reject(Object.assign(new Error('无法连接服务器，请检查网络'), { status: 0 }))
    xhr.onload = () => {
      let body = {}
      try { body = JSON.parse(xhr.responseText) } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body)
      else reject(Object.assign(new Error(body.message || `导入失败（${xhr.status}）`), { status: xhr.status, response: body }))
    }
    const form = new FormData()
    form.append('file', file)
    if (commit) form.append('commit', '1')
    xhr.send(form)
  })
}
