// 操作日志 (operators and the department): who did what, when, to which
// record, from which IP, with what result — GET /api/smedx/audit with the
// search form's filters, newest first, paged; a row opens its detail in a
// drawer. The action, collection and result names come from the server.
// 导出 Excel exports the same rows (dataset audit_logs) with the form's
// filters written in PocketBase's filter syntax.
import { reactive, computed } from 'vue'
import { pb } from '../api.js'
import { operationLog } from '../api_exports.js'
import { push } from '../router.js'
import { useList } from '../list.js'
import { fmtDate, toUtcFilter } from '../util.js'
import ExportButton from '../components/ExportButton.js'
import ListPager from '../components/ListPager.js'

// Pages of the records a log row may open.
const RECORD_PAGES = { orders: (id) => `/workbench/orders/${id}`, applications: (id) => `/workbench/applications/${id}` }

export default {
  name: 'AuditLogPage',
  components: { ExportButton, ListPager },
  setup() {
    const options = reactive({ actions: [], collections: [], results: [] })
    const drawer = reactive({ open: false, row: null })
    // Filters, page, size and sort live in the address bar, so a search can
    // be bookmarked or sent to a colleague.
    const list = useList({
      query: true,
      perPage: 20,
      sort: '-created',
      filters: { actor: '', action: '', collection: '', result: '', from: '', to: '' },
      fetch: async ({ page, perPage, sort, filters }) => {
        const p = { page, perPage }
        for (const [k, v] of Object.entries(filters)) if (v) p[k] = v
        if (sort === 'created') p.sort = 'created'
        const res = await operationLog(p)
        options.actions = res.actions || []
        options.collections = res.collections || []
        options.results = res.results || []
        return res
      },
    })
    const form = list.filters
    // The date picker edits one range; the list keeps it as from/to.
    const range = computed({
      get: () => (form.from && form.to ? [form.from, form.to] : []),
      set: (v) => { form.from = v?.[0] || ''; form.to = v?.[1] || '' },
    })
    list.load()
    const search = () => list.search()
    const reset = () => list.reset()
    const sortChange = ({ order }) => list.sortChange({ prop: 'created', order })

    // The export's filter: the form in PocketBase's filter syntax over the
    // audit_logs dataset's fields (dates as China days, sent in UTC).
    const exportFilter = computed(() => {
      const parts = []
      if (form.actor) parts.push(pb.filter('(actor = {:a} || actor_name ~ {:a})', { a: form.actor }))
      if (form.action) parts.push(pb.filter('action = {:x}', { x: form.action }))
      if (form.collection) parts.push(pb.filter('target_collection = {:c}', { c: form.collection }))
      if (form.from && form.to) {
        const end = new Date(`${form.to}T00:00:00+08:00`)
        end.setDate(end.getDate() + 1)
        parts.push(pb.filter('created >= {:f} && created < {:t}', { f: toUtcFilter(`${form.from}T00:00:00+08:00`), t: toUtcFilter(end) }))
      }
      return parts.join(' && ')
    })
    const open = (row) => Object.assign(drawer, { open: true, row })
    const recordPage = (row) => (RECORD_PAGES[row.collection] && row.record ? RECORD_PAGES[row.collection](row.record) : '')
    const detailText = (row) => (row?.detail ? JSON.stringify(row.detail, null, 2) : '')
    return { list, form, range, options, drawer, search, reset, sortChange, exportFilter, open, recordPage, detailText, fmtDate, push }
  },
  template: `
  <div class="panel" data-test="audit-log">
    <div class="panel-title"><h3>操作日志</h3>
      <export-button dataset="audit_logs" :filter="exportFilter" :sort="list.sort || '-created'" />
    </div>
    <el-form :model="form" inline style="margin-bottom:4px" @submit.prevent="search" data-test="audit-search">
      <el-form-item label="操作人"><el-input v-model="form.actor" placeholder="用户名或姓名" clearable style="width:160px" data-test="audit-actor" /></el-form-item>
      <el-form-item label="操作">
        <el-select v-model="form.action" placeholder="全部" clearable filterable style="width:160px" data-test="audit-action">
          <el-option v-for="a in options.actions" :key="a.code" :value="a.code" :label="a.label" />
        </el-select>
      </el-form-item>
      <el-form-item label="对象类型">
        <el-select v-model="form.collection" placeholder="全部" clearable style="width:130px" data-test="audit-collection">
          <el-option v-for="c in options.collections" :key="c.code" :value="c.code" :label="c.label" />
        </el-select>
      </el-form-item>
      <el-form-item label="结果">
        <el-select v-model="form.result" placeholder="全部" clearable style="width:100px" data-test="audit-result">
          <el-option v-for="r in options.results" :key="r.code" :value="r.code" :label="r.label" />
        </el-select>
      </el-form-item>
      <el-form-item label="时间">
        <el-date-picker v-model="range" type="daterange" value-format="YYYY-MM-DD" range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" style="width:240px" data-test="audit-range" />
      </el-form-item>
      <el-form-item>
        <el-button type="primary" native-type="submit" data-test="audit-search-submit">查询</el-button>
        <el-button @click="reset">重置</el-button>
      </el-form-item>
    </el-form>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无操作日志" @row-click="open" :default-sort="list.tableSort()" @sort-change="sortChange" :row-style="{ cursor: 'pointer' }" data-test="audit-table">
      <el-table-column label="时间" prop="created" width="165" sortable="custom"><template #default="{row}">{{ fmtDate(row.time) }}</template></el-table-column>
      <el-table-column label="操作人" min-width="150" show-overflow-tooltip>
        <template #default="{row}">{{ row.actor_name || '—' }}<span v-if="row.actor_role_label" class="muted small">（{{ row.actor_role_label }}）</span></template>
      </el-table-column>
      <el-table-column label="所属企业" prop="enterprise_name" min-width="160" show-overflow-tooltip />
      <el-table-column label="操作" width="130"><template #default="{row}"><span data-test="audit-action-label">{{ row.action_label }}</span></template></el-table-column>
      <el-table-column label="对象" min-width="200" show-overflow-tooltip>
        <template #default="{row}">
          <span class="muted">{{ row.collection_label }}</span>
          <a v-if="recordPage(row)" :href="recordPage(row)" @click.stop.prevent="push(recordPage(row))" style="margin-left:6px">{{ row.record_label || row.record }}</a>
          <span v-else-if="row.record" style="margin-left:6px">{{ row.record_label || row.record }}</span>
        </template>
      </el-table-column>
      <el-table-column label="来源IP" prop="ip" width="130" />
      <el-table-column label="结果" width="80"><template #default="{row}"><el-tag size="small" :type="row.result === 'failure' ? 'danger' : 'success'">{{ row.result_label }}</el-tag></template></el-table-column>
      <el-table-column label="摘要" prop="summary" min-width="200" show-overflow-tooltip />
    </el-table>
    <list-pager :list="list" />
    <el-drawer v-model="drawer.open" title="日志详情" size="480px" append-to-body data-test="audit-drawer">
      <el-descriptions v-if="drawer.row" :column="1" border size="small">
        <el-descriptions-item label="时间">{{ fmtDate(drawer.row.time) }}</el-descriptions-item>
        <el-descriptions-item label="操作人">{{ drawer.row.actor_name }} {{ drawer.row.actor_role_label }}</el-descriptions-item>
        <el-descriptions-item label="所属企业">{{ drawer.row.enterprise_name || '—' }}</el-descriptions-item>
        <el-descriptions-item label="操作">{{ drawer.row.action_label }}（{{ drawer.row.action }}）</el-descriptions-item>
        <el-descriptions-item label="对象">{{ drawer.row.collection_label }} {{ drawer.row.record_label || drawer.row.record }}</el-descriptions-item>
        <el-descriptions-item label="来源IP">{{ drawer.row.ip || '—' }}</el-descriptions-item>
        <el-descriptions-item label="结果">{{ drawer.row.result_label }}</el-descriptions-item>
        <el-descriptions-item label="摘要">{{ drawer.row.summary || '—' }}</el-descriptions-item>
      </el-descriptions>
      <pre v-if="detailText(drawer.row)" class="small" style="white-space:pre-wrap;background:#f7f8fa;padding:8px;border-radius:4px;margin-top:12px">{{ detailText(drawer.row) }}</pre>
    </el-drawer>
  </div>`,
}
