// 工作台 (图4-1): 待我审批 / 我的申请 counts, the first few to-dos (what
// waits for this user: applications to decide, own applications under
// review, orders to pay / deliver / receive), the latest notifications
// (live, notify.js), announcements, the user's role and certification.
import { ref, onMounted, onBeforeUnmount, computed } from 'vue'
import { pb, workbenchSummary, reviewFilter, menus, errorMessage } from '../api.js'
import { notificationFeed } from '../notify.js'
import { session, roleLabel, isReviewer } from '../store.js'
import { push } from '../router.js'
import { fmtDate, CERT_STATUS, STAGES } from '../util.js'

export default {
  name: 'DashboardPage',
  setup() {
    const summary = ref(null)
    const notices = ref([])
    const loading = ref(true)
    const error = ref('')
    const ent = computed(() => session.enterprise)
    const todos = ref([])
    const todosLoading = ref(true)
    const feed = notificationFeed()
    onMounted(() => feed.start())
    onBeforeUnmount(() => feed.stop())
    const recent = computed(() => feed.items.value.slice(0, 5))

    // The first few things waiting for this user, newest first, each with
    // the page that deals with it. Orders only for users with 订单管理.
    const TODO_LIMIT = 6
    const loadTodos = async () => {
      const me = session.user
      const out = []
      try {
        const allowed = new Set((await menus().catch(() => ({ allowedKeys: [] }))).allowedKeys)
        const jobs = []
        if (isReviewer(me)) {
          jobs.push(pb.collection('applications').getList(1, TODO_LIMIT, { filter: reviewFilter(me), sort: '-created', skipTotal: true }).then((r) => {
            for (const a of r.items) out.push({ key: a.id, at: a.created, kind: '待我审批', type: 'warning', text: a.title, sub: STAGES[a.stage] || '', link: '/workbench/applications/' + a.id })
          }))
        }
        if (me.enterprise) {
          jobs.push(pb.collection('applications').getList(1, TODO_LIMIT, { filter: pb.filter('applicant = {:me} && status = "pending"', { me: me.id }), sort: '-created', skipTotal: true }).then((r) => {
            for (const a of r.items) out.push({ key: a.id, at: a.created, kind: '审批中', type: 'info', text: a.title, sub: STAGES[a.stage] || '', link: '/workbench/applications/' + a.id })
          }))
        }
        if (me.enterprise && allowed.has('orders')) {
          const provider = me.role === 'provider'
          const filter = provider
            ? pb.filter('provider_enterprise = {:e} && status = "paid"', { e: me.enterprise })
            : pb.filter('buyer_enterprise = {:e} && (status = "pending_payment" || status = "delivered")', { e: me.enterprise })
          jobs.push(pb.collection('orders').getList(1, TODO_LIMIT, { filter, sort: '-created', skipTotal: true }).then((r) => {
            for (const o of r.items) {
              const kind = provider ? '待发货' : o.status === 'delivered' ? '待确认收货' : '待支付'
              out.push({ key: o.id, at: o.created, kind, type: 'primary', text: o.product_name, sub: provider ? o.buyer_name : o.spec_name, link: '/workbench/orders/' + o.id })
            }
          }))
        }
        await Promise.all(jobs)
        out.sort((x, y) => String(y.at).localeCompare(String(x.at)))
        todos.value = out.slice(0, TODO_LIMIT)
      } catch {
        todos.value = out.slice(0, TODO_LIMIT)
      } finally {
        todosLoading.value = false
      }
    }
    const openNote = async (n) => {
      if (!n.read) await pb.collection('notifications').update(n.id, { read: true }).catch(() => {})
      if (n.link && n.link.startsWith('/')) push(n.link)
    }
    onMounted(async () => {
      loadTodos()
      try {
        const [s, n] = await Promise.all([
          workbenchSummary(),
          pb.collection('announcements').getList(1, 6, { filter: 'published = true', sort: '-pinned,-published_at', fields: 'id,title,pinned,published_at', skipTotal: true }),
        ])
        summary.value = s
        notices.value = s?.announcements?.length ? s.announcements : n.items
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    })
    const count = (k1, k2) => summary.value?.[k1] ?? summary.value?.[k2] ?? summary.value?.counts?.[k1] ?? 0
    const certText = computed(() => (CERT_STATUS[ent.value?.cert_status] || {}).text || '')
    const certType = computed(() => (CERT_STATUS[ent.value?.cert_status] || {}).type || 'info')
    return { summary, notices, loading, error, todos, todosLoading, recent, openNote, session, roleLabel, isReviewer, ent, count, certText, certType, fmtDate, push }
  },
  template: `
  <div v-loading="loading" data-test="dashboard">
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:12px" />
    <div class="grid grid-3" style="margin-bottom:16px">
      <div class="stat-card" @click="push('/workbench/todo?tab=review')" data-test="stat-review">
        <div class="icon"><el-icon><icon-stamp /></el-icon></div>
        <div><div class="num">{{ count('pending_review', 'review') }}</div><div class="muted">待我审批</div></div>
      </div>
      <div class="stat-card" @click="push('/workbench/todo?tab=mine')" data-test="stat-mine">
        <div class="icon"><el-icon><icon-document /></el-icon></div>
        <div><div class="num">{{ count('my_applications', 'mine') }}</div><div class="muted">我的申请</div></div>
      </div>
      <div class="stat-card" @click="ent && push('/workbench/enterprise')" data-test="stat-role">
        <div class="icon"><el-icon><icon-user /></el-icon></div>
        <div style="min-width:0">
          <div style="font-size:16px;font-weight:600">{{ roleLabel(session.user) }}<span v-if="session.user.tenant_admin" class="muted small">（管理员）</span></div>
          <div class="muted small" v-if="ent" style="margin-top:4px">{{ ent.name || '企业名称未填写' }}
            <el-tag :type="certType" size="small" data-test="cert-tag">{{ session.user.role === 'provider' ? '服务商' : '企业' }}认证：{{ certText }}</el-tag>
          </div>
          <div class="muted small" v-else>平台工作人员</div>
        </div>
      </div>
    </div>
    <el-alert v-if="ent && ent.cert_status !== 'approved'" :type="ent.cert_status === 'rejected' ? 'error' : 'warning'" show-icon :closable="false" style="margin-bottom:16px"
      :title="ent.cert_status === 'rejected' ? '企业认证被驳回：' + (ent.cert_comment || '') + '。请在“我的企业”修改后重新提交。' : ent.cert_status === 'draft' ? '企业信息尚未提交认证，请继续填写并提交。' : '企业认证审批中，通过后即可使用全部功能。'">
      <el-button v-if="ent.cert_status === 'draft'" size="small" type="primary" @click="push('/register')">继续填写</el-button>
    </el-alert>
    <div class="grid grid-2" style="margin-bottom:16px">
      <div class="panel" style="margin:0" data-test="home-todos" v-loading="todosLoading">
        <div class="panel-title"><h3>待办事项</h3><a href="/workbench/todo">全部 &gt;</a></div>
        <ul class="notice-list" v-if="todos.length">
          <li v-for="t in todos" :key="t.key" data-test="home-todo">
            <a :href="t.link"><el-tag size="small" :type="t.type" style="margin-right:6px">{{ t.kind }}</el-tag>{{ t.text }}<span v-if="t.sub" class="muted small"> · {{ t.sub }}</span></a>
            <span class="date">{{ fmtDate(t.at, false) }}</span>
          </li>
        </ul>
        <el-empty v-else-if="!todosLoading" description="暂无待办事项" :image-size="60" />
      </div>
      <div class="panel" style="margin:0" data-test="home-notifications">
        <div class="panel-title"><h3>最新消息</h3></div>
        <ul class="notice-list" v-if="recent.length">
          <li v-for="n in recent" :key="n.id" data-test="home-notification">
            <a href="#" @click.prevent="openNote(n)" :style="{fontWeight: n.read ? 'normal' : 600}"><el-badge is-dot :hidden="n.read" style="margin-right:6px" />{{ n.title }}</a>
            <span class="date">{{ fmtDate(n.created, false) }}</span>
          </li>
        </ul>
        <el-empty v-else description="暂无消息" :image-size="60" />
      </div>
    </div>
    <div class="panel">
      <div class="panel-title"><h3>公告</h3><a href="/notices">更多 &gt;</a></div>
      <ul class="notice-list" v-if="notices.length">
        <li v-for="n in notices" :key="n.id"><a :href="'/notices/' + n.id"><span v-if="n.pinned" class="pin">置顶</span>{{ n.title }}</a><span class="date">{{ fmtDate(n.published_at, false) }}</span></li>
      </ul>
      <el-empty v-else-if="!loading" description="暂无公告" :image-size="70" />
    </div>
  </div>`,
}
