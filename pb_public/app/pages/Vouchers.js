// 服务券查询 (enterprise guide §5.6.1, 图5-6): the tenant's vouchers with
// 名称, 余额, 面值, 有效期, 状态, 计费模式; 详情 shows the ledger, 去使用 the
// listed products the voucher can pay for.
import { reactive } from 'vue'
import { pb, voucherDetail, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { useList } from '../list.js'
import { fmtDate, yuan, VOUCHER_STATUS, LEDGER_REASONS } from '../util.js'
import { printUrl } from '../api_exports.js'
import HistoryTab from '../components/HistoryTab.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'VouchersPage',
  components: { ListPager, HistoryTab },
  setup() {
    const detail = reactive({ open: false, loading: false, voucher: null, ledger: [], error: '' })
    const list = useList({
      filters: { status: '' },
      sort: 'status,valid_to',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        let filter = pb.filter('enterprise = {:e}', { e: session.user.enterprise })
        if (f.status) filter += pb.filter(' && status = {:s}', { s: f.status })
        return pb.collection('vouchers').getList(page, perPage, { filter, sort })
      },
    })
    list.load()
    const show = async (v) => {
      Object.assign(detail, { open: true, loading: true, voucher: v, ledger: [], error: '' })
      try {
        const res = await voucherDetail(v.id)
        detail.voucher = res.voucher || v
        detail.ledger = res.ledger || []
      } catch (e) {
        detail.error = errorMessage(e)
      } finally {
        detail.loading = false
      }
    }
    const use = (v) => push(`/workbench/vouchers/${v.id}/products`)
    return { list, f: list.filters, detail, show, use, printUrl, fmtDate, yuan, VOUCHER_STATUS, LEDGER_REASONS, push }
  },
  template: `
  <div class="panel" data-test="vouchers">
    <div class="panel-title"><h3>服务券查询</h3>
      <div style="display:flex;gap:8px">
        <el-select v-model="f.status" placeholder="状态" clearable style="width:120px" @change="list.search">
          <el-option v-for="(s, k) in VOUCHER_STATUS" :key="k" :value="k" :label="s.text" />
        </el-select>
        <el-button type="primary" plain @click="push('/workbench/voucher-activities')">去领券</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无服务券，可到“服务券活动”申请" data-test="vouchers-table" @sort-change="list.sortChange">
      <el-table-column label="服务券名称" prop="name" min-width="220" show-overflow-tooltip />
      <el-table-column label="余额" prop="balance_fen" width="120" sortable="custom"><template #default="{row}"><span class="money red">¥{{ yuan(row.balance_fen) }}</span></template></el-table-column>
      <el-table-column label="面值" width="120"><template #default="{row}"><span class="money">¥{{ yuan(row.face_value_fen) }}</span></template></el-table-column>
      <el-table-column label="有效期" prop="valid_to" width="210" sortable="custom"><template #default="{row}">{{ fmtDate(row.valid_from, false) }} 至 {{ fmtDate(row.valid_to, false) }}</template></el-table-column>
      <el-table-column label="状态" width="90"><template #default="{row}"><el-tag size="small" :type="(VOUCHER_STATUS[row.status]||{}).type">{{ (VOUCHER_STATUS[row.status]||{}).text }}</el-tag></template></el-table-column>
      <el-table-column label="计费模式" width="100"><template #default="{row}">{{ row.billing_mode || '单独计价' }}</template></el-table-column>
      <el-table-column label="操作" width="130" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="show(row)" data-test="voucher-detail">详情</el-button>
          <el-button v-if="row.status === 'active'" link type="primary" @click="use(row)" data-test="voucher-use">去使用</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog v-model="detail.open" title="服务券详情" width="680px" append-to-body data-test="voucher-dialog">
      <div v-loading="detail.loading" style="min-height:120px">
        <el-alert v-if="detail.error" :title="detail.error" type="error" :closable="false" />
        <template v-else-if="detail.voucher">
          <el-descriptions :column="2" border size="small" class="desc-table">
            <el-descriptions-item label="名称" :span="2">{{ detail.voucher.name }}</el-descriptions-item>
            <el-descriptions-item label="面值">¥{{ yuan(detail.voucher.face_value_fen) }}</el-descriptions-item>
            <el-descriptions-item label="余额"><span class="money red">¥{{ yuan(detail.voucher.balance_fen) }}</span></el-descriptions-item>
            <el-descriptions-item label="有效期" :span="2">{{ fmtDate(detail.voucher.valid_from) }} 至 {{ fmtDate(detail.voucher.valid_to) }}</el-descriptions-item>
            <el-descriptions-item label="状态">{{ (VOUCHER_STATUS[detail.voucher.status]||{}).text }}</el-descriptions-item>
            <el-descriptions-item label="计费模式">{{ detail.voucher.billing_mode || '单独计价' }}</el-descriptions-item>
          </el-descriptions>
          <h4 style="margin:14px 0 6px">使用记录</h4>
          <el-table :data="detail.ledger" size="small" empty-text="尚未使用" data-test="voucher-ledger">
            <el-table-column label="时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
            <el-table-column label="类型" width="100"><template #default="{row}">{{ LEDGER_REASONS[row.reason] || row.reason }}</template></el-table-column>
            <el-table-column label="金额" width="110"><template #default="{row}">{{ row.delta_fen > 0 ? '+' : '' }}{{ yuan(row.delta_fen) }}</template></el-table-column>
            <el-table-column label="余额" width="110"><template #default="{row}">¥{{ yuan(row.balance_after_fen) }}</template></el-table-column>
            <el-table-column label="订单" min-width="120"><template #default="{row}"><a v-if="row.order" :href="'/workbench/orders/' + row.order">查看订单</a></template></el-table-column>
          </el-table>
          <history-tab collection="vouchers" :record="detail.voucher.id" flat />
          <div style="text-align:right;margin-top:8px"><el-button tag="a" :href="printUrl('vouchers', detail.voucher.id)" target="_blank" data-test="voucher-print">打印凭证</el-button></div>
        </template>
      </div>
    </el-dialog>
  </div>`,
}
