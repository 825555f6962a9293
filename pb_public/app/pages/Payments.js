// 线下支付确认 (operators): offline transfers waiting for confirmation;
// 确认到账 marks the payment confirmed and the order paid.
import { ref, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, confirmPayment, errorMessage } from '../api.js'
import { push } from '../router.js'
import { fmtDate, yuan } from '../util.js'

const PER_PAGE = 10
const STATES = { pending: '待确认', confirmed: '已确认', failed: '失败', cancelled: '已取消' }

export default {
  name: 'PaymentsPage',
  setup() {
    const status = ref('pending')
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const keyword = ref('')
    const loading = ref(false)
    const error = ref('')
    const busy = ref('')
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        let filter = pb.filter('status = {:s}', { s: status.value })
        if (keyword.value) filter += pb.filter(' && (order.order_no ~ {:q} || order.buyer_name ~ {:q} || reference ~ {:q})', { q: keyword.value })
        const res = await pb.collection('payments').getList(page.value, PER_PAGE, { filter, sort: status.value === 'pending' ? 'created' : '-confirmed_at', expand: 'order' })
        items.value = res.items
        total.value = res.totalItems
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const confirm = async (p) => {
      const o = p.expand?.order || {}
      if (!(await ElMessageBox.confirm(`确认已收到“${o.buyer_name}”订单 ${o.order_no} 的转账 ¥${yuan(p.amount_fen)}？确认后订单变为已支付。`, '确认到账', { type: 'warning' }).catch(() => false))) return
      busy.value = p.id
      try {
        await confirmPayment(p.id)
        ElMessage.success('已确认到账')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '确认失败'))
      } finally {
        busy.value = ''
      }
    }
    return { status, items, total, page, keyword, loading, error, busy, load, confirm, fmtDate, yuan, STATES, PER_PAGE, push }
  },
  template: `
  <div class="panel" data-test="payments">
    <div class="panel-title"><h3>线下支付确认</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-radio-group v-model="status" @change="page = 1; load()"><el-radio-button value="pending">待确认</el-radio-button><el-radio-button value="confirmed">已确认</el-radio-button></el-radio-group>
        <el-input v-model="keyword" placeholder="订单号 / 企业 / 流水号" clearable style="width:200px" @keyup.enter="page = 1; load()" @clear="load" />
      </div>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="items" v-loading="loading" :empty-text="status === 'pending' ? '没有待确认的支付' : '暂无记录'" data-test="payments-table">
      <el-table-column label="订单号" width="190"><template #default="{row}"><a :href="'/workbench/orders/' + row.order">{{ row.expand && row.expand.order && row.expand.order.order_no }}</a></template></el-table-column>
      <el-table-column label="商品" min-width="170" show-overflow-tooltip><template #default="{row}">{{ row.expand && row.expand.order && row.expand.order.product_name }}</template></el-table-column>
      <el-table-column label="订购企业" min-width="160" show-overflow-tooltip><template #default="{row}">{{ row.expand && row.expand.order && row.expand.order.buyer_name }}</template></el-table-column>
      <el-table-column label="金额" width="120"><template #default="{row}"><span class="money red">¥{{ yuan(row.amount_fen) }}</span></template></el-table-column>
      <el-table-column label="付款账户" prop="payer_account" min-width="140" show-overflow-tooltip />
      <el-table-column label="流水号" prop="reference" width="140" show-overflow-tooltip />
      <el-table-column label="提交时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="操作" width="110" fixed="right">
        <template #default="{row}">
          <el-button v-if="row.status === 'pending'" link type="primary" :loading="busy === row.id" @click="confirm(row)" data-test="payment-confirm">确认到账</el-button>
          <span v-else class="muted small">{{ STATES[row.status] }} {{ fmtDate(row.confirmed_at, false) }}</span>
        </template>
      </el-table-column>
    </el-table>
    <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" hide-on-single-page /></div>
  </div>`,
}
