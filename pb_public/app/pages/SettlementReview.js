// 兑付审核 (operators) and 兑付审批 (the department): the submitted
// settlement requests, the ones waiting for the caller first; the drawer
// shows the orders, invoice and acceptance documents and takes the
// decision (通过, 驳回 with a reason) and, for the operator once the
// department approved, the payout (流水号 and 付款日期). 资金对账 shows the
// reconciliation per activity and provider.
import { ref, computed, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, errorMessage, serverErrors } from '../api.js'
import { session } from '../store.js'
import { route, setQuery } from '../router.js'
import { fmtDate, yuan } from '../util.js'
// Payout dates are China dates (the server reads them in Beijing time), so
// "today" is today in Asia/Shanghai, whatever the browser's zone.
const chinaToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

import { settlementStep, getSettlement, reconcileReport, useSettlementStates, stateTag, SettlementDetail } from './SettlementShared.js'

const PER_PAGE = 10

export default {
  name: 'SettlementReviewPage',
  components: { SettlementDetail },
  setup() {
    const role = computed(() => session.user?.role)
    const operator = computed(() => role.value === 'operator')
    // The states where the caller acts (the rest is for reference).
    const mine = computed(() => (operator.value ? ['pending/operator', 'approved/done'] : ['pending/department']))
    const states = useSettlementStates()
    const reviewStates = computed(() => states.value.filter((s) => s.code !== 'draft/operator'))
    const tab = ref(route.query.tab || 'todo')
    const state = ref('')
    const keyword = ref('')
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const parts = []
        const pick = tab.value === 'todo' ? mine.value : state.value ? [state.value] : []
        if (pick.length) {
          parts.push('(' + pick.map((code, i) => {
            const [st, stage] = code.split('/')
            return pb.filter(`(status = {:s${i}} && stage = {:g${i}})`, { [`s${i}`]: st, [`g${i}`]: stage })
          }).join(' || ') + ')')
        }
        if (keyword.value) parts.push(pb.filter('(provider_name ~ {:q} || activity_name ~ {:q})', { q: keyword.value }))
        const res = await pb.collection('settlements').getList(page.value, PER_PAGE, {
          filter: parts.join(' && '), sort: tab.value === 'todo' ? 'submitted_at' : '-submitted_at',
        })
        items.value = res.items
        total.value = res.totalItems
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    const search = () => {
      page.value = 1
      load()
    }

    // ---- drawer and decisions
    const drawer = ref(false)
    const cur = ref(null)
    const dLoading = ref(false)
    const busy = ref(false)
    const { errors, apply, clear } = serverErrors()
    const canDecide = computed(() => cur.value && cur.value.status === 'pending' && mine.value.includes(cur.value.state))
    const canPay = computed(() => operator.value && cur.value && cur.value.state === 'approved/done')
    const openDetail = async (id) => {
      drawer.value = true
      dLoading.value = true
      setQuery({ id })
      try {
        cur.value = await getSettlement(id)
      } catch (e) {
        ElMessage.error(errorMessage(e))
        drawer.value = false
      } finally {
        dLoading.value = false
      }
    }
    const closed = () => setQuery({ id: '' })
    const decision = ref({ open: false, step: 'approve', comment: '' })
    const openDecision = (step) => {
      clear()
      decision.value = { open: true, step, comment: '' }
    }
    const decide = async () => {
      const d = decision.value
      if (d.step === 'reject' && !d.comment.trim()) return (errors.comment = '请填写驳回原因')
      busy.value = true
      clear()
      try {
        await settlementStep(cur.value.id, d.step, { comment: d.comment.trim() })
        ElMessage.success(d.step === 'reject' ? '已驳回' : '审核通过')
        d.open = false
        cur.value = await getSettlement(cur.value.id)
        load()
      } catch (e) {
        ElMessage.error(apply(e, '操作失败'))
      } finally {
        busy.value = false
      }
    }
    const pay = ref({ open: false, payout_ref: '', paid_at: '', comment: '' })
    const openPay = () => {
      clear()
      pay.value = { open: true, payout_ref: '', paid_at: chinaToday(), comment: '' }
    }
    const doPay = async () => {
      const p = pay.value
      if (!p.payout_ref.trim()) errors.payout_ref = '请填写付款流水号'
      if (!p.paid_at) errors.paid_at = '请选择付款日期'
      if (errors.payout_ref || errors.paid_at) return
      busy.value = true
      try {
        await settlementStep(cur.value.id, 'pay', { payout_ref: p.payout_ref.trim(), paid_at: p.paid_at, comment: p.comment })
        ElMessage.success('已登记付款')
        p.open = false
        cur.value = await getSettlement(cur.value.id)
        load()
      } catch (e) {
        ElMessage.error(apply(e, '登记失败'))
      } finally {
        busy.value = false
      }
    }

    // ---- 资金对账
    const report = ref(null)
    const rLoading = ref(false)
    const rError = ref('')
    const loadReport = async () => {
      rLoading.value = true
      rError.value = ''
      try {
        report.value = await reconcileReport()
      } catch (e) {
        rError.value = errorMessage(e)
      } finally {
        rLoading.value = false
      }
    }
    const switchTab = (t) => {
      setQuery({ tab: t === 'todo' ? '' : t })
      if (t === 'reconcile') return loadReport()
      page.value = 1
      load()
    }

    onMounted(() => {
      if (tab.value === 'reconcile') loadReport()
      else load()
      if (route.query.id) openDetail(route.query.id)
    })
    return {
      operator, tab, state, keyword, reviewStates, items, total, page, loading, error, load, search, switchTab,
      drawer, cur, dLoading, busy, errors, canDecide, canPay, openDetail, closed, decision, openDecision, decide, pay, openPay, doPay,
      report, rLoading, rError, fmtDate, yuan, stateTag, PER_PAGE, chinaToday,
    }
  },
  template: `
  <div class="panel" data-test="settlement-review">
    <div class="panel-title"><h3>{{ operator ? '兑付审核' : '兑付审批' }}</h3></div>
    <el-tabs v-model="tab" @tab-change="switchTab">
      <el-tab-pane :label="operator ? '待我处理' : '待我审批'" name="todo" />
      <el-tab-pane label="全部申请" name="all" />
      <el-tab-pane label="资金对账" name="reconcile" />
    </el-tabs>
    <template v-if="tab !== 'reconcile'">
      <div style="display:flex;gap:8px;flex-wrap:wrap;margin-bottom:10px">
        <el-select v-if="tab === 'all'" v-model="state" clearable placeholder="全部状态" style="width:170px" @change="search">
          <el-option v-for="s in reviewStates" :key="s.code" :value="s.code" :label="s.label" />
        </el-select>
        <el-input v-model="keyword" placeholder="服务商 / 服务券活动" clearable style="width:220px" @keyup.enter="search" @clear="search" />
        <el-button @click="search">查询</el-button>
      </div>
      <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <el-table :data="items" v-loading="loading" :empty-text="tab === 'todo' ? '没有待处理的兑付申请' : '暂无兑付申请'" data-test="review-table">
        <el-table-column label="服务商" prop="provider_name" min-width="180" show-overflow-tooltip />
        <el-table-column label="服务券活动" prop="activity_name" min-width="180" show-overflow-tooltip />
        <el-table-column label="订单数" width="70"><template #default="{row}">{{ (row.orders || []).length }}</template></el-table-column>
        <el-table-column label="兑付金额" width="130"><template #default="{row}"><span class="money red">¥{{ yuan(row.amount_fen) }}</span></template></el-table-column>
        <el-table-column label="状态" width="120"><template #default="{row}"><el-tag size="small" :type="stateTag(row.state)">{{ row.state_label }}</el-tag></template></el-table-column>
        <el-table-column label="提交时间" width="160"><template #default="{row}">{{ fmtDate(row.submitted_at) }}</template></el-table-column>
        <el-table-column label="操作" width="90" fixed="right"><template #default="{row}"><el-button link type="primary" @click="openDetail(row.id)" data-test="review-open">{{ tab === 'todo' ? '办理' : '详情' }}</el-button></template></el-table-column>
      </el-table>
      <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" hide-on-single-page /></div>
    </template>
    <div v-else v-loading="rLoading" style="min-height:160px" data-test="reconcile">
      <el-alert v-if="rError" :title="rError" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <template v-if="report">
        <el-alert v-if="report.problems.length" type="error" show-icon :closable="false" style="margin-bottom:10px"
          :title="'对账发现 ' + report.problems.length + ' 处问题：' + report.problems[0].collection + ' ' + report.problems[0].record + '：' + report.problems[0].message" />
        <el-alert v-else type="success" show-icon :closable="false" style="margin-bottom:10px" title="对账通过：发放、使用、兑付各项核对一致" />
        <el-alert v-for="w in report.warnings" :key="w" type="warning" :title="w" show-icon :closable="false" style="margin-bottom:6px" />
        <el-table :data="report.activities" row-key="id" size="small" data-test="reconcile-table">
          <el-table-column type="expand"><template #default="{row}">
            <el-table :data="row.providers" size="small" style="margin-left:40px;width:calc(100% - 40px)" empty-text="暂无服务商使用">
              <el-table-column label="服务商" prop="name" min-width="180" />
              <el-table-column label="订单数" prop="orders" width="80" />
              <el-table-column label="已使用" width="130"><template #default="{row: p}">¥{{ yuan(p.spent_fen) }}</template></el-table-column>
              <el-table-column label="已兑付" width="130"><template #default="{row: p}">¥{{ yuan(p.settled_fen) }}</template></el-table-column>
              <el-table-column label="审核中" width="130"><template #default="{row: p}">¥{{ yuan(p.in_review_fen) }}</template></el-table-column>
              <el-table-column label="待兑付" width="130"><template #default="{row: p}">¥{{ yuan(p.outstanding_fen) }}</template></el-table-column>
            </el-table>
          </template></el-table-column>
          <el-table-column label="服务券活动" prop="name" min-width="200" show-overflow-tooltip />
          <el-table-column label="预算" width="130"><template #default="{row}">{{ row.budget_fen ? '¥' + yuan(row.budget_fen) : '未设' }}</template></el-table-column>
          <el-table-column label="已分配" width="130"><template #default="{row}">¥{{ yuan(row.committed_fen) }}</template></el-table-column>
          <el-table-column label="已发放" width="130"><template #default="{row}">¥{{ yuan(row.issued_fen) }}</template></el-table-column>
          <el-table-column label="已使用" width="130"><template #default="{row}">¥{{ yuan(row.spent_fen) }}</template></el-table-column>
          <el-table-column label="已兑付" width="130"><template #default="{row}">¥{{ yuan(row.settled_fen) }}</template></el-table-column>
          <el-table-column label="审核中" width="120"><template #default="{row}">¥{{ yuan(row.in_review_fen) }}</template></el-table-column>
          <el-table-column label="待兑付" width="120"><template #default="{row}">¥{{ yuan(row.outstanding_fen) }}</template></el-table-column>
          <el-table-column label="已过期" width="120"><template #default="{row}">¥{{ yuan(row.expired_fen) }}</template></el-table-column>
        </el-table>
        <p class="muted small">已分配 = 各批次面值 × 发放总量；已使用 = 服务券流水抵扣净额；待兑付 = 已使用 − 已兑付；已过期 = 过期服务券的剩余余额。生成于 {{ fmtDate(report.generated_at) }}。</p>
      </template>
    </div>

    <el-drawer v-model="drawer" title="兑付申请" size="760px" append-to-body @closed="closed" data-test="review-drawer">
      <div v-loading="dLoading" style="min-height:200px">
        <settlement-detail v-if="cur" :s="cur" />
        <el-alert v-if="errors.orders || errors.amount_fen" :title="errors.orders || errors.amount_fen" type="error" show-icon :closable="false" style="margin-top:10px" />
      </div>
      <template #footer>
        <div v-if="canDecide">
          <el-button type="danger" plain @click="openDecision('reject')" data-test="review-reject">驳回</el-button>
          <el-button type="primary" @click="openDecision('approve')" data-test="review-approve">审核通过</el-button>
        </div>
        <div v-else-if="canPay">
          <el-button type="danger" plain @click="openDecision('reject')">驳回</el-button>
          <el-button type="primary" @click="openPay" data-test="review-pay">登记付款</el-button>
        </div>
      </template>
    </el-drawer>

    <el-dialog v-model="decision.open" :title="decision.step === 'reject' ? '驳回兑付申请' : '审核通过'" width="480px" append-to-body data-test="decision-dialog">
      <el-form label-width="80px" @submit.prevent>
        <el-form-item :label="decision.step === 'reject' ? '驳回原因' : '审核意见'" :required="decision.step === 'reject'" :error="errors.comment">
          <el-input v-model="decision.comment" type="textarea" :rows="3" maxlength="500" show-word-limit data-test="decision-comment" />
        </el-form-item>
      </el-form>
      <template #footer><el-button @click="decision.open = false">取消</el-button><el-button type="primary" :loading="busy" @click="decide" data-test="decision-confirm">确定</el-button></template>
    </el-dialog>

    <el-dialog v-model="pay.open" title="登记付款" width="480px" append-to-body data-test="pay-dialog">
      <el-form label-width="100px" @submit.prevent>
        <el-form-item label="兑付金额"><span class="money red">¥{{ cur && yuan(cur.amount_fen) }}</span></el-form-item>
        <el-form-item label="付款流水号" required :error="errors.payout_ref"><el-input v-model="pay.payout_ref" maxlength="100" data-test="pay-ref" /></el-form-item>
        <el-form-item label="付款日期" required :error="errors.paid_at"><el-date-picker v-model="pay.paid_at" type="date" value-format="YYYY-MM-DD" :disabled-date="d => fmtDate(d, false) > chinaToday()" style="width:100%" data-test="pay-date" /></el-form-item>
        <el-form-item label="备注" :error="errors.comment"><el-input v-model="pay.comment" maxlength="500" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="pay.open = false">取消</el-button><el-button type="primary" :loading="busy" @click="doPay" data-test="pay-submit">确认付款</el-button></template>
    </el-dialog>
  </div>`,
}
