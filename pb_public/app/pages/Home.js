// 门户首页: hero with the solution search, 通知公告, featured solutions and
// the expert team.
import { ref, onMounted } from 'vue'
import { pb, dicts, optionLabel, errorMessage } from '../api.js'
import { push } from '../router.js'
import { fmtDate } from '../util.js'
import ProductCard, { catalogCard } from '../components/ProductCard.js'
import ExpertCard from '../components/ExpertCard.js'

export default {
  name: 'HomePage',
  components: { ProductCard, ExpertCard },
  setup() {
    const notices = ref([])
    const products = ref([])
    const experts = ref([])
    const tags = ref([])
    const loading = ref(true)
    const error = ref('')
    const keyword = ref('')
    onMounted(async () => {
      try {
        const [n, p, e, d] = await Promise.all([
          pb.collection('announcements').getList(1, 6, { filter: 'published = true', sort: '-pinned,-published_at', fields: 'id,title,pinned,published_at', skipTotal: true }),
          // The best sellers through the catalog's index (cached totals).
          pb.send('/api/smedx/catalog', { query: { sort: 'sales', perPage: 4 } }),
          pb.collection('public_experts').getList(1, 4, { filter: 'active = true', sort: 'created', skipTotal: true }),
          dicts(['tag']),
        ])
        notices.value = n.items
        products.value = p.items.map(catalogCard)
        experts.value = e.items
        tags.value = d.tag
      } catch (err) {
        error.value = errorMessage(err)
      } finally {
        loading.value = false
      }
    })
    const search = () => push('/solutions' + (keyword.value ? `?q=${encodeURIComponent(keyword.value)}` : ''))
    const tagLabel = (v) => optionLabel(tags.value, v)
    return { notices, products, experts, loading, error, keyword, search, fmtDate, tagLabel, push }
  },
  template: `
  <div>
    <section class="hero">
      <h1>助力中小企业数字化转型</h1>
      <p>汇聚优质数字化转型服务商与解决方案，经运营初审、专家评审、工信厅终审三级把关；已认证企业可申领创新服务券抵扣采购费用。</p>
      <div style="display:flex;gap:8px;max-width:560px;flex-wrap:wrap">
        <el-input v-model="keyword" placeholder="搜索解决方案、产品名称" clearable style="flex:1;min-width:200px" @keyup.enter="search" data-test="home-search" />
        <el-button type="warning" @click="search">搜索方案</el-button>
        <el-button @click="push('/survey')">企业需求收集</el-button>
      </div>
    </section>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:16px" />
    <div class="grid grid-3" v-loading="loading">
      <section class="panel" style="grid-column: span 2" data-test="home-notices">
        <div class="panel-title"><h2>通知公告</h2><a href="/notices">更多 &gt;</a></div>
        <ul class="notice-list" v-if="notices.length">
          <li v-for="n in notices" :key="n.id">
            <a :href="'/notices/' + n.id" :title="n.title"><span v-if="n.pinned" class="pin">置顶</span>{{ n.title }}</a>
            <span class="date">{{ fmtDate(n.published_at, false) }}</span>
          </li>
        </ul>
        <el-empty v-else-if="!loading" description="暂无公告" :image-size="80" />
      </section>
      <section class="panel">
        <div class="panel-title"><h2>服务入口</h2></div>
        <div style="display:flex;flex-direction:column;gap:10px">
          <el-button type="primary" size="large" @click="push('/solutions')"><el-icon style="margin-right:6px"><icon-grid /></el-icon>解决方案</el-button>
          <el-button size="large" @click="push('/experts')" style="margin-left:0"><el-icon style="margin-right:6px"><icon-avatar /></el-icon>专家团队</el-button>
          <el-button size="large" @click="push('/survey')" style="margin-left:0"><el-icon style="margin-right:6px"><icon-edit-pen /></el-icon>企业需求收集</el-button>
          <el-button size="large" @click="push('/register')" style="margin-left:0"><el-icon style="margin-right:6px"><icon-office-building /></el-icon>服务商 / 企业入驻</el-button>
        </div>
      </section>
    </div>
    <section class="panel">
      <div class="panel-title"><h2>解决方案</h2><a href="/solutions">全部方案 &gt;</a></div>
      <div class="grid grid-4" v-if="products.length">
        <product-card v-for="p in products" :key="p.id" :product="p" :tag-label="tagLabel" />
      </div>
      <el-empty v-else-if="!loading" description="暂无上架的解决方案" :image-size="80" />
    </section>
    <section class="panel">
      <div class="panel-title"><h2>专家团队</h2><a href="/experts">全部专家 &gt;</a></div>
      <div class="grid grid-2" v-if="experts.length">
        <expert-card v-for="e in experts" :key="e.id" :expert="e" />
      </div>
      <el-empty v-else-if="!loading" description="暂无专家" :image-size="80" />
    </section>
  </div>`,
}
