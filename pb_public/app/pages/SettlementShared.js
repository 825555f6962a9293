// What the 兑付 pages share: the calls of the settlement routes, the
// states with their labels (served by the server, never written here),
// protected file links and the detail of one request (orders,
// attachments, history) shown in both the provider's and the reviewers'
// drawers.
import { ref, computed } from 'vue'
import { pb } from '../api.js'
import { fmtDate, yuan } from '../util.js'

const post = (path, body) => pb.send(`/api/smedx/${path}`, { method: 'POST', body: body ?? {} })

export const eligibleOrders = (activity) => pb.send('/api/smedx/settlements/eligible', activity ? { query: { activity } } : {})
export const createSettlement = (orders, remark) => post('settlements', { orders, remark })
export const settlementStep = (id, step, body) => post(`settlements/${id}/${step}`, body)
export const reconcileReport = () => pb.send('/api/smedx/reconcile', {})
export const getSettlement = (id) => pb.collection('settlements').getOne(id, { expand: 'orders' })

// The states and their labels, loaded once per page load.
const states = ref([])
let loading = null
export function useSettlementStates() {
  if (!loading) {
    loading = pb.send('/api/smedx/settlements/states', {}).then((r) => (states.value = r.states || [])).catch(() => (loading = null))
  }
  return states
}

// stateTag is the el-tag type of a state.
export function stateTag(state) {
  if (!state) return 'info'
  if (state.startsWith('paid')) return 'success'
  if (state.startsWith('rejected')) return 'danger'
  if (state.startsWith('draft')) return 'info'
  if (state.startsWith('approved')) return 'primary'
  return 'warning'
}

// Protected files need a short-lived token; one is fetched per page view.
let tokenAt = 0
let token = ''
export async function fileToken() {
  if (!token || Date.now() - tokenAt > 60_000) {
    token = await pb.files.getToken()
    tokenAt = Date.now()
  }
  return token
}
export async function openFile(record, name) {
  const url = pb.files.getURL(record, name, { token: await fileToken(), download: false })
  window.open(url, '_blank', 'noopener')
}

// fileLabel drops PocketBase's random suffix from a stored file name.
export const fileLabel = (name) => String(name || '').replace(/_[a-z0-9]{10}(\.[^.]+)$/i, '$1')

export const SettlementDetail = {
  name: 'SettlementDetail',
  props: { s: { type: Object, required: true } },
  setup(props) {
    const orders = computed(() => props.s.expand?.orders || [])
    const history = computed(() => [...(props.s.history || [])].reverse())
    return { orders, history, fmtDate, yuan, stateTag, openFile, fileLabel }
  },
  template: `
  <div data-test="settlement-detail">
    <el-descriptions :column="2" border size="small">
      <el-descriptions-item label="服务商">{{ s.provider_name }}</el-descriptions-item>
      <el-descriptions-item label="服务券活动">{{ s.activity_name }}</el-descriptions-item>
      <el-descriptions-item label="兑付金额"><span class="money red" data-test="detail-amount">¥{{ yuan(s.amount_fen) }}</span></el-descriptions-item>
      <el-descriptions-item label="状态"><el-tag size="small" :type="stateTag(s.state)" data-test="detail-state">{{ s.state_label }}</el-tag></el-descriptions-item>
      <el-descriptions-item label="提交时间">{{ fmtDate(s.submitted_at) || '未提交' }}</el-descriptions-item>
      <el-descriptions-item label="发票号码">{{ s.invoice_no || '—' }}</el-descriptions-item>
      <el-descriptions-item v-if="s.comment" label="审核意见" :span="2"><span :class="s.status === 'rejected' ? 'red' : ''" data-test="detail-comment">{{ s.comment }}</span></el-descriptions-item>
      <el-descriptions-item v-if="s.status === 'paid'" label="付款流水号">{{ s.payout_ref }}</el-descriptions-item>
      <el-descriptions-item v-if="s.status === 'paid'" label="付款日期">{{ fmtDate(s.paid_at, false) }}</el-descriptions-item>
      <el-descriptions-item v-if="s.remark" label="说明" :span="2">{{ s.remark }}</el-descriptions-item>
      <el-descriptions-item label="发票" :span="2">
        <el-link v-if="s.invoice" type="primary" @click="openFile(s, s.invoice)" data-test="detail-invoice">{{ fileLabel(s.invoice) }}</el-link>
        <span v-else class="muted">未上传</span>
      </el-descriptions-item>
      <el-descriptions-item label="验收材料" :span="2">
        <div v-if="s.documents && s.documents.length" style="display:flex;flex-direction:column;align-items:flex-start">
          <el-link v-for="d in s.documents" :key="d" type="primary" @click="openFile(s, d)">{{ fileLabel(d) }}</el-link>
        </div>
        <span v-else class="muted">未上传</span>
      </el-descriptions-item>
    </el-descriptions>
    <h4 style="margin:16px 0 8px">兑付订单（{{ orders.length }}）</h4>
    <el-table :data="orders" size="small" empty-text="没有订单" data-test="detail-orders">
      <el-table-column label="订单号" prop="order_no" width="180" />
      <el-table-column label="商品" prop="product_name" min-width="150" show-overflow-tooltip />
      <el-table-column label="订购企业" prop="buyer_name" min-width="150" show-overflow-tooltip />
      <el-table-column label="订单金额" width="110"><template #default="{row}">¥{{ yuan(row.total_fen) }}</template></el-table-column>
      <el-table-column label="服务券抵扣" width="110"><template #default="{row}"><span class="money red">¥{{ yuan(row.deduction_fen) }}</span></template></el-table-column>
      <el-table-column label="完成时间" width="110"><template #default="{row}">{{ fmtDate(row.completed_at, false) }}</template></el-table-column>
    </el-table>
    <h4 style="margin:16px 0 8px">办理记录</h4>
    <el-timeline data-test="detail-history">
      <el-timeline-item v-for="(h, i) in history" :key="i" :timestamp="fmtDate(h.at)" placement="top">
        <b>{{ h.actor_name }}</b>：{{ h.to_label }}<span v-if="h.comment" class="muted">，{{ h.comment }}</span>
      </el-timeline-item>
    </el-timeline>
  </div>`,
}
