// 公告详情. The content is the operator's rich text (an editor field).
import { ref, onMounted } from 'vue'
import { pb, errorMessage, fileUrl } from '../api.js'
import { route } from '../router.js'
import { fmtDate } from '../util.js'

export default {
  name: 'NoticeDetailPage',
  setup() {
    const notice = ref(null)
    const loading = ref(true)
    const error = ref('')
    onMounted(async () => {
      try {
        notice.value = await pb.collection('announcements').getOne(route.params.id)
      } catch (e) {
        error.value = e?.status === 404 ? '公告不存在或已撤回' : errorMessage(e)
      } finally {
        loading.value = false
      }
    })
    return { notice, loading, error, fmtDate, fileUrl }
  },
  template: `
  <div>
    <el-breadcrumb separator="/" style="margin-bottom:12px">
      <el-breadcrumb-item><a href="/">首页</a></el-breadcrumb-item>
      <el-breadcrumb-item><a href="/notices">通知公告</a></el-breadcrumb-item>
      <el-breadcrumb-item>公告详情</el-breadcrumb-item>
    </el-breadcrumb>
    <section class="panel article" v-loading="loading" style="min-height:200px">
      <el-result v-if="error" icon="warning" :title="error"><template #extra><a href="/notices">返回公告列表</a></template></el-result>
      <template v-else-if="notice">
        <h1>{{ notice.title }}</h1>
        <div class="meta">{{ notice.category || '通知公告' }} · 发布时间：{{ fmtDate(notice.published_at || notice.created) }}</div>
        <div class="body" v-html="notice.content"></div>
        <div v-if="notice.attachments && notice.attachments.length" style="margin-top:16px">
          <b>附件：</b>
          <div v-for="f in notice.attachments" :key="f"><a :href="fileUrl(notice, f)" target="_blank">{{ f }}</a></div>
        </div>
      </template>
    </section>
  </div>`,
}
