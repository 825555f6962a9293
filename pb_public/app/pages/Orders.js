// 订单管理. Providers (guide §4.6, 图4-14): 商品名称, 订单类型, 价格, 抵扣金额,
// 实付金额, 订购用户, 订购时间, 查看, and 发货 of paid orders. Enterprises
// (我的订单, 图5-5): 商品名称, 订单类型, 支付状态, 订单状态, 总价, 创建时间,
// 查看, 去支付, 确认收货, 取消, 评价.
import { ref, computed, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, deliverOrder, confirmOrder, cancelOrder, errorMessage } from '../api.js'
import { session } from '../store.js'
import { route, push, setQuery } from '../router.js'
import { fmtDate, yuan, ORDER_STATUS, PAY_STATUS } from '../util.js'
import ExportButton from '../components/ExportButton.js'

const PER_PAGE = 10

export default {
  name: 'OrdersPage',
  components: { ExportButton },
  setup() {
    const provider = computed(() => session.user?.role === 'provider')
    const status = ref(route.query.status || '')
    const keyword = ref('')
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const loading = ref(false)
    const error = ref('')
    const busy = ref('')
    const exportFilter = ref('') // the list's filter, for 导出 Excel
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const side = provider.value ? 'provider_enterprise' : 'buyer_enterprise'
        let filter = pb.filter(`${side} = {:e}`, { e: session.user.enterprise })
        if (status.value) filter += pb.filter(' && status = {:s}', { s: status.value })
        if (keyword.value) filter += pb.filter(' && (product_name ~ {:q} || order_no ~ {:q} || buyer_name ~ {:q})', { q: keyword.value })
        exportFilter.value = filter
        const res = await pb.collection('orders').getList(page.value, PER_PAGE, { filter, sort: '-created' })
        items.value = res.items
        total.value = res.totalItems
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const search = () => {
      page.value = 1
      setQuery({ status: status.value })
      load()
    }
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
    return { session, exportFilter, provider, status, keyword, items, total, page, loading, error, busy, load, search, deliver, receive, cancel, paidShown, fmtDate, yuan, ORDER_STATUS, PAY_STATUS, PER_PAGE, push }
  },
  template: `
  <div class="panel" data-test="orders">
    <div class="panel-title"><h3>{{ provider ? '订单管理' : '我的订单' }}</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-select v-model="status" placeholder="订单状态" clearable style="width:130px" @change="search" data-test="order-status-filter">
          <el-option v-for="(s, k) in ORDER_STATUS" :key="k" :value="k" :label="s.text" />
        </el-select>
        <el-input v-model="keyword" placeholder="商品名称 / 订单号" clearable style="width:200px" @keyup.enter="search" @clear="search" />
        <el-button type="primary" @click="search">查询</el-button>
        <export-button v-if="session.user?.tenant_admin" dataset="orders" :filter="exportFilter" sort="-created" />
        <el-button v-if="!provider" @click="push('/cart')"><el-icon style="margin-right:4px"><icon-shopping-cart /></el-icon>购物车</el-button>
      </div>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="items" v-loading="loading" empty-text="暂无订单" data-test="orders-table">
      <el-table-column label="商品名称" min-width="200" show-overflow-tooltip>
        <template #default="{row}"><a :href="'/solutions/' + row.product">{{ row.product_name }}</a><div class="muted small">{{ row.spec_name }} × {{ row.quantity }}</div></template>
      </el-table-column>
      <el-table-column label="订单类型" prop="order_type" width="100" />
      <template v-if="provider">
        <el-table-column label="价格" width="110"><template #default="{row}"><span class="money">¥{{ yuan(row.total_fen) }}</span></template></el-table-column>
        <el-table-column label="抵扣金额" width="110"><template #default="{row}"><span class="money">{{ paidShown(row) ? '¥' + yuan(row.deduction_fen) : '---' }}</span></template></el-table-column>
        <el-table-column label="实付金额" width="110"><template #default="{row}"><span class="money">{{ paidShown(row) ? '¥' + yuan(row.paid_fen || row.payable_fen) : '---' }}</span></template></el-table-column>
        <el-table-column label="订购用户" prop="buyer_name" min-width="150" show-overflow-tooltip />
        <el-table-column label="状态" width="90"><template #default="{row}"><el-tag size="small" :type="(ORDER_STATUS[row.status]||{}).type">{{ (ORDER_STATUS[row.status]||{}).text }}</el-tag></template></el-table-column>
        <el-table-column label="订购时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      </template>
      <template v-else>
        <el-table-column label="支付状态" width="100"><template #default="{row}"><el-tag size="small" :type="(PAY_STATUS[row.pay_status]||{}).type" v-if="row.status !== 'cancelled'">{{ (PAY_STATUS[row.pay_status]||{}).text }}</el-tag><span v-else>---</span></template></el-table-column>
        <el-table-column label="订单状态" width="90"><template #default="{row}"><el-tag size="small" :type="(ORDER_STATUS[row.status]||{}).type" data-test="order-status">{{ (ORDER_STATUS[row.status]||{}).text }}</el-tag></template></el-table-column>
        <el-table-column label="总价" width="120"><template #default="{row}"><span class="money">¥{{ yuan(row.total_fen) }}</span></template></el-table-column>
        <el-table-column label="创建时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      </template>
      <el-table-column label="操作" width="170" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="push('/workbench/orders/' + row.id)" data-test="order-view">查看</el-button>
          <template v-if="provider">
            <el-button v-if="row.status === 'paid'" link type="success" :loading="busy === row.id" @click="deliver(row)" data-test="order-deliver">发货</el-button>
          </template>
          <template v-else>
            <el-button v-if="row.status === 'pending_payment'" link type="warning" @click="push('/workbench/orders/' + row.id + '?pay=1')" data-test="order-pay">去支付</el-button>
            <el-button v-if="row.status === 'delivered'" link type="success" :loading="busy === row.id" @click="receive(row)" data-test="order-receive">确认收货</el-button>
            <el-button v-if="row.status === 'completed' && !row.rated" link type="primary" @click="push('/workbench/my-reviews')">评价</el-button>
            <el-button v-if="row.status === 'pending_payment' || row.status === 'paid'" link type="danger" @click="cancel(row)" data-test="order-cancel">取消</el-button>
          </template>
        </template>
      </el-table-column>
    </el-table>
    <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" hide-on-single-page /></div>
  </div>`,
}
