// 申请详情 and the reviewer screen: the application, its decision timeline
// (review_records), the subject as the public will see it (product) or as
// submitted (enterprise), and — for the reviewer of the current stage —
// approve / reject with a comment; the operator passing a product's first
// stage assigns 1–5 experts, never one of the product's own enterprise.
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, approveApplication, rejectApplication, revokeApplication, serverErrors, errorMessage, useDicts, regionOf } from '../api.js'
import { reeditApplication, currentApplications } from '../reedit.js'
import { session } from '../store.js'
import { route } from '../router.js'
import { fmtDate, APP_STATUS, APP_TYPES, STAGES } from '../util.js'
import ProductView from '../components/ProductView.js'
import EnterpriseView from '../components/EnterpriseView.js'
import HistoryTab from '../components/HistoryTab.js'

export default {
  name: 'ApplicationDetailPage',
  components: { ProductView, EnterpriseView, HistoryTab },
  setup() {
    const app = ref(null)
    const records = ref([])
    const experts = ref([])
    const loading = ref(true)
    const error = ref('')
    const form = reactive({ comment: '', experts: [] })
    const busy = ref(false)
    const { errors, apply, clear } = serverErrors()
    const current = ref(false)
    // A change of a listed product is reviewed as the page it would make.
    const overlay = ref(null)
    // Expert titles and regions are dict codes: show their labels.
    const dl = useDicts(['professional_title'])

    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const id = route.params.id
        const [a, recs] = await Promise.all([
          pb.collection('applications').getOne(id, { expand: 'experts,product' }),
          pb.collection('review_records').getFullList({ filter: pb.filter('application = {:id}', { id }), sort: 'created' }),
        ])
        if (a.revision) overlay.value = (await pb.collection('product_revisions').getList(1, 1, { filter: pb.filter('id = {:id}', { id: a.revision }), skipTotal: true }).catch(() => null))?.items?.[0]?.data || null
        app.value = a
        records.value = recs
        current.value = isApplicant.value ? (await currentApplications([a]).catch(() => ({})))[a.id] === true : false
        if (canAssign.value) {
          const ent = a.expand?.product?.enterprise || a.enterprise
          // Conflict of interest: experts of the product's own enterprise are not offered.
          experts.value = await pb.collection('experts').getFullList({ filter: pb.filter('active = true && enterprise != {:e}', { e: ent }), sort: 'name' })
        }
      } catch (e) {
        error.value = e?.status === 404 ? '申请不存在或无权查看' : errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)

    const me = computed(() => session.user)
    const decidedByMe = computed(() => records.value.some((r) => r.reviewer === me.value?.id && r.stage === app.value?.stage))
    const canDecide = computed(() => {
      const a = app.value
      const u = me.value
      if (!a || !u || a.status !== 'pending' || decidedByMe.value) return false
      if (a.stage === 'operator') return u.role === 'operator'
      if (a.stage === 'department') return u.role === 'department'
      if (a.stage === 'expert') return !!u.is_expert && (a.experts || []).includes(u.id)
      return false
    })
    const canAssign = computed(() => canDecide.value && app.value?.type === 'product_publish' && app.value?.stage === 'operator')
    const isApplicant = computed(() => app.value && (app.value.applicant === me.value?.id || (me.value?.tenant_admin && app.value.enterprise === me.value?.enterprise)))
    const canRevoke = computed(() => isApplicant.value && app.value.status === 'pending')
    const canReedit = computed(() => isApplicant.value && ['revoked', 'rejected'].includes(app.value.status) && current.value)

    const steps = computed(() => (app.value?.type === 'product_publish' ? ['operator', 'expert', 'department'] : ['operator']))
    const activeStep = computed(() => {
      const a = app.value
      if (!a) return 0
      if (a.status === 'approved' || a.stage === 'done') return steps.value.length + 1
      const i = steps.value.indexOf(a.stage)
      return i < 0 ? 1 : i + 1
    })
    const stepStatus = computed(() => (app.value?.status === 'rejected' ? 'error' : app.value?.status === 'revoked' ? 'wait' : 'process'))
    const expertLabel = (e) => `${e.name}（${[e.position, dl('professional_title', e.professional_title), regionOf(e.region, e.region_text)].filter(Boolean).join('，')}）`

    const decide = async (approve) => {
      clear()
      if (!approve && !form.comment.trim()) {
        errors.comment = '驳回时请填写审批意见'
        return
      }
      if (approve && canAssign.value && (form.experts.length < 1 || form.experts.length > 5)) {
        errors.experts = '请选择 1-5 名评审专家'
        return
      }
      const what = approve ? '通过' : '驳回'
      if (!(await ElMessageBox.confirm(`确认${what}该申请？`, '审批', { type: approve ? 'info' : 'warning' }).catch(() => false))) return
      busy.value = true
      try {
        if (approve) await approveApplication(app.value.id, form.comment.trim(), canAssign.value ? form.experts : undefined)
        else await rejectApplication(app.value.id, form.comment.trim())
        ElMessage.success(`已${what}`)
        form.comment = ''
        form.experts = []
        await load()
      } catch (e) {
        ElMessage.error(apply(e, '审批失败'))
      } finally {
        busy.value = false
      }
    }
    const revoke = async () => {
      if (!(await ElMessageBox.confirm('确认撤销该申请？', '撤销', { type: 'warning' }).catch(() => false))) return
      try {
        await revokeApplication(app.value.id)
        ElMessage.success('已撤销')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '撤销失败'))
      }
    }
    const reedit = async () => {
      try {
        await reeditApplication(app.value)
      } catch (e) {
        ElMessage.error(errorMessage(e, '操作失败'))
        load()
      }
    }
    return {
      app, records, experts, overlay, loading, error, form, busy, errors, canDecide, canAssign, canRevoke, canReedit, decidedByMe, steps, activeStep, stepStatus,
      me, decide, revoke, reedit, expertLabel, fmtDate, APP_STATUS, APP_TYPES, STAGES,
    }
  },
  template: `
  <div v-loading="loading" style="min-height:300px" data-test="application-detail">
    <div class="panel" v-if="error"><el-result icon="warning" :title="error"><template #extra><a href="/workbench/todo">返回我的待办</a></template></el-result></div>
    <template v-else-if="app">
      <div class="panel">
        <div class="panel-title">
          <h3>{{ app.title }}</h3>
          <div style="display:flex;gap:8px">
            <el-button v-if="canRevoke" type="warning" plain @click="revoke" data-test="detail-revoke">撤销</el-button>
            <el-button v-if="canReedit" type="primary" plain @click="reedit" data-test="detail-reedit">重新编辑</el-button>
          </div>
        </div>
        <el-descriptions :column="3" border size="small" class="desc-table">
          <el-descriptions-item label="申请类型">{{ APP_TYPES[app.type] }}</el-descriptions-item>
          <el-descriptions-item label="状态"><el-tag :type="(APP_STATUS[app.status]||{}).type" size="small" data-test="detail-status">{{ (APP_STATUS[app.status]||{}).text }}</el-tag></el-descriptions-item>
          <el-descriptions-item label="当前环节"><span data-test="detail-stage">{{ STAGES[app.stage] }}</span></el-descriptions-item>
          <el-descriptions-item label="申请人">{{ app.applicant_name }}</el-descriptions-item>
          <el-descriptions-item label="创建时间">{{ fmtDate(app.created) }}</el-descriptions-item>
          <el-descriptions-item label="评审专家">{{ (app.expand && app.expand.experts || []).map(e => e.name || e.username).join('、') || '—' }}</el-descriptions-item>
        </el-descriptions>
        <el-steps :active="activeStep" :process-status="stepStatus" finish-status="success" align-center style="margin:20px 0 6px">
          <el-step title="提交申请" />
          <el-step v-for="s in steps" :key="s" :title="STAGES[s]" />
          <el-step title="完成" />
        </el-steps>
      </div>

      <div class="panel review-box" v-if="canDecide" data-test="review-form">
        <div class="panel-title"><h3>审批</h3><span class="muted small">{{ STAGES[app.stage] }}</span></div>
        <el-form label-position="top" @submit.prevent>
          <el-form-item v-if="canAssign" label="评审专家（1-5名，已回避本企业专家）" required :error="errors.experts">
            <el-select v-model="form.experts" multiple :multiple-limit="5" filterable placeholder="请选择评审专家" style="width:100%" data-test="expert-select">
              <el-option v-for="e in experts" :key="e.id" :value="e.user" :label="expertLabel(e)" />
            </el-select>
            <div class="upload-hint" v-if="!experts.length">暂无可选专家</div>
          </el-form-item>
          <el-form-item label="审批意见" :error="errors.comment">
            <el-input v-model="form.comment" type="textarea" :rows="3" maxlength="1000" show-word-limit placeholder="请填写审批意见（驳回时必填）" data-test="review-comment" />
          </el-form-item>
          <el-button type="success" :loading="busy" @click="decide(true)" data-test="review-approve">通过</el-button>
          <el-button type="danger" :loading="busy" @click="decide(false)" data-test="review-reject">驳回</el-button>
        </el-form>
      </div>
      <el-alert v-else-if="decidedByMe && app.status === 'pending'" type="success" show-icon :closable="false" title="您已完成本环节评审，等待其他评审人。" style="margin-bottom:16px" />

      <div class="panel">
        <div class="panel-title"><h3>审批记录</h3></div>
        <el-timeline data-test="timeline">
          <el-timeline-item :timestamp="fmtDate(app.created)" type="primary">{{ app.applicant_name }} 提交申请</el-timeline-item>
          <el-timeline-item v-for="r in records" :key="r.id" :timestamp="fmtDate(r.created)" :type="r.decision === 'approve' ? 'success' : 'danger'">
            <b>{{ STAGES[r.stage] }}</b> · {{ r.reviewer_name }} · <el-tag size="small" :type="r.decision === 'approve' ? 'success' : 'danger'">{{ r.decision === 'approve' ? '通过' : '驳回' }}</el-tag>
            <div v-if="r.comment" class="muted" style="margin-top:4px">{{ r.comment }}</div>
          </el-timeline-item>
          <el-timeline-item v-if="app.status === 'revoked'" :timestamp="fmtDate(app.decided_at || app.updated)" type="info">申请已撤销</el-timeline-item>
          <el-timeline-item v-if="app.status === 'approved'" :timestamp="fmtDate(app.decided_at || app.updated)" type="success">审批通过</el-timeline-item>
        </el-timeline>
      </div>

      <div class="panel">
        <div class="panel-title"><h3>{{ app.type === 'product_publish' ? '商品信息（上架后门户展示效果）' : '企业信息' }}</h3></div>
        <product-view v-if="app.type === 'product_publish' && app.product" :product-id="app.product" :overlay="overlay" show-status />
        <enterprise-view v-else :enterprise-id="app.enterprise" />
      </div>
      <!-- 历史: staff and the applying tenant (an expert of another tenant reviews, he reads no history). -->
      <history-tab v-if="me && (me.role === 'operator' || me.role === 'department' || me.enterprise === app.enterprise)" collection="applications" :record="app.id" />
    </template>
  </div>`,
}
