// 数据看板 (operators and the department): registrations and certifications,
// review throughput and time per stage, listings, vouchers and orders, from
// GET /api/smedx/stats/{panel}. Every chart has its figures in a table
// below it; labels (cities, industries, stages, statuses) come from the
// server.
import { ref, reactive, computed, onMounted } from 'vue'
import { stats, useConsoleStyles } from '../consoleApi.js'
import { errorMessage } from '../api.js'
import { yuan } from '../util.js'
import EChart from '../components/EChart.js'

const y = (fen) => Math.round(Number(fen || 0)) / 100
const pct = (r) => `${(Number(r || 0) * 100).toFixed(1)}%`
const days = (d) => (d === null || d === undefined ? '—' : `${d} 天`)

// Common pieces of the chart options.
const grid = { left: 48, right: 24, top: 40, bottom: 36, containLabel: true }
const axisTip = { trigger: 'axis' }
const bars = (name, data, extra) => ({ name, type: 'bar', data, barMaxWidth: 28, ...extra })
const line = (name, data, extra) => ({ name, type: 'line', data, smooth: true, symbolSize: 6, ...extra })
const hbar = (names, values, name, fmt) => ({
  grid: { left: 12, right: 40, top: 10, bottom: 10, containLabel: true },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
  series: [bars(name, values, { label: { show: true, position: 'right', formatter: (p) => (fmt ? fmt(p.value) : p.value) } })],
})

export default {
  name: 'ConsoleDashboardPage',
  components: { EChart },
  setup() {
    useConsoleStyles()
    const today = new Date()
    const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    const start = new Date(today.getFullYear(), today.getMonth() - 11, 1)
    const q = reactive({ granularity: 'month', range: [iso(start), iso(today)] })
    const data = reactive({ overview: null, registrations: null, reviews: null, listings: null, vouchers: null, orders: null })
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      loading.value = true
      error.value = ''
      const w = { granularity: q.granularity, from: q.range?.[0] || '', to: q.range?.[1] || '' }
      try {
        const names = Object.keys(data)
        const res = await Promise.all(names.map((p) => stats(p, ['overview', 'listings', 'vouchers'].includes(p) ? {} : w)))
        names.forEach((n, i) => { data[n] = res[i] })
      } catch (e) {
        error.value = errorMessage(e, '统计数据加载失败')
      } finally {
        loading.value = false
      }
    }
    onMounted(load)

    const periods = (panel) => (data[panel]?.series || []).map((r) => r.period)
    const col = (panel, key, f = (x) => x) => (data[panel]?.series || []).map((r) => f(r[key]))

    const regOption = computed(() => ({
      grid, tooltip: axisTip, legend: { top: 0 },
      xAxis: { type: 'category', data: periods('registrations') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        bars('服务商注册', col('registrations', 'provider_registered'), { stack: 'reg' }),
        bars('企业注册', col('registrations', 'enterprise_registered'), { stack: 'reg' }),
        line('服务商认证', col('registrations', 'provider_certified')),
        line('企业认证', col('registrations', 'enterprise_certified')),
      ],
    }))
    const cityOption = computed(() => {
      const rows = data.registrations?.by_city || []
      return {
        grid, tooltip: axisTip, legend: { top: 0 },
        xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [bars('注册', rows.map((r) => r.registered)), bars('认证', rows.map((r) => r.certified))],
      }
    })
    const industryOption = computed(() => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ name: '注册', type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'], label: { formatter: '{b}\n{d}%', width: 120, overflow: 'truncate' },
        data: (data.registrations?.by_industry || []).map((r) => ({ name: r.label, value: r.registered })) }],
    }))
    const flowOption = computed(() => ({
      grid, tooltip: axisTip, legend: { top: 0 },
      xAxis: { type: 'category', data: periods('reviews') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [bars('提交', col('reviews', 'submitted')), bars('通过', col('reviews', 'approved')), bars('驳回', col('reviews', 'rejected'))],
    }))
    const stageOption = computed(() => {
      const rows = data.reviews?.stages || []
      const limit = data.reviews?.overdue_days || 3
      return {
        grid, tooltip: { ...axisTip, valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v} 个工作日`) }, legend: { top: 0 },
        xAxis: { type: 'category', data: rows.map((r) => r.label) },
        yAxis: { type: 'value', name: '工作日' },
        series: [
          bars('中位数', rows.map((r) => r.median_days), { markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, label: { position: 'insideEndTop', formatter: `${limit} 个工作日` }, data: [{ yAxis: limit }] } }),
          bars('P90', rows.map((r) => r.p90_days)),
        ],
      }
    })
    const statusOption = computed(() => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ name: '商品', type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'], label: { formatter: '{b} {c}' },
        data: (data.listings?.by_status || []).map((r) => ({ name: r.label, value: r.count })) }],
    }))
    const categoryOption = computed(() => {
      const rows = data.listings?.by_category || []
      return {
        grid: { ...grid, left: 12 }, tooltip: { ...axisTip, axisPointer: { type: 'shadow' } }, legend: { top: 0 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
        series: [bars('已上架', rows.map((r) => r.listed)), bars('全部', rows.map((r) => r.total))],
      }
    })
    const batchOption = computed(() => {
      const rows = data.vouchers?.batches || []
      return {
        grid, tooltip: { ...axisTip, valueFormatter: (v) => `¥${yuan(v * 100)}` }, legend: { top: 0 },
        xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0, width: 90, overflow: 'truncate' } },
        yAxis: { type: 'value', name: '元' },
        series: [
          bars('发放面额', rows.map((r) => y(r.issued_fen))),
          bars('已使用', rows.map((r) => y(r.used_fen))),
          bars('过期未用', rows.map((r) => y(r.expired_fen))),
        ],
      }
    })
    const voucherCityOption = computed(() => {
      const rows = data.vouchers?.by_city || []
      return {
        grid, tooltip: { ...axisTip, valueFormatter: (v) => `¥${yuan(v * 100)}` }, legend: { top: 0 },
        xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
        yAxis: { type: 'value', name: '元' },
        series: [bars('发放面额', rows.map((r) => y(r.issued_fen))), bars('已使用', rows.map((r) => y(r.used_fen)))],
      }
    })
    const ordersOption = computed(() => ({
      grid, tooltip: axisTip, legend: { top: 0 },
      xAxis: { type: 'category', data: periods('orders') },
      yAxis: [{ type: 'value', name: '元' }, { type: 'value', name: '单', minInterval: 1, splitLine: { show: false } }],
      series: [
        bars('成交额', col('orders', 'gmv_fen', y), { tooltip: { valueFormatter: (v) => `¥${yuan(v * 100)}` } }),
        bars('服务券抵扣', col('orders', 'deduction_fen', y), { tooltip: { valueFormatter: (v) => `¥${yuan(v * 100)}` } }),
        line('订单数', col('orders', 'orders'), { yAxisIndex: 1 }),
      ],
    }))
    const money = (v) => `¥${yuan(v * 100)}`
    const topProductOption = computed(() => {
      const rows = data.orders?.top_products || []
      return hbar(rows.map((r) => r.name), rows.map((r) => y(r.gmv_fen)), '成交额', money)
    })
    const topProviderOption = computed(() => {
      const rows = data.orders?.top_providers || []
      return hbar(rows.map((r) => r.name), rows.map((r) => y(r.gmv_fen)), '成交额', money)
    })
    const orderCityOption = computed(() => {
      const rows = data.orders?.by_city || []
      return hbar(rows.map((r) => r.label), rows.map((r) => y(r.gmv_fen)), '成交额', money)
    })

    // The window as a filter string for the exports (lead: wire ExportButton).
    const exportFilter = computed(() => {
      const [from, to] = q.range || []
      const parts = []
      if (from) parts.push(`created >= "${from} 00:00:00"`)
      if (to) parts.push(`created <= "${to} 23:59:59"`)
      return parts.join(' && ')
    })

    return {
      q, data, loading, error, load, yuan, pct, days, exportFilter,
      regOption, cityOption, industryOption, flowOption, stageOption, statusOption, categoryOption,
      batchOption, voucherCityOption, ordersOption, topProductOption, topProviderOption, orderCityOption,
    }
  },
  template: `
  <div data-test="console-dashboard" v-loading="loading">
    <div class="console-search">
      <el-form inline @submit.prevent>
        <el-form-item label="统计区间">
          <el-date-picker v-model="q.range" type="daterange" value-format="YYYY-MM-DD" range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" :clearable="false" style="width:260px" data-test="dash-range" />
        </el-form-item>
        <el-form-item label="统计粒度">
          <el-radio-group v-model="q.granularity" @change="load" data-test="dash-granularity">
            <el-radio-button value="month">按月</el-radio-button>
            <el-radio-button value="week">按周</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item><el-button type="primary" @click="load" data-test="dash-refresh"><el-icon style="margin-right:4px"><icon-search /></el-icon>查询</el-button></el-form-item>
      </el-form>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:12px" />

    <div class="kpi-grid" v-if="data.overview" data-test="dash-kpis">
      <div class="kpi"><div class="muted small">服务商（已认证 / 注册）</div><div class="kpi-num">{{ data.overview.totals.providers_certified }} / {{ data.overview.totals.providers }}</div></div>
      <div class="kpi"><div class="muted small">企业（已认证 / 注册）</div><div class="kpi-num">{{ data.overview.totals.enterprises_certified }} / {{ data.overview.totals.enterprises }}</div></div>
      <div class="kpi"><div class="muted small">已上架商品</div><div class="kpi-num">{{ data.overview.totals.products_listed }}</div><div class="muted small">待审核 {{ data.overview.totals.products_pending }}</div></div>
      <div class="kpi"><div class="muted small">待审批申请</div><div class="kpi-num">{{ data.overview.totals.reviews_pending }}</div><div class="muted small">超过 3 个工作日 {{ data.overview.reviews_overdue }}</div></div>
      <div class="kpi"><div class="muted small">成交订单 / 成交额</div><div class="kpi-num">¥{{ yuan(data.overview.totals.gmv_fen) }}</div><div class="muted small">{{ data.overview.totals.orders }} 单，服务券抵扣 ¥{{ yuan(data.overview.totals.deduction_fen) }}</div></div>
      <div class="kpi"><div class="muted small">服务券发放 / 使用</div><div class="kpi-num">¥{{ yuan(data.overview.vouchers.issued_fen) }}</div><div class="muted small">已使用 ¥{{ yuan(data.overview.vouchers.used_fen) }}<template v-if="data.overview.budget_fen !== null">，预算 ¥{{ yuan(data.overview.budget_fen) }}</template></div></div>
    </div>

    <div class="chart-grid">
      <div class="panel" data-test="dash-registrations">
        <div class="panel-title"><h3>注册与认证趋势</h3><!-- EXPORT SLOT (lead wires at merge): <export-button dataset="enterprises" :filter="exportFilter" /> --></div>
        <e-chart :option="regOption" />
        <el-table class="chart-table" :data="data.registrations ? data.registrations.series : []" size="small" max-height="240" border>
          <el-table-column prop="period" label="期间" min-width="100" />
          <el-table-column prop="provider_registered" label="服务商注册" />
          <el-table-column prop="provider_certified" label="服务商认证" />
          <el-table-column prop="enterprise_registered" label="企业注册" />
          <el-table-column prop="enterprise_certified" label="企业认证" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-cities">
        <div class="panel-title"><h3>按地市分布</h3><!-- EXPORT SLOT: <export-button dataset="enterprises" :filter="exportFilter" /> --></div>
        <e-chart :option="cityOption" />
        <el-table class="chart-table" :data="data.registrations ? data.registrations.by_city : []" size="small" max-height="240" border>
          <el-table-column prop="label" label="地市" min-width="100" />
          <el-table-column prop="registered" label="注册" />
          <el-table-column prop="certified" label="认证" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-industries">
        <div class="panel-title"><h3>按行业分布（国民经济行业门类）</h3><!-- EXPORT SLOT: <export-button dataset="enterprises" :filter="exportFilter" /> --></div>
        <e-chart :option="industryOption" />
        <el-table class="chart-table" :data="data.registrations ? data.registrations.by_industry : []" size="small" max-height="240" border>
          <el-table-column prop="label" label="行业门类" min-width="160" show-overflow-tooltip />
          <el-table-column prop="registered" label="注册" width="90" />
          <el-table-column prop="certified" label="认证" width="90" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-review-flow">
        <div class="panel-title"><h3>审核处理量</h3><!-- EXPORT SLOT: <export-button dataset="applications" :filter="exportFilter" /> --></div>
        <e-chart :option="flowOption" />
        <el-table class="chart-table" :data="data.reviews ? data.reviews.series : []" size="small" max-height="240" border>
          <el-table-column prop="period" label="期间" min-width="100" />
          <el-table-column prop="submitted" label="提交" />
          <el-table-column prop="approved" label="通过" />
          <el-table-column prop="rejected" label="驳回" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-review-stages">
        <div class="panel-title"><h3>各审核环节用时（工作日）</h3><!-- EXPORT SLOT: <export-button dataset="applications" :filter="exportFilter" /> --></div>
        <e-chart :option="stageOption" />
        <el-table class="chart-table" :data="data.reviews ? data.reviews.stages : []" size="small" border>
          <el-table-column prop="label" label="环节" min-width="90" />
          <el-table-column prop="decided" label="已处理" width="70" />
          <el-table-column label="平均"><template #default="{row}">{{ row.decided ? days(row.avg_days) : '—' }}</template></el-table-column>
          <el-table-column label="中位数"><template #default="{row}">{{ days(row.median_days) }}</template></el-table-column>
          <el-table-column label="P90"><template #default="{row}">{{ days(row.p90_days) }}</template></el-table-column>
          <el-table-column prop="overdue_decided" label="超3个工作日" width="100" />
          <el-table-column label="待处理（超期）" width="110"><template #default="{row}">{{ row.pending }}（{{ row.overdue_pending }}）</template></el-table-column>
        </el-table>
        <div class="muted small" style="margin-top:6px">工作日按周一至周五计，未扣除法定节假日与调休。</div>
      </div>
      <div class="panel" data-test="dash-listings">
        <div class="panel-title"><h3>商品状态</h3><!-- EXPORT SLOT: <export-button dataset="products" filter="" /> --></div>
        <e-chart :option="statusOption" />
        <el-table class="chart-table" :data="data.listings ? data.listings.by_status : []" size="small" border>
          <el-table-column prop="label" label="状态" />
          <el-table-column prop="count" label="商品数" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-categories">
        <div class="panel-title"><h3>方案分类</h3><!-- EXPORT SLOT: <export-button dataset="products" filter="" /> --></div>
        <e-chart :option="categoryOption" />
        <el-table class="chart-table" :data="data.listings ? data.listings.by_category : []" size="small" max-height="240" border>
          <el-table-column prop="label" label="方案分类" min-width="120" />
          <el-table-column prop="listed" label="已上架" />
          <el-table-column prop="total" label="全部" />
        </el-table>
      </div>
      <div class="panel" data-test="dash-voucher-batches">
        <div class="panel-title"><h3>服务券批次</h3><!-- EXPORT SLOT: <export-button dataset="vouchers" filter="" /> --></div>
        <div class="muted small" v-if="data.vouchers" style="margin-bottom:6px">
          发放 {{ data.vouchers.totals.issued_count }} 张 ¥{{ yuan(data.vouchers.totals.issued_fen) }}，已使用 ¥{{ yuan(data.vouchers.totals.used_fen) }}（{{ pct(data.vouchers.used_ratio) }}），过期未用 ¥{{ yuan(data.vouchers.totals.expired_fen) }}<template v-if="data.vouchers.budget_fen !== null">，预算 ¥{{ yuan(data.vouchers.budget_fen) }}</template>
        </div>
        <e-chart :option="batchOption" />
        <el-table class="chart-table" :data="data.vouchers ? data.vouchers.batches : []" size="small" max-height="240" border>
          <el-table-column prop="name" label="批次" min-width="120" show-overflow-tooltip />
          <el-table-column prop="activity_name" label="活动" min-width="120" show-overflow-tooltip />
          <el-table-column prop="issued_count" label="发放(张)" width="80" />
          <el-table-column label="发放面额" width="110"><template #default="{row}">¥{{ yuan(row.issued_fen) }}</template></el-table-column>
          <el-table-column label="已使用" width="110"><template #default="{row}">¥{{ yuan(row.used_fen) }}</template></el-table-column>
          <el-table-column label="过期(张/元)" width="120"><template #default="{row}">{{ row.expired_count }} / ¥{{ yuan(row.expired_fen) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" data-test="dash-voucher-cities">
        <div class="panel-title"><h3>服务券按地市</h3><!-- EXPORT SLOT: <export-button dataset="vouchers" filter="" /> --></div>
        <e-chart :option="voucherCityOption" />
        <el-table class="chart-table" :data="data.vouchers ? data.vouchers.by_city : []" size="small" max-height="240" border>
          <el-table-column prop="label" label="地市" />
          <el-table-column prop="issued_count" label="发放(张)" />
          <el-table-column label="发放面额"><template #default="{row}">¥{{ yuan(row.issued_fen) }}</template></el-table-column>
          <el-table-column label="已使用"><template #default="{row}">¥{{ yuan(row.used_fen) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" data-test="dash-orders">
        <div class="panel-title"><h3>订单与成交额</h3><!-- EXPORT SLOT: <export-button dataset="orders" :filter="exportFilter" /> --></div>
        <div class="muted small" v-if="data.orders" style="margin-bottom:6px">
          成交 {{ data.orders.totals.orders }} 单 ¥{{ yuan(data.orders.totals.gmv_fen) }}，服务券抵扣占 {{ pct(data.orders.voucher_share) }}；待支付 {{ data.orders.totals.pending_payment }} 单，已取消 {{ data.orders.totals.cancelled }} 单
        </div>
        <e-chart :option="ordersOption" />
        <el-table class="chart-table" :data="data.orders ? data.orders.series : []" size="small" max-height="240" border>
          <el-table-column prop="period" label="期间" min-width="100" />
          <el-table-column prop="orders" label="订单数" />
          <el-table-column label="成交额"><template #default="{row}">¥{{ yuan(row.gmv_fen) }}</template></el-table-column>
          <el-table-column label="服务券抵扣"><template #default="{row}">¥{{ yuan(row.deduction_fen) }}</template></el-table-column>
          <el-table-column label="现金支付"><template #default="{row}">¥{{ yuan(row.cash_fen) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" data-test="dash-order-cities">
        <div class="panel-title"><h3>成交额按采购企业地市</h3><!-- EXPORT SLOT: <export-button dataset="orders" :filter="exportFilter" /> --></div>
        <e-chart :option="orderCityOption" />
        <el-table class="chart-table" :data="data.orders ? data.orders.by_city : []" size="small" max-height="240" border>
          <el-table-column prop="label" label="地市" />
          <el-table-column prop="orders" label="订单数" />
          <el-table-column label="成交额"><template #default="{row}">¥{{ yuan(row.gmv_fen) }}</template></el-table-column>
          <el-table-column label="服务券抵扣"><template #default="{row}">¥{{ yuan(row.deduction_fen) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" data-test="dash-top-products">
        <div class="panel-title"><h3>热销商品 TOP10</h3><!-- EXPORT SLOT: <export-button dataset="orders" :filter="exportFilter" /> --></div>
        <e-chart :option="topProductOption" />
        <el-table class="chart-table" :data="data.orders ? data.orders.top_products : []" size="small" max-height="240" border>
          <el-table-column type="index" label="排名" width="60" />
          <el-table-column prop="name" label="商品" min-width="140" show-overflow-tooltip />
          <el-table-column prop="provider" label="服务商" min-width="140" show-overflow-tooltip />
          <el-table-column prop="orders" label="订单数" width="80" />
          <el-table-column label="成交额" width="120"><template #default="{row}">¥{{ yuan(row.gmv_fen) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" data-test="dash-top-providers">
        <div class="panel-title"><h3>服务商成交 TOP10</h3><!-- EXPORT SLOT: <export-button dataset="orders" :filter="exportFilter" /> --></div>
        <e-chart :option="topProviderOption" />
        <el-table class="chart-table" :data="data.orders ? data.orders.top_providers : []" size="small" max-height="240" border>
          <el-table-column type="index" label="排名" width="60" />
          <el-table-column prop="name" label="服务商" min-width="160" show-overflow-tooltip />
          <el-table-column prop="orders" label="订单数" width="80" />
          <el-table-column label="成交额" width="120"><template #default="{row}">¥{{ yuan(row.gmv_fen) }}</template></el-table-column>
          <el-table-column label="服务券抵扣" width="120"><template #default="{row}">¥{{ yuan(row.deduction_fen) }}</template></el-table-column>
        </el-table>
      </div>
    </div>
  </div>`,
}
