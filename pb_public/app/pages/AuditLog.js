// 操作日志 (operators): the audit trail of audit_logs — who did what to
// which record, from where — newest first, filtered by time, operator,
// action and enterprise. Each row's detail (the JSON the server recorded)
// opens in a dialog.
import { reactive } from 'vue'
import { pb } from '../api.js'
import { useList } from '../list.js'
import { fmtDate, toUtcFilter } from '../util.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'AuditLogPage',
  components: { ListPager },
  setup() {
    const list = useList({
      filters: { range: null, actor: '', action: '', target: '' },
      sort: '-created',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        const parts = []
        if (f.actor) parts.push(pb.filter('actor_name ~ {:q}', { q: f.actor }))
        if (f.action) parts.push(pb.filter('action ~ {:a}', { a: f.action }))
        if (f.target) parts.push(pb.filter('(target_id = {:t} || target_collection = {:t})', { t: f.target }))
        if (Array.isArray(f.range) && f.range.length === 2) {
          const end = new Date(f.range[1])
          end.setHours(23, 59, 59, 999)
          parts.push(pb.filter('created >= {:a} && created <= {:b}', { a: toUtcFilter(f.range[0]), b: toUtcFilter(end) }))
        }
        return pb.collection('audit_logs').getList(page, perPage, { filter: parts.join(' && '), sort, expand: 'enterprise', fields: '*,expand.enterprise.name' })
      },
    })
    list.load()
    const dlg = reactive({ open: false, row: null })
    const show = (row) => Object.assign(dlg, { open: true, row })
    const detail = (row) => (row?.detail && Object.keys(row.detail).length ? JSON.stringify(row.detail, null, 2) : '（无）')
    return { list, f: list.filters, dlg, show, detail, fmtDate }
  },
  template: `
  <div class="panel" data-test="audit-log">
    <div class="panel-title"><h3>操作日志</h3><span class="muted small">平台上的注册、登录、审批、订单、支付等操作记录</span></div>
    <div class="toolbar">
      <el-date-picker v-model="f.range" type="daterange" range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" value-format="YYYY-MM-DD" @change="list.search" />
      <el-input v-model="f.actor" placeholder="操作人" clearable @keyup.enter="list.search" @clear="list.search" data-test="audit-actor" />
      <el-input v-model="f.action" placeholder="操作（如 login、order）" clearable @keyup.enter="list.search" @clear="list.search" data-test="audit-action" />
      <el-input v-model="f.target" placeholder="对象 ID 或数据表" clearable @keyup.enter="list.search" @clear="list.search" />
      <el-button type="primary" @click="list.search" data-test="audit-search">查询</el-button>
      <el-button @click="list.reset">重置</el-button>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" stripe empty-text="暂无日志" data-test="audit-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column prop="created" label="时间" width="170" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column prop="actor_name" label="操作人" min-width="140" show-overflow-tooltip sortable="custom" />
      <el-table-column prop="action" label="操作" min-width="170" sortable="custom"><template #default="{row}">{{ row.action_label || row.action }}</template></el-table-column>
      <el-table-column label="对象" min-width="180" show-overflow-tooltip><template #default="{row}">{{ row.target_collection }}<span v-if="row.target_id" class="muted"> · {{ row.target_id }}</span></template></el-table-column>
      <el-table-column label="所属企业" min-width="160" show-overflow-tooltip><template #default="{row}">{{ row.expand && row.expand.enterprise ? row.expand.enterprise.name : '—' }}</template></el-table-column>
      <el-table-column prop="ip" label="IP" width="130" />
      <el-table-column label="操作" width="80" fixed="right"><template #default="{row}"><el-button link type="primary" @click="show(row)" data-test="audit-detail">详情</el-button></template></el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog v-model="dlg.open" title="日志详情" width="560px" append-to-body>
      <template v-if="dlg.row">
        <el-descriptions :column="1" border size="small">
          <el-descriptions-item label="时间">{{ fmtDate(dlg.row.created) }}</el-descriptions-item>
          <el-descriptions-item label="操作人">{{ dlg.row.actor_name || '—' }}</el-descriptions-item>
          <el-descriptions-item label="操作">{{ dlg.row.action_label || dlg.row.action }}</el-descriptions-item>
          <el-descriptions-item label="对象">{{ dlg.row.target_collection }} {{ dlg.row.target_id }}</el-descriptions-item>
          <el-descriptions-item label="IP">{{ dlg.row.ip || '—' }}</el-descriptions-item>
        </el-descriptions>
        <pre style="background:#f6f8fb;padding:10px;border-radius:4px;max-height:300px;overflow:auto;white-space:pre-wrap">{{ detail(dlg.row) }}</pre>
      </template>
    </el-dialog>
  </div>`,
}
