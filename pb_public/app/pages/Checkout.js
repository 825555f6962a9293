// 订单确认 → 提交订单 (enterprise guide §4, 图4-3/4-4): the items (buy now
// or the cart), the eligible vouchers the server pre-selects (orders/quote),
// the deduction and the payable; 提交订单 creates the orders (one per item)
// with an Idempotency-Key, then 确认支付 shows the offline transfer steps
// (a payable of 0 is paid at once).
import { ref, computed, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, cartItems, quoteOrder, checkout, payOrder, getPayee, errorMessage, serverErrors } from '../api.js'
import { route, push } from '../router.js'
import { yuan, fmtDate, ORDER_STATUS } from '../util.js'

export default {
  name: 'CheckoutPage',
  setup() {
    const fromCart = route.query.cart === '1'
    const lines = ref([]) // {product, spec, quantity, productName, specName, unit}
    const quote = ref(null)
    const selected = ref([])
    const loading = ref(true)
    const quoting = ref(false)
    const submitting = ref(false)
    const error = ref('')
    const orders = ref(null)
    const payee = ref(null)
    const { apply } = serverErrors()
    // One key per confirmation page: a double click or a retry after a
    // lost answer creates the orders once.
    const key = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now()) + Math.random()

    const items = () => lines.value.map((l) => ({ product: l.product, spec: l.spec, quantity: l.quantity }))
    const requote = async (vouchers) => {
      quoting.value = true
      try {
        quote.value = await quoteOrder(items(), vouchers)
        if (!vouchers) selected.value = quote.value.vouchers.filter((v) => v.selected).map((v) => v.id)
      } catch (e) {
        error.value = errorMessage(e, '计算订单金额失败')
      } finally {
        quoting.value = false
      }
    }
    onMounted(async () => {
      try {
        if (fromCart) {
          const list = await cartItems()
          lines.value = list.map((it) => ({ product: it.product, spec: it.spec, quantity: it.quantity, productName: it.expand?.product?.name, specName: it.expand?.spec?.name, unit: it.expand?.spec?.pricing === 'free' ? 0 : it.expand?.spec?.price_fen || 0 }))
        } else {
          const [p, s] = await Promise.all([pb.collection('public_products').getOne(route.query.product), pb.collection('public_product_specs').getOne(route.query.spec)])
          lines.value = [{ product: p.id, spec: s.id, quantity: Math.max(1, Number(route.query.qty) || 1), productName: p.name, specName: s.name, unit: s.pricing === 'free' ? 0 : s.price_fen }]
        }
        if (!lines.value.length) error.value = '没有要结算的商品'
        else await requote()
      } catch (e) {
        error.value = error.value || errorMessage(e, '订单信息加载失败')
      } finally {
        loading.value = false
      }
    })
    const toggle = () => requote(selected.value)
    const total = computed(() => quote.value?.total_fen ?? lines.value.reduce((a, l) => a + l.unit * l.quantity, 0))
    const submit = async () => {
      submitting.value = true
      try {
        const body = fromCart ? { cart: true, vouchers: selected.value } : { items: items(), vouchers: selected.value }
        orders.value = await checkout(body, key)
        window.scrollTo(0, 0)
        // The account to transfer to, shown before 确认支付 (several orders
        // are paid from here and land on the list, not on an order page).
        if (orders.value.some((o) => o.status === 'pending_payment')) payee.value = await getPayee().catch(() => null)
      } catch (e) {
        ElMessage.error(apply(e, '提交订单失败'))
        requote(selected.value)
      } finally {
        submitting.value = false
      }
    }
    const payable = computed(() => (orders.value || []).filter((o) => o.status === 'pending_payment'))
    // 确认支付: one order continues on its page (pay box and transfer
    // instructions); several are started here and listed.
    const payAll = async () => {
      if (payable.value.length === 1) return push('/workbench/orders/' + payable.value[0].id + '?pay=1')
      submitting.value = true
      try {
        for (const o of payable.value) await payOrder(o.id, 'offline')
        push('/workbench/orders?status=pending_payment')
      } catch (e) {
        ElMessage.error(errorMessage(e, '支付失败'))
      } finally {
        submitting.value = false
      }
    }
    return { back: () => history.back(), fromCart, lines, quote, selected, loading, quoting, submitting, error, orders, payee, payable, total, toggle, submit, payAll, yuan, fmtDate, ORDER_STATUS, push }
  },
  template: `
  <section class="panel" v-loading="loading" style="min-height:240px" data-test="checkout">
    <el-steps :active="orders ? 2 : 1" finish-status="success" align-center class="steps" style="margin-bottom:16px">
      <el-step title="订单确认" /><el-step title="提交订单" /><el-step title="确认支付" />
    </el-steps>
    <el-result v-if="error" icon="warning" :title="error"><template #extra><el-button @click="push('/solutions')">返回选购</el-button></template></el-result>

    <template v-else-if="orders">
      <el-result icon="success" :title="payable.length ? '订单已提交，请确认支付' : '订单已支付'" data-test="checkout-done"
        :sub-title="payable.length ? '应付金额请通过线下对公转账支付，运营人员确认到账后订单生效。' : '服务券已全额抵扣，服务商将尽快为您交付。'" />
      <el-table :data="orders" size="small" data-test="checkout-orders">
        <el-table-column label="订单号" prop="order_no" width="190" />
        <el-table-column label="商品" prop="product_name" min-width="180" />
        <el-table-column label="总价" width="110"><template #default="{row}">¥{{ yuan(row.total_fen) }}</template></el-table-column>
        <el-table-column label="抵扣" width="110"><template #default="{row}">-¥{{ yuan(row.deduction_fen) }}</template></el-table-column>
        <el-table-column label="应付" width="110"><template #default="{row}"><span class="money red">¥{{ yuan(row.payable_fen) }}</span></template></el-table-column>
        <el-table-column label="状态" width="90"><template #default="{row}">{{ (ORDER_STATUS[row.status]||{}).text }}</template></el-table-column>
      </el-table>
      <el-descriptions v-if="payable.length && payee" title="收款账户" :column="1" border size="small" style="margin-top:12px;max-width:560px" data-test="checkout-payee">
        <el-descriptions-item label="收款单位">{{ payee.name }}</el-descriptions-item>
        <el-descriptions-item label="开户银行">{{ payee.bank }}</el-descriptions-item>
        <el-descriptions-item label="收款账号"><b style="letter-spacing:1px">{{ payee.account }}</b></el-descriptions-item>
        <el-descriptions-item v-if="payee.note" label="说明">{{ payee.note }}</el-descriptions-item>
      </el-descriptions>
      <div class="action-bar" style="margin-top:12px">
        <el-button @click="push('/workbench/orders')">查看我的订单</el-button>
        <el-button v-if="payable.length" type="primary" :loading="submitting" @click="payAll" data-test="checkout-pay">确认支付</el-button>
      </div>
    </template>

    <template v-else-if="lines.length">
      <h3 style="margin:0 0 8px">订单信息</h3>
      <el-table :data="lines" size="small" data-test="checkout-lines">
        <el-table-column label="商品名称" prop="productName" min-width="200" />
        <el-table-column label="订购属性" prop="specName" min-width="140" />
        <el-table-column label="单价" width="120"><template #default="{row}">¥{{ yuan(row.unit) }}</template></el-table-column>
        <el-table-column label="数量" prop="quantity" width="70" />
        <el-table-column label="小计" width="120"><template #default="{row}"><span class="money">¥{{ yuan(row.unit * row.quantity) }}</span></template></el-table-column>
      </el-table>
      <h3 style="margin:18px 0 8px">服务券</h3>
      <div v-loading="quoting" data-test="checkout-vouchers">
        <el-checkbox-group v-if="quote && quote.vouchers.length" v-model="selected" @change="toggle" style="display:block">
          <div v-for="v in quote.vouchers" :key="v.id" class="voucher-line">
            <el-checkbox :value="v.id" data-test="voucher-check"><b>{{ v.name }}</b></el-checkbox>
            <span class="small muted">余额 ¥{{ yuan(v.balance_fen) }} · 有效期至 {{ fmtDate(v.valid_to, false) }}<template v-if="v.deduct_fen"> · 本单抵扣 ¥{{ yuan(v.deduct_fen) }}</template><template v-if="v.max_ratio"> · 单笔最多抵扣 {{ Math.round(v.max_ratio * 100) }}%</template></span>
          </div>
        </el-checkbox-group>
        <div v-else class="muted small">没有符合使用条件的服务券</div>
      </div>
      <div style="max-width:360px;margin:16px 0 0 auto" data-test="checkout-summary">
        <div class="sum-row"><span>商品总价</span><span class="money">¥{{ yuan(total) }}</span></div>
        <div class="sum-row"><span>服务券抵扣</span><span class="money" data-test="sum-deduction">-¥{{ yuan(quote ? quote.deduction_fen : 0) }}</span></div>
        <div class="sum-row total"><span>应付金额</span><span class="money red" data-test="sum-payable">¥{{ yuan(quote ? quote.payable_fen : total) }}</span></div>
      </div>
      <div class="action-bar" style="margin-top:12px">
        <el-button @click="back">返回</el-button>
        <el-button type="primary" size="large" :loading="submitting" :disabled="quoting || !quote" @click="submit" data-test="checkout-submit">提交订单</el-button>
      </div>
    </template>
  </section>`,
}
