// 专家团队: active experts, searchable by name or domain.
import { ref, onMounted } from 'vue'
import { pb, dicts, errorMessage } from '../api.js'
import { route, setQuery } from '../router.js'
import ExpertCard from '../components/ExpertCard.js'

export default {
  name: 'ExpertsPage',
  components: { ExpertCard },
  setup() {
    const items = ref([])
    const total = ref(0)
    // The search lives in the address bar (a shared link shows the same).
    const page = ref(Number(route.query.page) || 1)
    const keyword = ref(route.query.q || '')
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        let filter = 'active = true'
        if (keyword.value) {
          // Domains are stored as dict codes: match the codes whose label
          // contains the keyword.
          const d = await dicts(['expert_ii_domain', 'expert_industry', 'expert_operating', 'professional_title'])
          const codes = (type) => d[type].filter((o) => o.label.includes(keyword.value)).map((o) => o.value)
          const parts = [pb.filter('name ~ {:q} || major ~ {:q} || region_text ~ {:q}', { q: keyword.value })]
          for (const [field, type] of [['ii_domains', 'expert_ii_domain'], ['industry_domains', 'expert_industry'], ['operating_domains', 'expert_operating'], ['professional_title', 'professional_title']]) {
            for (const c of codes(type).slice(0, 10)) parts.push(field === 'professional_title' ? pb.filter('professional_title = {:c}', { c }) : pb.filter(field + ' ~ {:c}', { c: `"${c}"` }))
          }
          filter += ' && (' + parts.join(' || ') + ')'
        }
        const res = await pb.collection('public_experts').getList(page.value, 12, { filter, sort: 'created' })
        items.value = res.items
        total.value = res.totalItems
        setQuery({ q: keyword.value, page: page.value > 1 ? page.value : '' })
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    const search = () => { page.value = 1; load() }
    onMounted(load)
    return { items, total, page, keyword, loading, error, load, search }
  },
  template: `
  <section class="panel">
    <div class="panel-title"><h2>专家团队</h2>
      <el-input v-model="keyword" placeholder="姓名、专业、领域、地区" clearable style="max-width:260px" @keyup.enter="search" @clear="search">
        <template #append><el-button @click="search"><el-icon><icon-search /></el-icon></el-button></template>
      </el-input>
    </div>
    <p class="muted" style="margin-top:0">专家委员会成员负责解决方案的专家评审，评审实行利益回避：专家不评审本单位的方案。</p>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <div v-loading="loading" style="min-height:120px">
      <div class="grid grid-2" v-if="items.length">
        <expert-card v-for="e in items" :key="e.id" :expert="e" />
      </div>
      <el-empty v-else-if="!loading" description="暂无专家" />
    </div>
    <div class="pager" v-if="total > 12">
      <el-pagination layout="total, prev, pager, next" :total="total" :page-size="12" v-model:current-page="page" @current-change="load" />
    </div>
  </section>`,
}
