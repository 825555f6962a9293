// 订单详情: the order, its amounts (total = deduction + payable), the
// vouchers that paid part of it (ledger rows), its payments, and the
// actions of the viewer: 确认支付 (offline transfer instructions), 确认收货,
// 取消 for the buyer; 发货 for the provider; 取消 for operators.
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, payOrder, deliverOrder, confirmOrder, cancelOrder, getPayee, serverErrors, errorMessage } from '../api.js'
import { session } from '../store.js'
import { route, push } from '../router.js'
import { fmtDate, yuan, ORDER_STATUS, PAY_STATUS, ORDER_DISPLAY, LEDGER_REASONS, PAYMENT_STATUS } from '../util.js'
import { printUrl } from '../api_exports.js'
import HistoryTab from '../components/HistoryTab.js'


export default {
  name: 'OrderDetailPage',
  components: { HistoryTab },
  setup() {
    const order = ref(null)
    const ledger = ref([])
    const payments = ref([])
    const loading = ref(true)
    const error = ref('')
    const busy = ref(false)
    const pay = reactive({ payer_account: '', reference: '', remark: '' })
    const paidInfo = ref(null)
    const { errors, apply } = serverErrors()
    // 收款账户 of the 线下转账指引 (set by operators on 线下支付确认).
    const payee = ref(null)
    const payeeError = ref('')
    const loadPayee = async () => {
      if (payee.value) return
      try {
        payee.value = await getPayee()
      } catch (e) {
        payeeError.value = errorMessage(e, '收款账户读取失败')
      }
    }
    const load = async () => {
      try {
        const id = route.params.id
        const o = await pb.collection('orders').getOne(id)
        order.value = o
        const [l, p] = await Promise.all([
          pb.collection('voucher_ledger').getFullList({ filter: pb.filter('order = {:id}', { id }), sort: 'created', expand: 'voucher' }).catch(() => []),
          pb.collection('payments').getFullList({ filter: pb.filter('order = {:id}', { id }), sort: 'created' }).catch(() => []),
        ])
        ledger.value = l
        payments.value = p
        if (p.some((x) => x.status === 'pending') && me.value?.enterprise === o.buyer_enterprise) await loadPayee()
      } catch (e) {
        error.value = e?.status === 404 ? '订单不存在或无权查看' : errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const me = computed(() => session.user)
    const isBuyer = computed(() => order.value && me.value?.enterprise === order.value.buyer_enterprise)
    const isProvider = computed(() => order.value && me.value?.enterprise === order.value.provider_enterprise)
    const isOperator = computed(() => me.value?.role === 'operator')
    const pendingPayment = computed(() => payments.value.find((p) => p.status === 'pending'))
    const canPay = computed(() => isBuyer.value && order.value.status === 'pending_payment' && !pendingPayment.value)

    const doPay = async () => {
      busy.value = true
      try {
        const res = await payOrder(order.value.id, 'offline', { ...pay })
        paidInfo.value = res
        if (res?.instructions?.payee) payee.value = res.instructions.payee
        ElMessage.success(order.value.payable_fen > 0 ? '已提交支付，请按指引完成转账' : '支付成功')
        await load()
      } catch (e) {
        ElMessage.error(apply(e, '支付失败'))
      } finally {
        busy.value = false
      }
    }
    const act = async (what, fn, text) => {
      if (!(await ElMessageBox.confirm(text, what, { type: 'warning' }).catch(() => false))) return
      busy.value = true
      try {
        await fn()
        ElMessage.success(`${what}成功`)
        await load()
      } catch (e) {
        ElMessage.error(errorMessage(e, `${what}失败`))
      } finally {
        busy.value = false
      }
    }
    const deliver = () => act('发货', () => deliverOrder(order.value.id), '确认已完成交付？')
    const receive = () => act('确认收货', () => confirmOrder(order.value.id), '确认已收到服务交付？确认后订单完成。')
    const cancel = () => act('取消订单', () => cancelOrder(order.value.id), '确认取消该订单？已抵扣的服务券金额将退回。')
    // A declared offline transfer waits for the operator: both tags read
    // the served awaiting_confirmation label (待确认到账).
    const awaiting = computed(() => order.value?.status === 'pending_payment' && !!pendingPayment.value)
    const orderShown = computed(() => (awaiting.value ? ORDER_DISPLAY.awaiting_confirmation : ORDER_STATUS[order.value?.status]) || {})
    const payShown = computed(() => (awaiting.value ? ORDER_DISPLAY.awaiting_confirmation : PAY_STATUS[order.value?.pay_status]) || {})
    const hasPayee = computed(() => !!(payee.value?.name && payee.value?.account))
    return {
      order, ledger, payments, loading, error, busy, pay, errors, isBuyer, isProvider, isOperator, pendingPayment, canPay, payee, payeeError, hasPayee, awaiting, orderShown, payShown,
      doPay, deliver, receive, cancel, printUrl, fmtDate, yuan, ORDER_STATUS, PAY_STATUS, LEDGER_REASONS, PAYMENT_STATUS, push, route,
    }
  },
  template: `
  <div v-loading="loading" style="min-height:240px" data-test="order-detail">
    <div class="panel" v-if="error"><el-result icon="warning" :title="error" /></div>
    <template v-else-if="order">
      <div class="panel">
        <div class="panel-title"><h3>订单 {{ order.order_no }}</h3>
          <div style="display:flex;gap:8px;flex-wrap:wrap">
            <el-button tag="a" :href="printUrl('orders', order.id)" target="_blank" data-test="detail-print">打印确认单</el-button>
            <el-button v-if="isProvider && order.status === 'paid'" type="success" :loading="busy" @click="deliver" data-test="detail-deliver">发货</el-button>
            <el-button v-if="isBuyer && order.status === 'delivered'" type="success" :loading="busy" @click="receive" data-test="detail-receive">确认收货</el-button>
            <el-button v-if="(isBuyer && ['pending_payment','paid'].includes(order.status)) || (isOperator && !['completed','cancelled'].includes(order.status))" type="danger" plain :loading="busy" @click="cancel" data-test="detail-cancel">取消订单</el-button>
          </div>
        </div>
        <el-descriptions :column="3" border size="small" class="desc-table">
          <el-descriptions-item label="商品名称"><a :href="'/solutions/' + order.product">{{ order.product_name }}</a></el-descriptions-item>
          <el-descriptions-item label="规格">{{ order.spec_name }}</el-descriptions-item>
          <el-descriptions-item label="数量">{{ order.quantity }}</el-descriptions-item>
          <el-descriptions-item label="订单类型">{{ order.order_type }}</el-descriptions-item>
          <el-descriptions-item label="订单状态"><el-tag size="small" :type="orderShown.type" data-test="detail-order-status">{{ orderShown.text }}</el-tag></el-descriptions-item>
          <el-descriptions-item label="支付状态"><el-tag size="small" :type="payShown.type" data-test="detail-pay-status">{{ payShown.text }}</el-tag></el-descriptions-item>
          <el-descriptions-item label="单价"><span class="money">¥{{ yuan(order.unit_price_fen) }}</span></el-descriptions-item>
          <el-descriptions-item label="总价"><span class="money">¥{{ yuan(order.total_fen) }}</span></el-descriptions-item>
          <el-descriptions-item label="服务券抵扣"><span class="money" data-test="detail-deduction">-¥{{ yuan(order.deduction_fen) }}</span></el-descriptions-item>
          <el-descriptions-item label="应付金额"><span class="money red" data-test="detail-payable">¥{{ yuan(order.payable_fen) }}</span></el-descriptions-item>
          <el-descriptions-item label="订购企业">{{ order.buyer_name }}</el-descriptions-item>
          <el-descriptions-item label="创建时间">{{ fmtDate(order.created) }}</el-descriptions-item>
          <el-descriptions-item label="支付时间">{{ fmtDate(order.paid_at) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="发货时间">{{ fmtDate(order.delivered_at) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="完成时间">{{ fmtDate(order.completed_at) || (order.cancelled_at ? '已取消 ' + fmtDate(order.cancelled_at) : '—') }}</el-descriptions-item>
        </el-descriptions>
        <p v-if="order.cancel_reason" class="muted small">取消原因：{{ order.cancel_reason }}</p>
      </div>

      <div class="panel" v-if="canPay" data-test="pay-box">
        <div class="panel-title"><h3>确认支付</h3><span class="money red" style="font-size:18px">应付 ¥{{ yuan(order.payable_fen) }}</span></div>
        <el-form label-width="110px" class="resp-form" @submit.prevent style="max-width:560px">
          <el-form-item label="支付方式"><el-radio model-value="offline" value="offline">线下对公转账</el-radio></el-form-item>
          <el-form-item label="付款账户" :error="errors.payer_account"><el-input v-model="pay.payer_account" maxlength="100" placeholder="付款单位及银行账号（选填）" /></el-form-item>
          <el-form-item label="转账流水号" :error="errors.reference"><el-input v-model="pay.reference" maxlength="100" placeholder="选填，转账后填写便于核对" /></el-form-item>
          <el-form-item label=" " class="no-label"><el-button type="primary" :loading="busy" @click="doPay" data-test="pay-confirm">确认支付</el-button></el-form-item>
        </el-form>
      </div>
      <div class="panel" v-if="isBuyer && pendingPayment" data-test="pay-instructions">
        <div class="panel-title"><h3>线下转账指引</h3><el-tag type="warning">待运营人员确认到账</el-tag></div>
        <div class="bank-box">
          <div>请通过企业对公账户转账 <b class="money red" data-test="pay-amount">¥{{ yuan(pendingPayment.amount_fen) }}</b> 至以下平台收款账户：</div>
          <el-descriptions v-if="hasPayee" :column="1" border size="small" style="margin:8px 0;max-width:560px" data-test="payee">
            <el-descriptions-item label="收款单位"><span data-test="payee-name">{{ payee.name }}</span></el-descriptions-item>
            <el-descriptions-item label="开户银行"><span data-test="payee-bank">{{ payee.bank }}</span></el-descriptions-item>
            <el-descriptions-item label="收款账号"><b data-test="payee-account" style="letter-spacing:1px">{{ payee.account }}</b></el-descriptions-item>
            <el-descriptions-item label="转账附言"><b>{{ order.order_no }}</b>（请填写订单号）</el-descriptions-item>
          </el-descriptions>
          <el-alert v-else type="error" :closable="false" show-icon style="margin:8px 0" data-test="payee-missing" :title="payeeError || '平台尚未设置收款账户，请联系平台运营人员获取收款账户后再转账。'" />
          <div v-if="payee && payee.note" class="muted">{{ payee.note }}</div>
          <div>运营人员核对到账后确认支付，订单状态变为“已支付”，服务商随后交付。</div>
        </div>
      </div>

      <div class="panel" v-if="ledger.length" data-test="detail-ledger">
        <div class="panel-title"><h3>服务券抵扣</h3></div>
        <el-table :data="ledger" size="small">
          <el-table-column label="服务券" min-width="200"><template #default="{row}">{{ row.expand && row.expand.voucher ? row.expand.voucher.name : row.voucher }}</template></el-table-column>
          <el-table-column label="类型" width="100"><template #default="{row}">{{ LEDGER_REASONS[row.reason] || row.reason }}</template></el-table-column>
          <el-table-column label="金额" width="120"><template #default="{row}"><span class="money">{{ row.delta_fen > 0 ? '+' : '' }}{{ yuan(row.delta_fen) }}</span></template></el-table-column>
          <el-table-column label="变动后余额" width="120"><template #default="{row}">¥{{ yuan(row.balance_after_fen) }}</template></el-table-column>
          <el-table-column label="时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
        </el-table>
      </div>
      <div class="panel" v-if="payments.length" data-test="detail-payments">
        <div class="panel-title"><h3>支付记录</h3></div>
        <el-table :data="payments" size="small">
          <el-table-column label="方式" width="110"><template #default="{row}">{{ row.method === 'offline' ? '线下转账' : row.method }}</template></el-table-column>
          <el-table-column label="金额" width="120"><template #default="{row}">¥{{ yuan(row.amount_fen) }}</template></el-table-column>
          <el-table-column label="状态" width="90"><template #default="{row}">{{ (PAYMENT_STATUS[row.status] || {}).text || row.status }}</template></el-table-column>
          <el-table-column label="付款账户" prop="payer_account" min-width="150" show-overflow-tooltip />
          <el-table-column label="流水号" prop="reference" width="150" />
          <el-table-column label="确认时间" width="160"><template #default="{row}">{{ fmtDate(row.confirmed_at) || '—' }}</template></el-table-column>
        </el-table>
      </div>
      <history-tab collection="orders" :record="order.id" />
    </template>
  </div>`,
}
