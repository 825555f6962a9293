// 订单管理. Providers (guide §4.6, 图4-14): 商品名称, 订单类型, 价格, 抵扣金额,
// 实付金额, 订购用户, 订购时间, 查看, and 发货 of paid orders. Enterprises
// (我的订单, 图5-5): 商品名称, 订单类型, 支付状态, 订单状态, 总价, 创建时间,
// 查看, 去支付, 确认收货, 取消, 评价.
import { ref, computed } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, deliverOrder, confirmOrder, cancelOrder, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { useList } from '../list.js'
import { fmtDate, yuan, ORDER_STATUS, PAY_STATUS, ORDER_DISPLAY } from '../util.js'
import ListPager from '../components/ListPager.js'
import ExportButton from '../components/ExportButton.js'

// An unpaid order whose offline transfer was declared (确认支付) waits for
// the operator: it reads the served awaiting_confirmation label (待确认到账),
// not 未支付 / 去支付.
const awaitingLabel = () => ORDER_DISPLAY.awaiting_confirmation

export default {
  name: 'OrdersPage',
  components: { ListPager, ExportButton },
  setup() {
    const provider = computed(() => session.user?.role === 'provider')
    const busy = ref('')
    const exportFilter = ref('') // the list's filter, for 导出 Excel
    const awaiting = ref(new Set())
    const list = useList({
      filters: { status: '', q: '' },
      sort: '-created',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        const side = provider.value ? 'provider_enterprise' : 'buyer_enterprise'
        let filter = pb.filter(`${side} = {:e}`, { e: session.user.enterprise })
        if (f.status) filter += pb.filter(' && status = {:s}', { s: f.status })
        if (f.q) filter += pb.filter(' && (product_name ~ {:q} || order_no ~ {:q} || buyer_name ~ {:q})', { q: f.q })
        exportFilter.value = filter
        return pb.collection('orders').getList(page, perPage, { filter, sort })
      },
      // The buyer's unpaid orders with a pending offline payment.
      after: async (items) => {
        const unpaid = items.filter((o) => o.status === 'pending_payment')
        if (provider.value || !unpaid.length) return (awaiting.value = new Set())
        const pays = await pb.collection('payments').getFullList({
          filter: 'status = "pending" && (' + unpaid.map((o) => pb.filter('order = {:o}', { o: o.id })).join(' || ') + ')', fields: 'order',
        }).catch(() => [])
        awaiting.value = new Set(pays.map((p) => p.order))
      },
    })
    list.load()
    const load = list.load
    const orderState = (row) => (awaiting.value.has(row.id) ? awaitingLabel() : ORDER_STATUS[row.status] || { text: row.status })
    const payState = (row) => (awaiting.value.has(row.id) ? awaitingLabel() : PAY_STATUS[row.pay_status] || { text: row.pay_status })
    const act = async (row, what, fn, text) => {
      if (!(await ElMessageBox.confirm(text, what, { type: 'warning' }).catch(() => false))) return
      busy.value = row.id
      try {
        await fn()
        ElMessage.success(`${what}成功`)
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, `${what}失败`))
      } finally {
        busy.value = ''
      }
    }
    const deliver = (row) => act(row, '发货', () => deliverOrder(row.id), `确认已向“${row.buyer_name}”交付“${row.product_name}”？`)
    const receive = (row) => act(row, '确认收货', () => confirmOrder(row.id), `确认已收到“${row.product_name}”的服务交付？确认后订单完成，可进行评价。`)
    const cancel = (row) => act(row, '取消订单', () => cancelOrder(row.id), '确认取消该订单？已抵扣的服务券金额将退回服务券。')
    // A deduction/paid figure only means something once the order is paid.
    const paidShown = (row) => ['paid', 'delivered', 'completed'].includes(row.status)
    return { session, exportFilter, provider, list, f: list.filters, busy, awaiting, orderState, payState, deliver, receive, cancel, paidShown, fmtDate, yuan, ORDER_STATUS, PAY_STATUS, push }
  },
  template: `
  <div class="panel" data-test="orders">
    <div class="panel-title"><h3>{{ provider ? '订单管理' : '我的订单' }}</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-select v-model="f.status" placeholder="订单状态" clearable style="width:130px" @change="list.search" data-test="order-status-filter">
          <el-option v-for="(s, k) in ORDER_STATUS" :key="k" :value="k" :label="s.text" />
        </el-select>
        <el-input v-model="f.q" :placeholder="provider ? '商品名称 / 订单号 / 订购用户' : '商品名称 / 订单号'" clearable style="width:220px" @keyup.enter="list.search" @clear="list.search" />
        <el-button type="primary" @click="list.search">查询</el-button>
        <export-button v-if="session.user?.tenant_admin" dataset="orders" :filter="exportFilter" sort="-created" />
        <el-button v-if="!provider" @click="push('/cart')"><el-icon style="margin-right:4px"><icon-shopping-cart /></el-icon>购物车</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无订单" data-test="orders-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="商品名称" prop="product_name" min-width="170" show-overflow-tooltip sortable="custom">
        <template #default="{row}"><a :href="'/solutions/' + row.product">{{ row.product_name }}</a><div class="muted small">{{ row.spec_name }} × {{ row.quantity }}</div></template>
      </el-table-column>
      <el-table-column label="订单类型" prop="order_type" width="90" />
      <template v-if="provider">
        <el-table-column label="价格" prop="total_fen" width="105" sortable="custom"><template #default="{row}"><span class="money">¥{{ yuan(row.total_fen) }}</span></template></el-table-column>
        <el-table-column label="抵扣金额" width="100"><template #default="{row}"><span class="money">{{ paidShown(row) ? '¥' + yuan(row.deduction_fen) : '---' }}</span></template></el-table-column>
        <el-table-column label="实付金额" width="100"><template #default="{row}"><span class="money">{{ paidShown(row) ? '¥' + yuan(row.paid_fen || row.payable_fen) : '---' }}</span></template></el-table-column>
        <el-table-column label="订购用户" prop="buyer_name" min-width="120" show-overflow-tooltip />
        <el-table-column label="状态" width="90"><template #default="{row}"><el-tag size="small" :type="orderState(row).type">{{ orderState(row).text }}</el-tag></template></el-table-column>
        <el-table-column label="订购时间" prop="created" width="160" sortable="custom"><template #default="{row}"><span data-test="order-created">{{ fmtDate(row.created) }}</span></template></el-table-column>
      </template>
      <template v-else>
        <el-table-column label="支付状态" width="105"><template #default="{row}"><el-tag size="small" :type="payState(row).type" v-if="row.status !== 'cancelled'" data-test="pay-status">{{ payState(row).text }}</el-tag><span v-else>---</span></template></el-table-column>
        <el-table-column label="订单状态" width="105"><template #default="{row}"><el-tag size="small" :type="orderState(row).type" data-test="order-status">{{ orderState(row).text }}</el-tag></template></el-table-column>
        <el-table-column label="总价" prop="total_fen" width="120" sortable="custom"><template #default="{row}"><span class="money">¥{{ yuan(row.total_fen) }}</span></template></el-table-column>
        <el-table-column label="创建时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      </template>
      <el-table-column label="操作" :width="provider ? 110 : 170" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="push('/workbench/orders/' + row.id)" data-test="order-view">查看</el-button>
          <template v-if="provider">
            <el-button v-if="row.status === 'paid'" link type="success" :loading="busy === row.id" @click="deliver(row)" data-test="order-deliver">发货</el-button>
          </template>
          <template v-else>
            <el-button v-if="row.status === 'pending_payment' && !awaiting.has(row.id)" link type="warning" @click="push('/workbench/orders/' + row.id + '?pay=1')" data-test="order-pay">去支付</el-button>
            <el-button v-if="row.status === 'delivered'" link type="success" :loading="busy === row.id" @click="receive(row)" data-test="order-receive">确认收货</el-button>
            <el-button v-if="row.status === 'completed' && !row.rated" link type="primary" @click="push('/workbench/my-reviews')">评价</el-button>
            <el-button v-if="row.status === 'pending_payment' || row.status === 'paid'" link type="danger" @click="cancel(row)" data-test="order-cancel">取消</el-button>
          </template>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
  </div>`,
}
