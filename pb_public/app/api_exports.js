// The API layer of exports, record histories, the operation log and the
// printed documents (hooks/exports on the server). Kept beside api.js so
// pages still never call fetch() themselves: an Excel export is the one
// request the SDK cannot make, because the page shows the download's
// progress while it streams.
import { pb } from './api.js'

// downloadExport streams GET /api/smedx/exports/{dataset}.xlsx with the
// page's filter and sort, reports {phase, rows, bytes} to onProgress
// (phase "generating" until the server answers, then "downloading"), saves
// the file under the server's name and resolves to {rows, bytes, name}.
// A refusal rejects with the server's error in the SDK's shape
// ({status, response: {message, data}}), so errorMessage() reads it.
export async function downloadExport(dataset, { filter = '', sort = '', onProgress = () => {}, signal } = {}) {
  const url = new URL(`/api/smedx/exports/${encodeURIComponent(dataset)}.xlsx`, location.origin)
  if (filter) url.searchParams.set('filter', filter)
  if (sort) url.searchParams.set('sort', sort)
  onProgress({ phase: 'generating', rows: 0, bytes: 0 })
  const res = await fetch(url, { headers: { Authorization: pb.authStore.token }, signal })
  if (!res.ok) {
    const body = await res.json().catch(() => ({}))
    throw Object.assign(new Error(body.message || `导出失败（${res.status}）`), { status: res.status, response: body })
  }
  const rows = Number(res.headers.get('X-Export-Rows') || 0)
  const name = fileName(res.headers.get('Content-Disposition')) || `${dataset}.xlsx`
  const reader = res.body.getReader()
  const chunks = []
  let bytes = 0
  onProgress({ phase: 'downloading', rows, bytes })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    bytes += value.length
    onProgress({ phase: 'downloading', rows, bytes })
  }
  saveBlob(new Blob(chunks, { type: res.headers.get('Content-Type') || 'application/octet-stream' }), name)
  return { rows, bytes, name }
}

// fileName reads filename*=UTF-8''… (the Chinese name) or filename="…".
export function fileName(disposition) {
  if (!disposition) return ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="([^"]+)"/i.exec(disposition)
  return plain ? plain[1] : ''
}

export function saveBlob(blob, name) {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(a.href), 30000)
}

// The datasets the caller may export: [{name, title, columns, fields, own_only}].
export const exportCatalog = () => pb.send('/api/smedx/exports', {}).then((r) => r.items || [])

// One record's history: {title, items:[{time, kind, kind_label, title, detail, actor, ip, amount_fen, result}]}.
export const recordHistory = (collection, record) => pb.send('/api/smedx/audit', { query: { collection, record } })

// The operation log: {items, totalItems, page, perPage, actions, collections, results}.
export const operationLog = (params) => pb.send('/api/smedx/audit', { query: params })

// The printable documents open in a new tab, which sends no Authorization
// header: the token travels in the query (the server answers no-store).
export function printUrl(kind, id) {
  return `/api/smedx/print/${kind}/${id}?token=${encodeURIComponent(pb.authStore.token)}`
}
