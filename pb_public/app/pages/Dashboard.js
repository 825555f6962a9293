// 工作台 (图4-1): 待我审批 / 我的申请 counts, latest announcements, the
// user's role and the tenant's certification state.
import { ref, onMounted, computed } from 'vue'
import { pb, workbenchSummary, errorMessage } from '../api.js'
import { session, roleLabel, isReviewer } from '../store.js'
import { push } from '../router.js'
import { fmtDate, CERT_STATUS } from '../util.js'

export default {
  name: 'DashboardPage',
  setup() {
    const summary = ref(null)
    const notices = ref([])
    const loading = ref(true)
    const error = ref('')
    const ent = computed(() => session.enterprise)
    onMounted(async () => {
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
    return { summary, notices, loading, error, session, roleLabel, isReviewer, ent, count, certText, certType, fmtDate, push }
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
    <div class="panel">
      <div class="panel-title"><h3>公告</h3><a href="/notices">更多 &gt;</a></div>
      <ul class="notice-list" v-if="notices.length">
        <li v-for="n in notices" :key="n.id"><a :href="'/notices/' + n.id"><span v-if="n.pinned" class="pin">置顶</span>{{ n.title }}</a><span class="date">{{ fmtDate(n.published_at, false) }}</span></li>
      </ul>
      <el-empty v-else-if="!loading" description="暂无公告" :image-size="70" />
    </div>
  </div>`,
}
