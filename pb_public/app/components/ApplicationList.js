// The application lists of 我的待办 (图4-3): 我的申请 (box "mine") and 待我审批
// (box "review"), with the filters of the guide (created time range,
// application name, applicant), newest first, paginated (useList).
//
// 重新编辑 is offered on a revoked or rejected row only while it is the
// product's (or the tenant's certification's) newest application: once the
// product was edited and submitted again the old row is history, and the
// server would refuse the action anyway.
import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, reviewFilter, revokeApplication, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { useList } from '../list.js'
import { reeditApplication, currentApplications } from '../reedit.js'
import { fmtDate, toUtcFilter, APP_STATUS, APP_TYPES, STAGES } from '../util.js'
import ListPager from './ListPager.js'

export default {
  name: 'ApplicationList',
  components: { ListPager },
  props: { box: { type: String, default: 'mine' }, type: { type: String, default: '' } },
  emits: ['count'],
  setup(props, { emit }) {
    const decided = ref(new Set())
    // current: application id → true when it is still its subject's newest.
    const current = ref({})

    const filterOf = (f) => {
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
    const list = useList({
      filters: { range: null, title: '', applicant: '', status: props.box === 'review' ? 'pending' : '' },
      sort: '-created',
      fetch: ({ page, perPage, sort, filters }) => pb.collection('applications').getList(page, perPage, { filter: filterOf(filters), sort }),
      after: async (items) => {
        emit('count', list.total)
        if (props.box === 'review' && session.user.is_expert && items.length) {
          const recs = await pb.collection('review_records').getFullList({
            filter: pb.filter('reviewer = {:me}', { me: session.user.id }) + ' && (' + items.map((a) => pb.filter('application = {:id}', { id: a.id })).join(' || ') + ')',
            fields: 'application,stage',
          })
          decided.value = new Set(recs.filter((r) => r.stage === 'expert').map((r) => r.application))
        }
        if (props.box === 'mine') current.value = await currentApplications(items).catch(() => ({}))
      },
    })
    list.load()

    const canRevoke = (a) => props.box === 'mine' && a.status === 'pending' && a.applicant === session.user.id
    const canReedit = (a) => props.box === 'mine' && (a.status === 'revoked' || a.status === 'rejected') && current.value[a.id] === true
    const revoke = async (a) => {
      if (!(await ElMessageBox.confirm(`确认撤销“${a.title}”？撤销后可重新编辑再提交。`, '撤销申请', { type: 'warning' }).catch(() => false))) return
      try {
        await revokeApplication(a.id)
        ElMessage.success('已撤销')
        list.load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '撤销失败'))
      }
    }
    const reedit = async (a) => {
      try {
        await reeditApplication(a)
      } catch (e) {
        ElMessage.error(errorMessage(e, '操作失败'))
        list.load()
      }
    }
    const go = (p) => push(p)
    return { go, list, f: list.filters, decided, canRevoke, canReedit, revoke, reedit, fmtDate, APP_STATUS, APP_TYPES, STAGES }
  },
  template: `
  <div :data-test="'apps-' + box">
    <div class="toolbar">
      <el-date-picker v-model="f.range" type="daterange" range-separator="至" start-placeholder="创建开始日期" end-placeholder="结束日期" value-format="YYYY-MM-DD" @change="list.search" />
      <el-input v-model="f.title" placeholder="申请名称" clearable @keyup.enter="list.search" @clear="list.search" data-test="filter-title" />
      <el-input v-model="f.applicant" placeholder="申请人" clearable @keyup.enter="list.search" @clear="list.search" data-test="filter-applicant" />
      <el-select v-model="f.status" placeholder="状态" clearable style="width:130px" @change="list.search">
        <template v-if="box === 'mine'"><el-option v-for="(s, k) in APP_STATUS" :key="k" :value="k" :label="s.text" /></template>
        <template v-else><el-option value="pending" label="待审批" /><el-option value="done" label="我已审批" /></template>
      </el-select>
      <el-button type="primary" @click="list.search" data-test="filter-search">查询</el-button>
      <el-button @click="list.reset">重置</el-button>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" stripe style="width:100%" empty-text="暂无数据" data-test="apps-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column prop="title" label="申请名称" min-width="220" show-overflow-tooltip sortable="custom" />
      <el-table-column label="申请类型" width="100"><template #default="{row}">{{ APP_TYPES[row.type] || row.type }}</template></el-table-column>
      <el-table-column label="状态" width="150">
        <template #default="{row}">
          <el-tag :type="(APP_STATUS[row.status]||{}).type" size="small">{{ (APP_STATUS[row.status]||{}).text || row.status }}</el-tag>
          <span v-if="row.status === 'pending'" class="muted small" style="margin-left:4px">{{ STAGES[row.stage] }}</span>
          <el-tag v-if="decided.has(row.id)" size="small" type="info" style="margin-left:4px">已评审</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="applicant_name" label="申请人" width="110" show-overflow-tooltip />
      <el-table-column prop="created" label="创建时间" width="170" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="操作" width="190" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="go('/workbench/applications/' + row.id)" data-test="app-detail">{{ box === 'review' && row.status === 'pending' && !decided.has(row.id) ? '审批' : '详情' }}</el-button>
          <el-button v-if="canRevoke(row)" link type="warning" @click="revoke(row)" data-test="app-revoke">撤销</el-button>
          <el-button v-if="canReedit(row)" link type="primary" @click="reedit(row)" data-test="app-reedit">重新编辑</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
  </div>`,
}
