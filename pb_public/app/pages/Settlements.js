// 兑付管理 (providers): the completed orders paid in part by vouchers and
// not yet settled (select some of one activity → 申请兑付), and the
// requests with their state; a draft or rejected request takes the invoice
// and acceptance documents and is submitted from its drawer. Only the
// tenant admin asks and submits; other users with the menu follow along.
import { ref, computed, onMounted, watch } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, errorMessage, serverErrors } from '../api.js'
import { session } from '../store.js'
import { route, setQuery } from '../router.js'
import { fmtDate, yuan, checkFile, DOC_EXTS } from '../util.js'
import { eligibleOrders, createSettlement, settlementStep, getSettlement, useSettlementStates, stateTag, SettlementDetail, fileLabel } from './SettlementShared.js'

const PER_PAGE = 10
const INVOICE_EXTS = ['pdf', 'ofd', 'xml', 'jpg', 'jpeg', 'png']

export default {
  name: 'SettlementsPage',
  components: { SettlementDetail },
  setup() {
    const admin = computed(() => !!session.user?.tenant_admin)
    const tab = ref(route.query.tab === 'requests' || route.query.id ? 'requests' : 'orders')
    const states = useSettlementStates()

    // ---- 可兑付订单
    const eligible = ref([])
    const eLoading = ref(false)
    const eError = ref('')
    const activity = ref('')
    const selected = ref([])
    const creating = ref(false)
    const loadEligible = async () => {
      eLoading.value = true
      eError.value = ''
      try {
        eligible.value = (await eligibleOrders()).items || []
      } catch (e) {
        eError.value = errorMessage(e)
      } finally {
        eLoading.value = false
      }
    }
    const activities = computed(() => {
      const m = new Map()
      for (const o of eligible.value) if (o.activity && !m.has(o.activity)) m.set(o.activity, { id: o.activity, name: o.activity_name, deadline: o.settle_deadline })
      return [...m.values()]
    })
    const shown = computed(() => (activity.value ? eligible.value.filter((o) => o.activity === activity.value) : eligible.value))
    const selectedSum = computed(() => selected.value.reduce((s, o) => s + o.deduction_fen, 0))
    // One request covers one activity: once an order is picked, only
    // orders of its activity can join.
    const selectable = (row) => !row.problem && (!selected.value.length || selected.value[0].activity === row.activity)
    const create = async () => {
      if (!selected.value.length) return ElMessage.warning('请选择要兑付的订单')
      const text = `为 ${selected.value.length} 个订单申请兑付服务券抵扣款 ¥${yuan(selectedSum.value)}？创建后请上传发票和验收材料再提交审核。`
      if (!(await ElMessageBox.confirm(text, '申请兑付', { type: 'info' }).catch(() => false))) return
      creating.value = true
      try {
        const s = await createSettlement(selected.value.map((o) => o.id))
        ElMessage.success('已创建兑付申请')
        selected.value = []
        loadEligible()
        tab.value = 'requests'
        await loadList()
        openDetail(s.id)
      } catch (e) {
        ElMessage.error(errorMessage(e, '申请失败'))
        loadEligible()
      } finally {
        creating.value = false
      }
    }

    // ---- 兑付申请
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const state = ref(route.query.state || '')
    const lLoading = ref(false)
    const lError = ref('')
    const loadList = async () => {
      lLoading.value = true
      lError.value = ''
      try {
        let filter = pb.filter('provider_enterprise = {:e}', { e: session.user.enterprise })
        if (state.value) {
          const [st, stage] = state.value.split('/')
          filter += pb.filter(' && status = {:st} && stage = {:stage}', { st, stage })
        }
        const res = await pb.collection('settlements').getList(page.value, PER_PAGE, { filter, sort: '-created' })
        items.value = res.items
        total.value = res.totalItems
      } catch (e) {
        lError.value = errorMessage(e)
      } finally {
        lLoading.value = false
      }
    }
    const search = () => {
      page.value = 1
      setQuery({ state: state.value })
      loadList()
    }

    // ---- drawer
    const drawer = ref(false)
    const cur = ref(null)
    const dLoading = ref(false)
    const busy = ref(false)
    const form = ref({ invoice_no: '', remark: '' })
    const { errors, apply, clear } = serverErrors()
    const editable = computed(() => admin.value && cur.value && (cur.value.status === 'draft' || cur.value.status === 'rejected'))
    const openDetail = async (id) => {
      drawer.value = true
      dLoading.value = true
      clear()
      setQuery({ id })
      try {
        cur.value = await getSettlement(id)
        form.value = { invoice_no: cur.value.invoice_no || '', remark: cur.value.remark || '' }
      } catch (e) {
        ElMessage.error(errorMessage(e))
        drawer.value = false
      } finally {
        dLoading.value = false
      }
    }
    const closed = () => setQuery({ id: '' })
    // Attachments and the note are saved on the record (records API).
    const patch = async (body, okText) => {
      busy.value = true
      clear()
      try {
        await pb.collection('settlements').update(cur.value.id, body)
        cur.value = await getSettlement(cur.value.id)
        if (okText) ElMessage.success(okText)
        return true
      } catch (e) {
        ElMessage.error(apply(e, '保存失败'))
        return false
      } finally {
        busy.value = false
      }
    }
    const pick = (field, exts, maxMB, label) => (file) => {
      const msg = checkFile(file.raw, exts, maxMB, label)
      if (msg) return ElMessage.error(msg)
      const body = new FormData()
      body.append(field === 'documents' ? 'documents+' : field, file.raw)
      patch(body, `${label}已上传`)
    }
    const pickInvoice = pick('invoice', INVOICE_EXTS, 20, '发票')
    const pickDoc = pick('documents', DOC_EXTS, 100, '验收材料')
    const removeDoc = (name) => patch({ 'documents-': [name] }, '已删除')
    const saveForm = () => patch({ invoice_no: form.value.invoice_no.trim(), remark: form.value.remark }, '已保存')
    const submit = async () => {
      if (form.value.invoice_no !== (cur.value.invoice_no || '') || form.value.remark !== (cur.value.remark || '')) {
        if (!(await patch({ invoice_no: form.value.invoice_no.trim(), remark: form.value.remark }))) return
      }
      busy.value = true
      clear()
      try {
        await settlementStep(cur.value.id, 'submit')
        ElMessage.success('已提交审核')
        cur.value = await getSettlement(cur.value.id)
        loadList()
      } catch (e) {
        ElMessage.error(apply(e, '提交失败'))
      } finally {
        busy.value = false
      }
    }
    const remove = async () => {
      if (!(await ElMessageBox.confirm('删除后其中的订单可重新申请兑付，确认删除该兑付申请？', '删除申请', { type: 'warning' }).catch(() => false))) return
      busy.value = true
      try {
        await pb.collection('settlements').delete(cur.value.id)
        ElMessage.success('已删除')
        drawer.value = false
        loadList()
        loadEligible()
      } catch (e) {
        ElMessage.error(errorMessage(e, '删除失败'))
      } finally {
        busy.value = false
      }
    }

    onMounted(() => {
      loadEligible()
      loadList()
      if (route.query.id) openDetail(route.query.id)
    })
    watch(tab, (t) => setQuery({ tab: t === 'requests' ? 'requests' : '' }))

    return {
      admin, tab, states, eligible, eLoading, eError, activity, activities, shown, selected, selectedSum, selectable, creating, create,
      items, total, page, state, lLoading, lError, loadList, search, drawer, cur, dLoading, busy, form, errors, editable,
      openDetail, closed, pickInvoice, pickDoc, removeDoc, saveForm, submit, remove, fmtDate, yuan, stateTag, fileLabel,
      PER_PAGE, INVOICE_EXTS, DOC_EXTS,
    }
  },
  template: `
  <div class="panel" data-test="settlements">
    <div class="panel-title"><h3>兑付管理</h3></div>
    <el-tabs v-model="tab">
      <el-tab-pane label="可兑付订单" name="orders">
        <el-alert type="info" show-icon :closable="false" style="margin-bottom:10px"
          title="已完成（订购企业确认验收）且使用服务券抵扣、尚未申请兑付的订单。一个兑付申请只能包含同一服务券活动的订单，须在活动的申请兑付截止时间前提交。" />
        <el-alert v-if="eError" :title="eError" type="error" show-icon :closable="false" style="margin-bottom:10px" />
        <div style="display:flex;gap:8px;flex-wrap:wrap;margin-bottom:10px;align-items:center">
          <el-select v-model="activity" clearable placeholder="全部服务券活动" style="width:280px" data-test="eligible-activity">
            <el-option v-for="a in activities" :key="a.id" :value="a.id" :label="a.name" />
          </el-select>
          <span class="muted small" style="flex:1">已选 {{ selected.length }} 个订单，抵扣合计 <span class="money red" data-test="eligible-sum">¥{{ yuan(selectedSum) }}</span></span>
          <el-button v-if="admin" type="primary" :disabled="!selected.length" :loading="creating" @click="create" data-test="settle-create">申请兑付</el-button>
        </div>
        <el-table :data="shown" v-loading="eLoading" row-key="id" empty-text="暂无可兑付的订单" @selection-change="v => selected = v" data-test="eligible-table">
          <el-table-column v-if="admin" type="selection" width="44" :selectable="selectable" reserve-selection />
          <el-table-column label="订单号" prop="order_no" width="180" />
          <el-table-column label="商品" min-width="170" show-overflow-tooltip><template #default="{row}">{{ row.product_name }}<span class="muted small"> {{ row.spec_name }}</span></template></el-table-column>
          <el-table-column label="订购企业" prop="buyer_name" min-width="150" show-overflow-tooltip />
          <el-table-column label="服务券活动" prop="activity_name" min-width="170" show-overflow-tooltip />
          <el-table-column label="订单金额" width="110"><template #default="{row}">¥{{ yuan(row.total_fen) }}</template></el-table-column>
          <el-table-column label="服务券抵扣" width="110"><template #default="{row}"><span class="money red">¥{{ yuan(row.deduction_fen) }}</span></template></el-table-column>
          <el-table-column label="完成时间" width="110"><template #default="{row}">{{ fmtDate(row.completed_at, false) }}</template></el-table-column>
          <el-table-column label="申请截止" width="110"><template #default="{row}">{{ fmtDate(row.settle_deadline, false) || '—' }}</template></el-table-column>
          <el-table-column label="提示" min-width="160" show-overflow-tooltip><template #default="{row}"><span class="red small">{{ row.problem }}</span></template></el-table-column>
        </el-table>
      </el-tab-pane>
      <el-tab-pane label="兑付申请" name="requests">
        <div style="display:flex;gap:8px;margin-bottom:10px">
          <el-select v-model="state" clearable placeholder="全部状态" style="width:180px" @change="search" data-test="settle-state">
            <el-option v-for="s in states" :key="s.code" :value="s.code" :label="s.label" />
          </el-select>
        </div>
        <el-alert v-if="lError" :title="lError" type="error" show-icon :closable="false" style="margin-bottom:10px" />
        <el-table :data="items" v-loading="lLoading" empty-text="暂无兑付申请" data-test="settlements-table">
          <el-table-column label="服务券活动" prop="activity_name" min-width="200" show-overflow-tooltip />
          <el-table-column label="订单数" width="80"><template #default="{row}">{{ (row.orders || []).length }}</template></el-table-column>
          <el-table-column label="兑付金额" width="130"><template #default="{row}"><span class="money red">¥{{ yuan(row.amount_fen) }}</span></template></el-table-column>
          <el-table-column label="状态" width="130"><template #default="{row}"><el-tag size="small" :type="stateTag(row.state)" data-test="settle-row-state">{{ row.state_label }}</el-tag></template></el-table-column>
          <el-table-column label="创建时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
          <el-table-column label="提交时间" width="160"><template #default="{row}">{{ fmtDate(row.submitted_at) }}</template></el-table-column>
          <el-table-column label="操作" width="90" fixed="right"><template #default="{row}"><el-button link type="primary" @click="openDetail(row.id)" data-test="settle-open">详情</el-button></template></el-table-column>
        </el-table>
        <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="loadList" hide-on-single-page /></div>
      </el-tab-pane>
    </el-tabs>

    <el-drawer v-model="drawer" title="兑付申请" size="760px" append-to-body @closed="closed" data-test="settle-drawer">
      <div v-loading="dLoading" style="min-height:200px">
        <template v-if="cur">
          <settlement-detail :s="cur" />
          <div v-if="editable" style="margin-top:16px" data-test="settle-edit">
            <h4 style="margin:0 0 8px">发票与验收材料</h4>
            <el-form label-width="90px" @submit.prevent>
              <el-form-item label="发票" required :error="errors.invoice">
                <div data-field="invoice"><el-upload :auto-upload="false" :show-file-list="false" :accept="INVOICE_EXTS.map(x => '.' + x).join(',')" :on-change="pickInvoice">
                  <el-button :loading="busy">{{ cur.invoice ? '重新上传发票' : '上传发票' }}</el-button>
                </el-upload></div>
                <span class="muted small" style="margin-left:8px">PDF、OFD、XML 或图片，不超过 20MB</span>
              </el-form-item>
              <el-form-item label="验收材料" required :error="errors.documents">
                <div style="display:flex;flex-direction:column;gap:4px;align-items:flex-start">
                  <span v-for="d in cur.documents" :key="d">{{ fileLabel(d) }} <el-button link type="danger" @click="removeDoc(d)">删除</el-button></span>
                  <div data-field="documents"><el-upload :auto-upload="false" :show-file-list="false" :accept="DOC_EXTS.map(x => '.' + x).join(',')" :on-change="pickDoc">
                    <el-button :loading="busy">上传验收材料</el-button>
                  </el-upload></div>
                </div>
              </el-form-item>
              <el-form-item label="发票号码" :error="errors.invoice_no"><el-input v-model="form.invoice_no" maxlength="50" style="width:260px" data-test="invoice-no" /></el-form-item>
              <el-form-item label="说明" :error="errors.remark"><el-input v-model="form.remark" type="textarea" :rows="2" maxlength="500" show-word-limit /></el-form-item>
              <el-alert v-if="errors.orders || errors.activity || errors.amount_fen" :title="errors.orders || errors.activity || errors.amount_fen" type="error" show-icon :closable="false" style="margin-bottom:10px" />
            </el-form>
          </div>
        </template>
      </div>
      <template #footer>
        <div v-if="editable">
          <el-button type="danger" plain :loading="busy" @click="remove" data-test="settle-delete">删除申请</el-button>
          <el-button :loading="busy" @click="saveForm">保存</el-button>
          <el-button type="primary" :loading="busy" @click="submit" data-test="settle-submit">{{ cur.status === 'rejected' ? '重新提交' : '提交审核' }}</el-button>
        </div>
      </template>
    </el-drawer>
  </div>`,
}
