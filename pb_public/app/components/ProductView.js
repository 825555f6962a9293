// A product as the public sees it: banner, 商品详情, 用户案例, 服务支持 and the
// specs. The public detail page and the reviewers' screens both use it, so
// a reviewer judges exactly what will be published.
import { ref, computed, onMounted, watch } from 'vue'
import { pb, fileUrl, useDicts, errorMessage } from '../api.js'
import { yuan, priceRange, PRODUCT_STATUS } from '../util.js'


export default {
  name: 'ProductView',
  props: {
    productId: { type: String, required: true },
    showStatus: { type: Boolean, default: false },
  },
  emits: ['loaded'],
  setup(props, { emit }) {
    const product = ref(null)
    const specs = ref([])
    const cases = ref([])
    const reviews = ref([])
    const dl = useDicts(['tag', 'solution_category', 'industry', 'product_type', 'delivery_cycle', 'purchase_mode'])
    const loading = ref(true)
    const error = ref('')
    const tab = ref('details')

    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const id = props.productId
        // The public page reads the public views; reviewers (showStatus)
        // read the product under review from the base collections.
        const col = (name) => (props.showStatus ? name : 'public_' + name)
        const [p, s, c] = await Promise.all([
          pb.collection(col('products')).getOne(id),
          pb.collection(col('product_specs')).getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'sort,created' }),
          pb.collection(col('product_cases')).getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'idx' }),
        ])
        product.value = p
        specs.value = s
        cases.value = c
        emit('loaded', p, s)
        pb.collection('reviews').getList(1, 5, { filter: pb.filter('product = {:id}', { id }), sort: '-created', skipTotal: true })
          .then((r) => (reviews.value = r.items)).catch(() => {})
      } catch (e) {
        error.value = e?.status === 404 ? '商品不存在或尚未上架' : errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    watch(() => props.productId, load)

    const intro = computed(() => product.value?.intro || {})
    const banner = computed(() => (product.value?.banner_image ? fileUrl(product.value, product.value.banner_image) : ''))
    const cover = computed(() => (product.value?.cover ? fileUrl(product.value, product.value.cover, '600x400') : ''))
    const caseText = (i) => intro.value.cases?.[i] || {}
    // The catalog keeps min/max prices on the product; until the products
    // area fills them, derive the range from the specs.
    const price = computed(() => {
      const p = product.value
      if (!p) return ''
      if (p.price_min_fen || p.price_max_fen || !specs.value.length) return priceRange(p)
      const fens = specs.value.map((s) => (s.pricing === 'free' ? 0 : s.price_fen || 0))
      return priceRange({ price_min_fen: Math.min(...fens), price_max_fen: Math.max(...fens) }).replace('详见规格', '免费')
    })
    return { price, product, specs, cases, reviews, loading, error, tab, intro, dl, banner, cover, caseText, fileUrl, yuan, priceRange, PRODUCT_STATUS }
  },
  template: `
  <div v-loading="loading" style="min-height:240px">
    <el-result v-if="error" icon="warning" :title="error" />
    <template v-else-if="product">
      <div class="product-banner" :style="banner ? {backgroundImage: 'linear-gradient(120deg, rgba(8,59,124,.9), rgba(29,116,216,.75)), url(' + banner + ')'} : null" data-test="product-banner">
        <img v-if="cover" :src="cover" :alt="product.name">
        <div style="min-width:0;flex:1">
          <div style="display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin-bottom:6px">
            <el-tag effect="dark" type="warning">{{ dl('product_type', product.type) }}</el-tag>
            <el-tag v-if="showStatus" :type="(PRODUCT_STATUS[product.status]||{}).type">{{ (PRODUCT_STATUS[product.status]||{}).text || product.status }}</el-tag>
          </div>
          <h1>{{ (intro.banner && intro.banner.title) || product.name }}</h1>
          <div class="desc">{{ intro.banner && intro.banner.text }}</div>
          <div style="margin-top:12px;display:flex;gap:18px;flex-wrap:wrap;align-items:baseline">
            <span style="font-size:22px;font-weight:700;color:#ffd86b">{{ price }}</span>
            <span>服务商：{{ product.provider_name }}</span>
            <span v-if="product.rating_count">评分 {{ Number(product.rating_avg).toFixed(1) }}（{{ product.rating_count }}条）</span>
            <span>销量 {{ product.sales_count || 0 }}</span>
          </div>
          <slot name="actions" :product="product" :specs="specs" />
        </div>
      </div>

      <div class="grid product-layout">
        <div class="panel" style="margin:0">
          <el-tabs v-model="tab">
            <el-tab-pane label="商品详情" name="details">
              <div class="highlights" v-if="intro.details && intro.details.highlights">
                <el-tag v-for="h in intro.details.highlights" :key="h" type="success" effect="plain"><el-icon><icon-check /></el-icon> {{ h }}</el-tag>
              </div>
              <p style="line-height:2">{{ intro.details && intro.details.description }}</p>
              <el-descriptions :column="2" border size="small" class="desc-table">
                <el-descriptions-item label="关联产品">{{ product.related_product || '—' }}</el-descriptions-item>
                <el-descriptions-item label="所属目录">{{ product.catalog || '—' }}</el-descriptions-item>
                <el-descriptions-item label="方案分类">{{ dl('solution_category', product.categories || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="适用行业">{{ dl('industry', product.industries || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="标签">{{ dl('tag', product.tags || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="交付周期">{{ dl('delivery_cycle', product.delivery_cycle) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="实施人天">{{ product.delivery_man_days || '—' }}</el-descriptions-item>
                <el-descriptions-item label="历史成交价">{{ product.hist_price_min_fen ? '¥' + yuan(product.hist_price_min_fen) + ' - ¥' + yuan(product.hist_price_max_fen) : '—' }}</el-descriptions-item>
              </el-descriptions>
              <div v-if="product.media && product.media.length" style="display:flex;gap:8px;flex-wrap:wrap;margin-top:12px">
                <el-image v-for="m in product.media.filter(f => !/\\.mp4$/i.test(f))" :key="m" :src="fileUrl(product, m, '300x200')" :preview-src-list="[fileUrl(product, m)]" style="width:180px;height:120px" fit="cover" />
              </div>
            </el-tab-pane>
            <el-tab-pane label="用户案例" name="cases">
              <div v-if="cases.length" class="grid" style="gap:12px">
                <div v-for="(c, i) in cases" :key="c.id" class="panel" style="margin:0;border:1px solid #e3e8ef">
                  <h4 style="margin:0 0 6px">{{ caseText(i).title || ('用户案例' + (i + 1)) }}：{{ c.customer }}</h4>
                  <p style="margin:0 0 8px;line-height:1.8">{{ caseText(i).text }}</p>
                  <div class="muted small">年产值 {{ c.annual_output_wan }} 万元 · 合同金额 {{ c.sales_wan }} 万元 · 交付 {{ c.delivery_months }} 个月 · 联系人 {{ c.contact_name }} {{ c.contact_title }}</div>
                  <div v-if="c.document" class="small" style="margin-top:4px"><a :href="fileUrl(c, c.document)" target="_blank">案例介绍文档</a></div>
                </div>
              </div>
              <el-empty v-else description="暂无用户案例" :image-size="70" />
            </el-tab-pane>
            <el-tab-pane label="服务支持" name="support">
              <el-descriptions :column="1" border size="small" v-if="intro.support">
                <el-descriptions-item label="服务时间">{{ intro.support.hours }}</el-descriptions-item>
                <el-descriptions-item label="服务内容">{{ intro.support.content }}</el-descriptions-item>
                <el-descriptions-item label="服务热线">{{ intro.support.hotline }}</el-descriptions-item>
                <el-descriptions-item label="服务邮箱">{{ intro.support.email }}</el-descriptions-item>
              </el-descriptions>
              <el-empty v-else description="暂无服务支持信息" :image-size="70" />
              <p class="muted small">商品联系人：{{ product.contact_name }} {{ product.contact_phone }} {{ product.contact_email }}</p>
            </el-tab-pane>
            <el-tab-pane :label="'用户评价 (' + (product.rating_count || 0) + ')'" name="reviews">
              <div v-if="reviews.length">
                <div v-for="r in reviews" :key="r.id" style="border-bottom:1px dashed #e3e8ef;padding:8px 0">
                  <el-rate :model-value="r.rating" disabled size="small" /> <span class="muted small">{{ r.customer_name }}</span>
                  <div>{{ r.content }}</div>
                </div>
              </div>
              <el-empty v-else description="暂无评价" :image-size="70" />
            </el-tab-pane>
          </el-tabs>
        </div>
        <div class="panel" style="margin:0" data-test="product-specs">
          <div class="panel-title"><h3>规格与价格</h3></div>
          <div v-for="s in specs" :key="s.id" class="spec-row">
            <div><div>{{ s.name }}</div><div class="muted small">{{ dl('purchase_mode', s.purchase_mode) }}</div></div>
            <div class="price" style="color:#e4393c;font-weight:600;white-space:nowrap">{{ s.pricing === 'free' ? '免费' : '¥' + yuan(s.price_fen) }}</div>
          </div>
          <el-empty v-if="!specs.length" description="暂无规格" :image-size="60" />
          <slot name="side" :product="product" :specs="specs" />
        </div>
      </div>
    </template>
  </div>`,
}
