// 线下支付确认 (operators): offline transfers waiting for confirmation;
// 确认到账 marks the payment confirmed and the order paid.
import { ref, reactive } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, confirmPayment, getPayee, savePayee, serverErrors, errorMessage } from '../api.js'
import { useList } from '../list.js'
import { fmtDate, yuan, PAYMENT_STATUS } from '../util.js'
import ListPager from '../components/ListPager.js'


export default {
  name: 'PaymentsPage',
  components: { ListPager },
  setup() {
    const busy = ref('')
    const list = useList({
      filters: { status: 'pending', q: '' },
      sort: '',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        let filter = pb.filter('status = {:s}', { s: f.status || 'pending' })
        if (f.q) filter += pb.filter(' && (order.order_no ~ {:q} || order.buyer_name ~ {:q} || reference ~ {:q})', { q: f.q })
        // Pending transfers oldest first (first come, first confirmed).
        const s = sort || (f.status === 'confirmed' ? '-confirmed_at' : 'created')
        return pb.collection('payments').getList(page, perPage, { filter, sort: s, expand: 'order' })
      },
    })
    list.load()
    const load = list.load

    // 收款账户设置: the account buyers transfer to, shown in every 线下转账指引.
    const payee = reactive({ open: false, loading: false, name: '', bank: '', account: '', note: '' })
    const payeeRef = ref(null)
    const payeeErr = serverErrors()
    const payeeRules = {
      name: [{ required: true, message: '请输入收款单位名称', trigger: 'blur' }],
      bank: [{ required: true, message: '请输入开户银行', trigger: 'blur' }],
      account: [{ required: true, message: '请输入收款账号', trigger: 'blur' }, { pattern: /^[0-9][0-9 -]{6,38}[0-9]$/, message: '收款账号为 8-40 位数字（可含空格或 -）', trigger: 'blur' }],
    }
    const openPayee = async () => {
      Object.assign(payee, { open: true, loading: true })
      payeeErr.clear()
      try {
        Object.assign(payee, await getPayee())
      } catch (e) {
        ElMessage.error(errorMessage(e, '收款账户读取失败'))
      } finally {
        payee.loading = false
      }
    }
    const savePayeeDlg = async () => {
      payeeErr.clear()
      if (!(await payeeRef.value.validate().catch(() => false))) return
      busy.value = 'payee'
      try {
        await savePayee({ name: payee.name.trim(), bank: payee.bank.trim(), account: payee.account.trim(), note: payee.note.trim() })
        ElMessage.success('收款账户已保存')
        payee.open = false
      } catch (e) {
        ElMessage.error(payeeErr.apply(e, '保存失败'))
      } finally {
        busy.value = ''
      }
    }
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
    return { list, f: list.filters, busy, load, confirm, fmtDate, yuan, PAYMENT_STATUS, payee, payeeRef, payeeRules, payeeErr: payeeErr.errors, openPayee, savePayeeDlg }
  },
  template: `
  <div class="panel" data-test="payments">
    <div class="panel-title"><h3>线下支付确认</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-radio-group v-model="f.status" @change="list.sort = ''; list.search()"><el-radio-button value="pending">待确认</el-radio-button><el-radio-button value="confirmed">已确认</el-radio-button></el-radio-group>
        <el-input v-model="f.q" placeholder="订单号 / 企业 / 流水号" clearable style="width:200px" @keyup.enter="list.search" @clear="list.search" />
        <el-button @click="openPayee" data-test="payee-open"><el-icon style="margin-right:4px"><icon-setting /></el-icon>收款账户设置</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" :empty-text="f.status === 'pending' ? '没有待确认的支付' : '暂无记录'" data-test="payments-table" @sort-change="list.sortChange">
      <el-table-column label="订单号" width="190"><template #default="{row}"><a :href="'/workbench/orders/' + row.order">{{ row.expand && row.expand.order && row.expand.order.order_no }}</a></template></el-table-column>
      <el-table-column label="商品" min-width="170" show-overflow-tooltip><template #default="{row}">{{ row.expand && row.expand.order && row.expand.order.product_name }}</template></el-table-column>
      <el-table-column label="订购企业" min-width="160" show-overflow-tooltip><template #default="{row}">{{ row.expand && row.expand.order && row.expand.order.buyer_name }}</template></el-table-column>
      <el-table-column label="金额" prop="amount_fen" width="120" sortable="custom"><template #default="{row}"><span class="money red">¥{{ yuan(row.amount_fen) }}</span></template></el-table-column>
      <el-table-column label="付款账户" prop="payer_account" min-width="140" show-overflow-tooltip />
      <el-table-column label="流水号" prop="reference" width="140" show-overflow-tooltip />
      <el-table-column label="提交时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="操作" width="110" fixed="right">
        <template #default="{row}">
          <el-button v-if="row.status === 'pending'" link type="primary" :loading="busy === row.id" @click="confirm(row)" data-test="payment-confirm">确认到账</el-button>
          <span v-else class="muted small">{{ (PAYMENT_STATUS[row.status] || {}).text }} {{ fmtDate(row.confirmed_at, false) }}</span>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />

    <el-dialog v-model="payee.open" title="收款账户设置" width="520px" append-to-body data-test="payee-dialog">
      <div v-loading="payee.loading">
        <p class="muted small" style="margin-top:0">企业选择线下对公转账时，“线下转账指引”展示以下收款账户。</p>
        <el-form ref="payeeRef" :model="payee" :rules="payeeRules" label-width="90px" @submit.prevent>
          <el-form-item label="收款单位" prop="name" :error="payeeErr.name"><el-input v-model="payee.name" maxlength="100" data-test="payee-name" /></el-form-item>
          <el-form-item label="开户银行" prop="bank" :error="payeeErr.bank"><el-input v-model="payee.bank" maxlength="100" data-test="payee-bank" /></el-form-item>
          <el-form-item label="收款账号" prop="account" :error="payeeErr.account"><el-input v-model="payee.account" maxlength="40" data-test="payee-account" /></el-form-item>
          <el-form-item label="说明" :error="payeeErr.note"><el-input v-model="payee.note" type="textarea" :rows="2" maxlength="200" placeholder="选填，如：工作日 16:00 前到账当日确认" /></el-form-item>
        </el-form>
      </div>
      <template #footer><el-button @click="payee.open = false">取消</el-button><el-button type="primary" :loading="busy === 'payee'" @click="savePayeeDlg" data-test="payee-ok">保存</el-button></template>
    </el-dialog>
  </div>`,
}
