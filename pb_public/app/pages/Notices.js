// 通知公告 list: published announcements, pinned first, paginated.
import { ref, onMounted } from 'vue'
import { pb, errorMessage } from '../api.js'
import { route, setQuery } from '../router.js'
import { fmtDate } from '../util.js'

export default {
  name: 'NoticesPage',
  setup() {
    const items = ref([])
    const total = ref(0)
    const page = ref(Number(route.query.page) || 1)
    const keyword = ref(route.query.q || '')
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        let filter = 'published = true'
        if (keyword.value) filter += ' && ' + pb.filter('title ~ {:q}', { q: keyword.value })
        const res = await pb.collection('announcements').getList(page.value, 10, { filter, sort: '-pinned,-published_at', fields: 'id,title,summary,pinned,published_at,category' })
        items.value = res.items
        total.value = res.totalItems
        setQuery({ page: page.value > 1 ? page.value : '', q: keyword.value })
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    const search = () => { page.value = 1; load() }
    onMounted(load)
    return { items, total, page, keyword, loading, error, load, search, fmtDate }
  },
  template: `
  <section class="panel">
    <div class="panel-title"><h2>通知公告</h2>
      <el-input v-model="keyword" placeholder="搜索公告标题" clearable style="max-width:240px" @keyup.enter="search" @clear="search">
        <template #append><el-button @click="search"><el-icon><icon-search /></el-icon></el-button></template>
      </el-input>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <div v-loading="loading" style="min-height:120px">
      <ul class="notice-list" v-if="items.length">
        <li v-for="n in items" :key="n.id" style="flex-direction:column;gap:4px">
          <div style="display:flex;justify-content:space-between;gap:12px">
            <a :href="'/notices/' + n.id" style="font-size:15px"><span v-if="n.pinned" class="pin">置顶</span>{{ n.title }}</a>
            <span class="date">{{ fmtDate(n.published_at, false) }}</span>
          </div>
          <div class="muted small" v-if="n.summary">{{ n.summary }}</div>
        </li>
      </ul>
      <el-empty v-else-if="!loading" description="暂无公告" />
    </div>
    <div class="pager" v-if="total > 10">
      <el-pagination layout="total, prev, pager, next" :total="total" :page-size="10" v-model:current-page="page" @current-change="load" />
    </div>
  </section>`,
}
