// 订单管理 (operators): every order of the platform, filtered by status,
// provider, buyer, date and voucher use, with the sums of the filtered
// orders; the drawer shows the voucher movements and payments of one.
// Data: GET /api/smedx/console/orders.
import { ref, reactive, computed, onMounted } from 'vue'
import { errorMessage } from '../api.js'
import { fmtDate, yuan } from '../util.js'
import { useList, useEnterprises, consoleMeta, orderDetail, useConsoleStyles, PAGER, PAGE_SIZES, YES_NO } from '../consoleApi.js'

const STATUS_TAG = { pending_payment: 'warning', paid: 'primary', delivered: 'primary', completed: 'success', cancelled: 'info' }

export default {
  name: 'ConsoleOrdersPage',
  setup() {
    useConsoleStyles()
    const meta = ref({ order_statuses: [], pay_statuses: [] })
    const providers = useEnterprises('provider')
    const buyers = useEnterprises('enterprise')
    const list = useList('console/orders', { q: '', status: '', pay_status: '', provider: '', buyer: '', from: '', to: '', voucher: '' })
    const range = computed({
      get: () => (list.filters.from && list.filters.to ? [list.filters.from, list.filters.to] : []),
      set: (v) => { list.filters.from = v?.[0] || ''; list.filters.to = v?.[1] || '' },
    })
    onMounted(async () => {
      list.load()
      providers.search('')
      buyers.search('')
      meta.value = await consoleMeta().catch(() => meta.value)
    })
    const sums = computed(() => list.state.extra.sums || { total_fen: 0, deduction_fen: 0, paid_fen: 0 })

    const drawer = reactive({ open: false, data: null, loading: false, error: '' })
    const openDetail = async (row) => {
      Object.assign(drawer, { open: true, data: null, loading: true, error: '' })
      try {
        drawer.data = await orderDetail(row.id)
      } catch (e) {
        drawer.error = errorMessage(e)
      } finally {
        drawer.loading = false
      }
    }
    // The list's filters for the export (lead: wire ExportButton).
    const exportFilter = computed(() => {
      const f = list.filters
      const parts = []
      for (const [k, col] of [['status', 'status'], ['pay_status', 'pay_status'], ['provider', 'provider_enterprise'], ['buyer', 'buyer_enterprise']]) if (f[k]) parts.push(`${col} = "${f[k]}"`)
      if (f.from) parts.push(`created >= "${f.from} 00:00:00"`)
      if (f.to) parts.push(`created <= "${f.to} 23:59:59"`)
      if (f.voucher) parts.push(f.voucher === '1' ? 'deduction_fen > 0' : 'deduction_fen = 0')
      if (f.q) parts.push(`(order_no ~ "${f.q.replace(/"/g, '')}" || product_name ~ "${f.q.replace(/"/g, '')}")`)
      return parts.join(' && ')
    })
    return { meta, providers, buyers, ...list, range, sums, drawer, openDetail, exportFilter, fmtDate, yuan, STATUS_TAG, PAGER, PAGE_SIZES, YES_NO }
  },
  template: `
  <div data-test="console-orders">
    <div class="console-search">
      <el-form :model="filters" inline @submit.prevent="search">
        <el-form-item label="关键字"><el-input v-model="filters.q" placeholder="订单号 / 商品 / 企业" clearable style="width:200px" @keyup.enter="search" /></el-form-item>
        <el-form-item label="订单状态"><el-select v-model="filters.status" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.order_statuses" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="支付状态"><el-select v-model="filters.pay_status" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.pay_statuses" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="服务商">
          <el-select v-model="filters.provider" placeholder="全部" clearable filterable remote :remote-method="providers.search" :loading="providers.loading.value" style="width:180px">
            <el-option v-for="o in providers.options.value" :key="o.value" v-bind="o" />
          </el-select>
        </el-form-item>
        <el-form-item label="采购企业">
          <el-select v-model="filters.buyer" placeholder="全部" clearable filterable remote :remote-method="buyers.search" :loading="buyers.loading.value" style="width:180px">
            <el-option v-for="o in buyers.options.value" :key="o.value" v-bind="o" />
          </el-select>
        </el-form-item>
        <el-form-item label="下单日期"><el-date-picker v-model="range" type="daterange" value-format="YYYY-MM-DD" range-separator="至" start-placeholder="开始" end-placeholder="结束" style="width:240px" /></el-form-item>
        <el-form-item label="使用服务券"><el-select v-model="filters.voucher" placeholder="全部" clearable style="width:90px"><el-option v-for="o in YES_NO" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item>
          <el-button type="primary" @click="search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
          <el-button @click="reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
        </el-form-item>
      </el-form>
    </div>
    <div class="panel">
      <div class="console-toolbar">
        <!-- EXPORT SLOT (lead wires at merge): <export-button dataset="orders" :filter="exportFilter" /> -->
        <span class="muted small" data-test="orders-sums">合计：总价 ¥{{ yuan(sums.total_fen) }}，服务券抵扣 ¥{{ yuan(sums.deduction_fen) }}，实付 ¥{{ yuan(sums.paid_fen) }}</span>
        <span class="spacer"></span><span class="muted small">共 {{ state.total }} 单</span>
      </div>
      <el-alert v-if="state.error" :title="state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <el-table :data="state.items" v-loading="state.loading" row-key="id" border :default-sort="defaultSort()" @sort-change="onSort" empty-text="暂无订单" data-test="console-orders-table">
        <el-table-column prop="order_no" label="订单号" width="180" sortable="custom"><template #default="{row}"><el-link type="primary" :underline="false" @click="openDetail(row)">{{ row.order_no }}</el-link></template></el-table-column>
        <el-table-column label="商品" min-width="170" show-overflow-tooltip><template #default="{row}">{{ row.product_name }}<div class="muted small">{{ row.spec_name }} × {{ row.quantity }}</div></template></el-table-column>
        <el-table-column prop="buyer_name" label="采购企业" min-width="150" show-overflow-tooltip />
        <el-table-column prop="provider_name" label="服务商" min-width="150" show-overflow-tooltip />
        <el-table-column prop="total_fen" label="总价" width="120" sortable="custom"><template #default="{row}">¥{{ yuan(row.total_fen) }}</template></el-table-column>
        <el-table-column prop="deduction_fen" label="服务券抵扣" width="120" sortable="custom"><template #default="{row}">¥{{ yuan(row.deduction_fen) }}</template></el-table-column>
        <el-table-column label="实付" width="110"><template #default="{row}">¥{{ yuan(row.paid_fen) }}</template></el-table-column>
        <el-table-column prop="status" label="订单状态" width="100" sortable="custom"><template #default="{row}"><el-tag size="small" :type="STATUS_TAG[row.status]">{{ row.status_label }}</el-tag></template></el-table-column>
        <el-table-column label="支付状态" width="90"><template #default="{row}">{{ row.pay_status_label }}</template></el-table-column>
        <el-table-column prop="created" label="下单时间" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
        <el-table-column label="操作" width="110" fixed="right"><template #default="{row}">
          <el-button link type="primary" @click="openDetail(row)">详情</el-button>
          <a :href="'/workbench/orders/' + row.id"><el-button link type="primary">订单页</el-button></a>
        </template></el-table-column>
      </el-table>
      <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="state.total" v-model:current-page="state.page" v-model:page-size="state.perPage" @current-change="onPage" @size-change="search" /></div>
    </div>

    <el-drawer v-model="drawer.open" :title="drawer.data ? '订单 ' + drawer.data.order.order_no : '订单详情'" size="55%">
      <div v-loading="drawer.loading">
        <el-alert v-if="drawer.error" :title="drawer.error" type="error" show-icon :closable="false" />
        <template v-if="drawer.data">
          <el-descriptions :column="2" border size="small">
            <el-descriptions-item label="订单号">{{ drawer.data.order.order_no }}</el-descriptions-item>
            <el-descriptions-item label="订单状态">{{ drawer.data.order.status_label }}（{{ drawer.data.order.pay_status_label }}）</el-descriptions-item>
            <el-descriptions-item label="商品">{{ drawer.data.order.product_name }} / {{ drawer.data.order.spec_name }} × {{ drawer.data.order.quantity }}</el-descriptions-item>
            <el-descriptions-item label="服务商">{{ drawer.data.order.provider_name }}</el-descriptions-item>
            <el-descriptions-item label="采购企业">{{ drawer.data.order.buyer_name }}</el-descriptions-item>
            <el-descriptions-item label="下单时间">{{ fmtDate(drawer.data.order.created) }}</el-descriptions-item>
            <el-descriptions-item label="总价">¥{{ yuan(drawer.data.order.total_fen) }}</el-descriptions-item>
            <el-descriptions-item label="服务券抵扣">¥{{ yuan(drawer.data.order.deduction_fen) }}</el-descriptions-item>
            <el-descriptions-item label="应付">¥{{ yuan(drawer.data.order.payable_fen) }}</el-descriptions-item>
            <el-descriptions-item label="实付">¥{{ yuan(drawer.data.order.paid_fen) }}</el-descriptions-item>
            <el-descriptions-item label="支付时间">{{ fmtDate(drawer.data.order.paid_at) || '—' }}</el-descriptions-item>
            <el-descriptions-item label="完成 / 取消">{{ fmtDate(drawer.data.order.completed_at) || fmtDate(drawer.data.order.cancelled_at) || '—' }}<span v-if="drawer.data.order.cancel_reason">（{{ drawer.data.order.cancel_reason }}）</span></el-descriptions-item>
          </el-descriptions>
          <h4>服务券流水</h4>
          <el-table :data="drawer.data.ledger" size="small" border empty-text="未使用服务券">
            <el-table-column prop="voucher_name" label="服务券" min-width="120" />
            <el-table-column prop="batch_name" label="批次" min-width="120" />
            <el-table-column prop="reason_label" label="类型" width="90" />
            <el-table-column label="金额" width="110"><template #default="{row}">{{ row.delta_fen > 0 ? '+' : '' }}¥{{ yuan(row.delta_fen) }}</template></el-table-column>
            <el-table-column label="余额" width="110"><template #default="{row}">¥{{ yuan(row.balance_after_fen) }}</template></el-table-column>
            <el-table-column label="时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
          </el-table>
          <h4>支付记录</h4>
          <el-table :data="drawer.data.payments" size="small" border empty-text="暂无支付记录">
            <el-table-column prop="method_label" label="方式" width="100" />
            <el-table-column label="金额" width="110"><template #default="{row}">¥{{ yuan(row.amount_fen) }}</template></el-table-column>
            <el-table-column prop="status_label" label="状态" width="90" />
            <el-table-column prop="reference" label="流水号" min-width="120" />
            <el-table-column label="确认" min-width="160"><template #default="{row}">{{ row.confirmed_by_name }} {{ fmtDate(row.confirmed_at) }}</template></el-table-column>
          </el-table>
          <!-- HISTORY SLOT (lead wires at merge): <history-tab collection="orders" :record="drawer.data.order.id" /> -->
        </template>
      </div>
    </el-drawer>
  </div>`,
}
