// useList is the one list-page composable of the workbench: every table
// page keeps its rows, paging, page size, sort, filters, loading flag and
// error here, so they all page, sort, filter and report errors alike.
//
//   const list = useList({
//     fetch: ({ page, perPage, sort, filters }) => pb.collection('x').getList(page, perPage, {...}),
//     filters: { status: '', q: '' },     // reset() restores these
//     sort: '-created',                   // default sort (PocketBase syntax)
//     query: true,                        // keep page, size, sort and filters in the address bar
//   })
//
// fetch answers {items, totalItems} (a PocketBase list result or a custom
// route shaped like one). Tables bind @sort-change="list.sortChange" on
// columns with sortable="custom" and a `prop` naming the sort field; the
// pager is <list-pager :list="list" /> (components/ListPager.js).
import { reactive } from 'vue'
import { errorMessage } from './api.js'
import { route, setQuery } from './router.js'

export const PAGE_SIZES = [10, 20, 50, 100]

export function useList(opts) {
  const defaults = { ...(opts.filters || {}) }
  const q = opts.query ? route.query : {}
  const filters = reactive({ ...defaults })
  if (opts.query) for (const k of Object.keys(defaults)) if (q[k] !== undefined) filters[k] = q[k]
  const size = Number(q.size)
  const list = reactive({
    items: [],
    total: 0,
    page: Math.max(1, Number(q.page) || 1),
    perPage: PAGE_SIZES.includes(size) ? size : opts.perPage || 10,
    sort: q.sort || opts.sort || '',
    defaultSort: opts.sort || '',
    filters,
    loading: false,
    error: '',
    sizes: PAGE_SIZES,
    loaded: false,
  })
  let seq = 0

  // load fetches the current page; an answer that arrives after a newer
  // request started is dropped, so fast filtering never shows stale rows.
  list.load = async () => {
    const mine = ++seq
    list.loading = true
    list.error = ''
    try {
      const res = await opts.fetch({ page: list.page, perPage: list.perPage, sort: list.sort, filters: { ...filters } })
      if (mine !== seq) return
      const items = res?.items || []
      const total = res?.totalItems ?? items.length
      // A page past the end (rows removed elsewhere) falls back to the last one.
      if (!items.length && list.page > 1 && total > 0) {
        list.page = Math.max(1, Math.ceil(total / list.perPage))
        return list.load()
      }
      // What the page derives from the rows (their state, actions) is ready
      // before the rows show, so no row shows an action it does not have.
      list.total = total
      if (opts.after) await opts.after(items)
      if (mine !== seq) return
      list.items = items
      if (opts.query) syncQuery()
    } catch (e) {
      if (mine !== seq) return
      list.error = errorMessage(e)
      list.items = []
      list.total = 0
    } finally {
      if (mine === seq) {
        list.loading = false
        list.loaded = true
      }
    }
  }
  const syncQuery = () => {
    const out = { page: list.page > 1 ? list.page : '', size: list.perPage !== (opts.perPage || 10) ? list.perPage : '', sort: list.sort !== list.defaultSort ? list.sort : '' }
    for (const k of Object.keys(defaults)) out[k] = filters[k] === defaults[k] ? '' : filters[k]
    setQuery(out)
  }
  // search applies the filters from the first page.
  list.search = () => {
    list.page = 1
    return list.load()
  }
  list.reset = () => {
    Object.assign(filters, defaults)
    list.sort = list.defaultSort
    return list.search()
  }
  list.pageChange = (p) => {
    list.page = p
    return list.load()
  }
  list.sizeChange = (n) => {
    list.perPage = n
    list.page = 1
    return list.load()
  }
  // sortChange takes el-table's {prop, order}; no order means the default.
  list.sortChange = ({ prop, order }) => {
    list.sort = !order || !prop ? list.defaultSort : (order === 'descending' ? '-' : '') + prop
    list.page = 1
    return list.load()
  }
  // tableSort is the :default-sort of el-table for the current sort.
  list.tableSort = () => {
    const s = list.sort || ''
    if (!s || s.includes(',')) return {}
    return s.startsWith('-') ? { prop: s.slice(1), order: 'descending' } : { prop: s, order: 'ascending' }
  }
  return list
}
