// 解决方案 catalog: listed products with tag filters, keyword search, sort
// and pagination; the state lives in the address bar.
import { ref, onMounted, computed } from 'vue'
import { pb, dicts, optionLabel, errorMessage } from '../api.js'
import { route, setQuery } from '../router.js'
import ProductCard, { catalogCard } from '../components/ProductCard.js'

// Sort choices of the page and the order GET /api/smedx/catalog gives them;
// 综合 leaves the order to the server: best matches first with a keyword,
// newest listed without one.
const SORTS = [
  { value: 'default', label: '综合', sort: '' },
  { value: 'sales', label: '销量', sort: 'sales' },
  { value: 'rating', label: '评分', sort: 'rating' },
  { value: 'price_asc', label: '价格从低到高', sort: 'price_asc' },
  { value: 'price_desc', label: '价格从高到低', sort: 'price_desc' },
  { value: 'new', label: '最新上架', sort: 'newest' },
]
const PER_PAGE = 12

export default {
  name: 'SolutionsPage',
  components: { ProductCard },
  setup() {
    const q = route.query
    const keyword = ref(q.q || '')
    const tag = ref(q.tag || '')
    const cat = ref(q.cat || '')
    const ptype = ref(q.type || '')
    const cats = ref([])
    const types = ref([])
    const sort = ref(q.sort || 'default')
    const page = ref(Number(q.page) || 1)
    const items = ref([])
    const total = ref(0)
    const tags = ref([])
    const loading = ref(false)
    const error = ref('')

    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        // The catalog route searches names, providers and related products
        // with a Chinese-aware full-text index, ranked; filters are codes.
        const s = SORTS.find((x) => x.value === sort.value) || SORTS[0]
        const query = { page: page.value, perPage: PER_PAGE }
        if (keyword.value) query.keyword = keyword.value
        if (tag.value) query.tags = tag.value
        if (cat.value) query.category = cat.value
        if (ptype.value) query.type = ptype.value
        if (s.sort) query.sort = s.sort
        const res = await pb.send('/api/smedx/catalog', { query })
        items.value = res.items.map(catalogCard)
        total.value = res.totalItems
        setQuery({ q: keyword.value, tag: tag.value, cat: cat.value, type: ptype.value, sort: sort.value === 'default' ? '' : sort.value, page: page.value > 1 ? page.value : '' })
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    const refilter = () => { page.value = 1; load() }
    const pickTag = (v) => { tag.value = tag.value === v ? '' : v; refilter() }
    const pickCat = (v) => { cat.value = cat.value === v ? '' : v; refilter() }
    const pickType = (v) => { ptype.value = ptype.value === v ? '' : v; refilter() }
    const tagLabel = (v) => optionLabel(tags.value, v)
    onMounted(async () => {
      dicts(['tag', 'solution_category', 'product_type']).then((d) => {
        tags.value = d.tag
        cats.value = d.solution_category
        types.value = d.product_type
      }).catch(() => {})
      load()
    })
    return { cat, ptype, cats, types, pickCat, pickType, keyword, tag, sort, page, items, total, tags, loading, error, SORTS, PER_PAGE, load, refilter, pickTag, tagLabel }
  },
  template: `
  <div>
    <section class="panel">
      <div class="panel-title"><h2>解决方案</h2><span class="muted">共 {{ total }} 个方案</span></div>
      <div class="filters" style="margin-bottom:12px">
        <el-input v-model="keyword" placeholder="搜索方案名称、服务商" clearable style="max-width:320px" @keyup.enter="refilter" @clear="refilter" data-test="catalog-search">
          <template #append><el-button @click="refilter"><el-icon><icon-search /></el-icon></el-button></template>
        </el-input>
        <el-select v-model="sort" style="width:160px" @change="refilter" data-test="catalog-sort">
          <el-option v-for="s in SORTS" :key="s.value" :value="s.value" :label="'排序：' + s.label" />
        </el-select>
      </div>
      <div class="tag-filter" v-if="types.length" data-test="type-filter">
        <span class="muted">类型：</span>
        <el-check-tag :checked="!ptype" @change="pickType('')">全部</el-check-tag>
        <el-check-tag v-for="t in types" :key="t.value" :checked="ptype === t.value" @change="pickType(t.value)">{{ t.label }}</el-check-tag>
      </div>
      <div class="tag-filter" v-if="cats.length" data-test="category-filter">
        <span class="muted">分类：</span>
        <el-check-tag :checked="!cat" @change="pickCat('')">全部</el-check-tag>
        <el-check-tag v-for="t in cats" :key="t.value" :checked="cat === t.value" @change="pickCat(t.value)">{{ t.label }}</el-check-tag>
      </div>
      <div class="tag-filter" v-if="tags.length" data-test="tag-filter">
        <span class="muted">标签：</span>
        <el-check-tag :checked="!tag" @change="pickTag('')">全部</el-check-tag>
        <el-check-tag v-for="t in tags" :key="t.value" :checked="tag === t.value" @change="pickTag(t.value)">{{ t.label }}</el-check-tag>
      </div>
    </section>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:12px" />
    <div v-loading="loading" style="min-height:200px">
      <div class="grid grid-4" v-if="items.length">
        <product-card v-for="p in items" :key="p.id" :product="p" :tag-label="tagLabel" />
      </div>
      <div class="panel" v-else-if="!loading"><el-empty description="没有符合条件的解决方案" /></div>
    </div>
    <div class="pager" v-if="total > PER_PAGE">
      <el-pagination background layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" />
    </div>
  </div>`,
}
