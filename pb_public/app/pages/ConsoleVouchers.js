// 服务券 (operators; the department reads the batches): every batch with
// what it issued, what was spent, used up and expired, and — operators —
// the vouchers themselves. Data: GET /api/smedx/console/voucher-batches and
// /api/smedx/console/vouchers. Activities and batches are set up in
// 服务券活动管理 (VoucherAdmin).
import { ref, computed, onMounted } from 'vue'
import { session } from '../store.js'
import { route, setQuery } from '../router.js'
import { fmtDate, yuan } from '../util.js'
import { useList, consoleMeta, useConsoleStyles, PAGER, PAGE_SIZES } from '../consoleApi.js'

const STATUS_TAG = { active: 'success', used_up: 'info', expired: 'warning', void: 'danger' }

export default {
  name: 'ConsoleVouchersPage',
  setup() {
    useConsoleStyles()
    const operator = computed(() => session.user?.role === 'operator')
    const tab = ref(operator.value && route.query.tab === 'vouchers' ? 'vouchers' : 'batches')
    const meta = ref({ activities: [], voucher_statuses: [], voucher_modes: [] })
    const batches = useList('console/voucher-batches', { activity: '', mode: '', q: '' })
    const vouchers = useList('console/vouchers', { activity: '', batch: '', status: '', q: '', from: '', to: '' }, 'v_')
    const range = computed({
      get: () => (vouchers.filters.from && vouchers.filters.to ? [vouchers.filters.from, vouchers.filters.to] : []),
      set: (v) => { vouchers.filters.from = v?.[0] || ''; vouchers.filters.to = v?.[1] || '' },
    })
    const loaded = { batches: false, vouchers: false }
    const show = (name) => {
      setQuery({ tab: name === 'vouchers' ? 'vouchers' : '' })
      if (!loaded[name]) {
        loaded[name] = true
        ;(name === 'vouchers' ? vouchers : batches).load()
      }
    }
    onMounted(async () => {
      show(tab.value)
      meta.value = await consoleMeta().catch(() => meta.value)
    })
    // A batch's vouchers (operators).
    const openBatch = (row) => {
      vouchers.filters.batch = row.id
      vouchers.filters.activity = ''
      tab.value = 'vouchers'
      loaded.vouchers = true
      vouchers.search()
      setQuery({ tab: 'vouchers' })
    }
    const valid = (r) => (r.valid_days ? `领取后 ${r.valid_days} 天` : `${fmtDate(r.valid_from, false) || '—'} 至 ${fmtDate(r.valid_to, false) || '—'}`)
    // The filters for the exports (lead: wire ExportButton).
    const voucherExport = computed(() => {
      const f = vouchers.filters
      const parts = []
      if (f.batch) parts.push(`batch = "${f.batch}"`)
      if (f.status) parts.push(`status = "${f.status}"`)
      if (f.from) parts.push(`created >= "${f.from} 00:00:00"`)
      if (f.to) parts.push(`created <= "${f.to} 23:59:59"`)
      return parts.join(' && ')
    })
    return { operator, tab, meta, batches, vouchers, range, show, openBatch, valid, voucherExport, fmtDate, yuan, STATUS_TAG, PAGER, PAGE_SIZES }
  },
  template: `
  <div data-test="console-vouchers">
    <el-tabs v-model="tab" @tab-change="show" class="panel" style="padding-top:8px">
      <el-tab-pane label="批次统计" name="batches">
        <el-form :model="batches.filters" inline @submit.prevent="batches.search">
          <el-form-item label="活动"><el-select v-model="batches.filters.activity" placeholder="全部" clearable style="width:220px"><el-option v-for="o in meta.activities" :key="o.value" v-bind="o" /></el-select></el-form-item>
          <el-form-item label="方式"><el-select v-model="batches.filters.mode" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.voucher_modes" :key="o.value" v-bind="o" /></el-select></el-form-item>
          <el-form-item label="名称"><el-input v-model="batches.filters.q" placeholder="批次或活动名称" clearable style="width:180px" @keyup.enter="batches.search" /></el-form-item>
          <el-form-item>
            <el-button type="primary" @click="batches.search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
            <el-button @click="batches.reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
            <!-- EXPORT SLOT (lead wires at merge): <export-button dataset="vouchers" filter="" /> -->
          </el-form-item>
        </el-form>
        <el-alert v-if="batches.state.error" :title="batches.state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
        <el-table :data="batches.state.items" v-loading="batches.state.loading" row-key="id" border @sort-change="batches.onSort" empty-text="暂无批次" data-test="batches-table">
          <el-table-column prop="activity_name" label="活动" min-width="160" show-overflow-tooltip />
          <el-table-column prop="name" label="批次" min-width="140" sortable="custom" show-overflow-tooltip>
            <template #default="{row}"><el-link v-if="operator" type="primary" :underline="false" @click="openBatch(row)">{{ row.name }}</el-link><span v-else>{{ row.name }}</span></template>
          </el-table-column>
          <el-table-column prop="mode_label" label="方式" width="90" />
          <el-table-column prop="face_value_fen" label="面额" width="100" sortable="custom"><template #default="{row}">¥{{ yuan(row.face_value_fen) }}</template></el-table-column>
          <el-table-column prop="quantity" label="数量" width="80" sortable="custom" />
          <el-table-column prop="issued_count" label="已发放" width="90" sortable="custom" />
          <el-table-column prop="issued_fen" label="发放面额" width="120" sortable="custom"><template #default="{row}">¥{{ yuan(row.issued_fen) }}</template></el-table-column>
          <el-table-column prop="used_fen" label="已使用" width="120" sortable="custom"><template #default="{row}">¥{{ yuan(row.used_fen) }}</template></el-table-column>
          <el-table-column label="已用完" width="80"><template #default="{row}">{{ row.used_up_count }}</template></el-table-column>
          <el-table-column prop="expired_fen" label="过期(张/元)" width="130" sortable="custom"><template #default="{row}">{{ row.expired_count }} / ¥{{ yuan(row.expired_fen) }}</template></el-table-column>
          <el-table-column label="可用余额" width="120"><template #default="{row}">¥{{ yuan(row.active_fen) }}</template></el-table-column>
          <el-table-column label="有效期" min-width="190"><template #default="{row}">{{ valid(row) }}</template></el-table-column>
        </el-table>
        <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="batches.state.total" v-model:current-page="batches.state.page" v-model:page-size="batches.state.perPage" @current-change="batches.onPage" @size-change="batches.search" /></div>
      </el-tab-pane>
      <el-tab-pane v-if="operator" label="服务券明细" name="vouchers">
        <el-form :model="vouchers.filters" inline @submit.prevent="vouchers.search">
          <el-form-item label="活动"><el-select v-model="vouchers.filters.activity" placeholder="全部" clearable style="width:200px"><el-option v-for="o in meta.activities" :key="o.value" v-bind="o" /></el-select></el-form-item>
          <el-form-item label="批次" v-if="vouchers.filters.batch"><el-tag closable @close="vouchers.filters.batch = ''; vouchers.search()">已按批次筛选</el-tag></el-form-item>
          <el-form-item label="状态"><el-select v-model="vouchers.filters.status" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.voucher_statuses" :key="o.value" v-bind="o" /></el-select></el-form-item>
          <el-form-item label="企业"><el-input v-model="vouchers.filters.q" placeholder="企业 / 领取人 / 券名称" clearable style="width:180px" @keyup.enter="vouchers.search" /></el-form-item>
          <el-form-item label="领取日期"><el-date-picker v-model="range" type="daterange" value-format="YYYY-MM-DD" range-separator="至" start-placeholder="开始" end-placeholder="结束" style="width:240px" /></el-form-item>
          <el-form-item>
            <el-button type="primary" @click="vouchers.search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
            <el-button @click="vouchers.reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
            <!-- EXPORT SLOT (lead wires at merge): <export-button dataset="vouchers" :filter="voucherExport" /> -->
          </el-form-item>
        </el-form>
        <el-alert v-if="vouchers.state.error" :title="vouchers.state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
        <el-table :data="vouchers.state.items" v-loading="vouchers.state.loading" row-key="id" border @sort-change="vouchers.onSort" empty-text="暂无服务券" data-test="vouchers-table">
          <el-table-column prop="name" label="服务券" min-width="140" show-overflow-tooltip />
          <el-table-column prop="batch_name" label="批次" min-width="120" show-overflow-tooltip />
          <el-table-column prop="enterprise_name" label="企业" min-width="160" show-overflow-tooltip />
          <el-table-column prop="holder_name" label="领取人" width="100" />
          <el-table-column prop="face_value_fen" label="面额" width="100" sortable="custom"><template #default="{row}">¥{{ yuan(row.face_value_fen) }}</template></el-table-column>
          <el-table-column prop="balance_fen" label="余额" width="100" sortable="custom"><template #default="{row}">¥{{ yuan(row.balance_fen) }}</template></el-table-column>
          <el-table-column prop="used_fen" label="已使用" width="100" sortable="custom"><template #default="{row}">¥{{ yuan(row.used_fen) }}</template></el-table-column>
          <el-table-column prop="status" label="状态" width="90" sortable="custom"><template #default="{row}"><el-tag size="small" :type="STATUS_TAG[row.status]">{{ row.status_label }}</el-tag></template></el-table-column>
          <el-table-column prop="valid_to" label="有效期至" width="120" sortable="custom"><template #default="{row}">{{ fmtDate(row.valid_to, false) || '—' }}</template></el-table-column>
          <el-table-column prop="created" label="领取时间" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
        </el-table>
        <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="vouchers.state.total" v-model:current-page="vouchers.state.page" v-model:page-size="vouchers.state.perPage" @current-change="vouchers.onPage" @size-change="vouchers.search" /></div>
      </el-tab-pane>
    </el-tabs>
  </div>`,
}
