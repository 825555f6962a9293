// The application lists of 我的待办 (图4-3): 我的申请 (box "mine") and 待我审批
// (box "review"), with the filters of the guide (created time range,
// application name, applicant), newest first, paginated.
import { ref, reactive, onMounted, watch } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, reviewFilter, revokeApplication, reeditProduct, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { fmtDate, toUtcFilter, APP_STATUS, APP_TYPES, STAGES } from '../util.js'

const PER_PAGE = 10

export default {
  name: 'ApplicationList',
  props: { box: { type: String, default: 'mine' }, type: { type: String, default: '' } },
  emits: ['count'],
  setup(props, { emit }) {
    const f = reactive({ range: null, title: '', applicant: '', status: props.box === 'review' ? 'pending' : '' })
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const loading = ref(false)
    const error = ref('')
    const decided = ref(new Set())

    const filter = () => {
      const me = session.user
      const parts = []
      if (props.box === 'mine') parts.push(pb.filter('applicant = {:id}', { id: me.id }))
      else {
        // 待我审批 lists what waits at my stage (pending), and what I
        // decided before when the status filter asks for it.
        const waiting = reviewFilter(me)
        if (f.status === 'pending' || !f.status) parts.push(f.status ? waiting : `(${waiting} || ${pb.filter('review_records_via_application.reviewer ?= {:me}', { me: me.id })})`)
        else parts.push(pb.filter('review_records_via_application.reviewer ?= {:me}', { me: me.id }))
      }
      if (props.box === 'mine' && f.status) parts.push(pb.filter('status = {:s}', { s: f.status }))
      if (props.type) parts.push(pb.filter('type = {:t}', { t: props.type }))
      if (f.title) parts.push(pb.filter('title ~ {:q}', { q: f.title }))
      if (f.applicant) parts.push(pb.filter('applicant_name ~ {:q}', { q: f.applicant }))
      if (f.range?.length === 2) {
        const end = new Date(f.range[1])
        end.setHours(23, 59, 59, 999)
        parts.push(pb.filter('created >= {:a} && created <= {:b}', { a: toUtcFilter(f.range[0]), b: toUtcFilter(end) }))
      }
      return parts.join(' && ')
    }
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const res = await pb.collection('applications').getList(page.value, PER_PAGE, { filter: filter(), sort: '-created' })
        items.value = res.items
        total.value = res.totalItems
        emit('count', res.totalItems)
        if (props.box === 'review' && session.user.is_expert && res.items.length) {
          const recs = await pb.collection('review_records').getFullList({
            filter: pb.filter('reviewer = {:me}', { me: session.user.id }) + ' && (' + res.items.map((a) => pb.filter('application = {:id}', { id: a.id })).join(' || ') + ')',
            fields: 'application,stage',
          })
          decided.value = new Set(recs.filter((r) => r.stage === 'expert').map((r) => r.application))
        }
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    const search = () => { page.value = 1; load() }
    const reset = () => { Object.assign(f, { range: null, title: '', applicant: '', status: props.box === 'review' ? 'pending' : '' }); search() }
    onMounted(load)
    watch(() => props.type, search)

    const canRevoke = (a) => props.box === 'mine' && a.status === 'pending' && a.applicant === session.user.id
    const canReedit = (a) => props.box === 'mine' && (a.status === 'revoked' || a.status === 'rejected')
    const revoke = async (a) => {
      if (!(await ElMessageBox.confirm(`确认撤销“${a.title}”？撤销后可重新编辑再提交。`, '撤销申请', { type: 'warning' }).catch(() => false))) return
      try {
        await revokeApplication(a.id)
        ElMessage.success('已撤销')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '撤销失败'))
      }
    }
    const reedit = async (a) => {
      if (a.type === 'certification') return push('/workbench/enterprise')
      try {
        await reeditProduct(a.product)
        ElMessage.success('商品已转为草稿，可重新编辑后提交')
        push('/workbench/m/my_products?title=' + encodeURIComponent('我的商品'))
      } catch (e) {
        ElMessage.error(errorMessage(e, '操作失败'))
      }
    }
    const go = (p) => push(p)
    return { go, f, items, total, page, loading, error, decided, load, search, reset, canRevoke, canReedit, revoke, reedit, fmtDate, APP_STATUS, APP_TYPES, STAGES, PER_PAGE }
  },
  template: `
  <div :data-test="'apps-' + box">
    <div class="toolbar">
      <el-date-picker v-model="f.range" type="daterange" range-separator="至" start-placeholder="创建开始日期" end-placeholder="结束日期" value-format="YYYY-MM-DD" @change="search" />
      <el-input v-model="f.title" placeholder="申请名称" clearable @keyup.enter="search" @clear="search" data-test="filter-title" />
      <el-input v-model="f.applicant" placeholder="申请人" clearable @keyup.enter="search" @clear="search" data-test="filter-applicant" />
      <el-select v-model="f.status" placeholder="状态" clearable style="width:130px" @change="search">
        <template v-if="box === 'mine'"><el-option v-for="(s, k) in APP_STATUS" :key="k" :value="k" :label="s.text" /></template>
        <template v-else><el-option value="pending" label="待审批" /><el-option value="done" label="我已审批" /></template>
      </el-select>
      <el-button type="primary" @click="search" data-test="filter-search">查询</el-button>
      <el-button @click="reset">重置</el-button>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="items" v-loading="loading" stripe style="width:100%" empty-text="暂无数据" data-test="apps-table">
      <el-table-column prop="title" label="申请名称" min-width="220" show-overflow-tooltip />
      <el-table-column label="申请类型" width="100"><template #default="{row}">{{ APP_TYPES[row.type] || row.type }}</template></el-table-column>
      <el-table-column label="状态" width="150">
        <template #default="{row}">
          <el-tag :type="(APP_STATUS[row.status]||{}).type" size="small">{{ (APP_STATUS[row.status]||{}).text || row.status }}</el-tag>
          <span v-if="row.status === 'pending'" class="muted small" style="margin-left:4px">{{ STAGES[row.stage] }}</span>
          <el-tag v-if="decided.has(row.id)" size="small" type="info" style="margin-left:4px">已评审</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="applicant_name" label="申请人" width="110" show-overflow-tooltip />
      <el-table-column label="创建时间" width="170"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="操作" width="190" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="go('/workbench/applications/' + row.id)" data-test="app-detail">{{ box === 'review' && row.status === 'pending' && !decided.has(row.id) ? '审批' : '详情' }}</el-button>
          <el-button v-if="canRevoke(row)" link type="warning" @click="revoke(row)" data-test="app-revoke">撤销</el-button>
          <el-button v-if="canReedit(row)" link type="primary" @click="reedit(row)" data-test="app-reedit">重新编辑</el-button>
        </template>
      </el-table-column>
    </el-table>
    <div class="pager">
      <el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" hide-on-single-page />
    </div>
  </div>`,
}
